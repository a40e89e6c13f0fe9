package org.sessionledger.fs.read;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Files one caller read, kept for the readers that need them: their bytes, and their text decoded at most once (the
 * artifact scanner takes a title from a file whose whole text the full-text index takes next). Not thread-safe: one
 * unit of work, one instance.
 */
public final class KnownFiles implements KnownBytes {

    private final Map<Path, byte[]> bytes = new HashMap<>();
    private final Map<Path, Optional<String>> texts = new HashMap<>();

    public void put(Path file, byte[] content) {
        bytes.put(file, content);
        texts.remove(file);
    }

    @Override
    public Optional<byte[]> of(Path file) {
        return Optional.ofNullable(bytes.get(file));
    }

    /** Decodes on the first call; later calls get the same text, and only the first caller hears of problems. */
    @Override
    public Optional<String> text(Path file, Problems problems) {
        Optional<String> text = texts.get(file);
        if (text == null) {
            text = KnownBytes.super.text(file, problems);
            if (bytes.containsKey(file)) {
                texts.put(file, text);
            }
        }
        return text;
    }
}
