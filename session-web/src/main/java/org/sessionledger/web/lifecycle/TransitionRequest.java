package org.sessionledger.web.lifecycle;

import jakarta.validation.constraints.Pattern;

/** {@code POST /api/sessions/{id}/pause|resume|complete|error}: why, logged with the change. */
public record TransitionRequest(
        @EntryText String reason,

        @Pattern(regexp = Shapes.HASH, message = Shapes.HASH_MESSAGE)
        String expectedHash,

        Boolean allowSecrets)
        implements Versioned, SecretGate.Confirmable {

    @Override
    public java.util.List<String> texts() {
        return java.util.Arrays.asList(reason);
    }
}
