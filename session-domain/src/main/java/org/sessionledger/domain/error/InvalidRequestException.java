package org.sessionledger.domain.error;

/** A request that cannot be carried out as asked, e.g. a malformed query or an illegal transition. */
public final class InvalidRequestException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }
}
