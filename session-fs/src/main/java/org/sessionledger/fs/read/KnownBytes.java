package org.sessionledger.fs.read;

import java.nio.file.Path;
import java.util.Optional;

/** The bytes of files a caller has already read, so that a reader need not read them again. */
@FunctionalInterface
public interface KnownBytes {

    /** Nothing known: every file is read from disk. */
    KnownBytes NONE = file -> Optional.empty();

    /** The whole content of {@code file} as read earlier, if the caller has it. */
    Optional<byte[]> of(Path file);

    /**
     * The known content of {@code file} decoded as {@link SafeFileReader#decode} does, what is wrong with it reported
     * to {@code problems}; empty when the file is not known or not text. {@link KnownFiles} decodes each file once.
     */
    default Optional<String> text(Path file, Problems problems) {
        return of(file).flatMap(bytes -> SafeFileReader.decode(bytes, problems));
    }
}
