package org.sessionledger.web.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code POST /api/sessions/{id}/handoff}: the user who takes the session over, and a note for them. */
public record HandoffRequest(
        @NotBlank @Pattern(regexp = Shapes.USER_NAME, message = Shapes.USER_NAME_MESSAGE)
        String to,

        @EntryText String note,

        @Pattern(regexp = Shapes.HASH, message = Shapes.HASH_MESSAGE)
        String expectedHash,

        Boolean allowSecrets)
        implements Versioned, SecretGate.Confirmable {

    @Override
    public java.util.List<String> texts() {
        return java.util.Arrays.asList(note);
    }
}
