package org.sessionledger.domain.error;

/** The acting user may not do this. */
public final class ForbiddenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
