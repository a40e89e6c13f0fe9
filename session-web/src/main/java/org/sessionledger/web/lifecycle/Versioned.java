package org.sessionledger.web.lifecycle;

import java.util.Optional;

/** A write request that may name the version of the session log it was made from. */
interface Versioned {

    String expectedHash();

    /** The version the write expects, if it names one (blank is none). */
    default Optional<String> expected() {
        return Optional.ofNullable(expectedHash()).filter(h -> !h.isBlank());
    }
}
