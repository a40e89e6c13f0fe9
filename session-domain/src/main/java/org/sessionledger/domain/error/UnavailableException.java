package org.sessionledger.domain.error;

/**
 * Something the request needs is down for the moment (the database that records every write): nothing was changed,
 * and the same request may succeed a little later.
 */
public final class UnavailableException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(String message) {
        super(message);
    }
}
