package org.sessionledger.domain.error;

/** Something named by the user does not exist (or lies outside the workspace, which looks the same). */
public final class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, String name) {
        super("No " + what + " named '" + name + "'.");
    }
}
