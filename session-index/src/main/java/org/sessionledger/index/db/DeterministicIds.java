package org.sessionledger.index.db;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids derived from what a row describes, so that a rebuild from the same files gives the same ids. */
public final class DeterministicIds {

    private DeterministicIds() {}

    public static String of(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
