package org.sessionledger.domain.error;

/** The file changed since it was read (another writer, perhaps the agent): the write was refused, nothing lost. */
public final class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String currentHash;

    public ConflictException(String message, String currentHash) {
        super(message);
        this.currentHash = currentHash;
    }

    /** The hash of the file as it is now; send it back to write over this version. */
    public String currentHash() {
        return currentHash;
    }
}
