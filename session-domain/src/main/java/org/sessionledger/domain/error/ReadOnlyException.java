package org.sessionledger.domain.error;

/**
 * The files cannot be changed safely (a symbolic link where the writer needs a real file or folder, a log in an
 * encoding the writer would damage): the session is read-only, nothing was written.
 */
public final class ReadOnlyException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ReadOnlyException(String message) {
        super(message);
    }
}
