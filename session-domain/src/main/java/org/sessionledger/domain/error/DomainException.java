package org.sessionledger.domain.error;

/** A condition the user can act on; its message is written for people and safe to show. */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException,
                InvalidRequestException,
                ConflictException,
                ForbiddenException,
                ReadOnlyException,
                UnavailableException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
