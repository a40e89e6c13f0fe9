package org.sessionledger.web.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code POST /api/sessions/{id}/entries}: a log entry. */
public record EntryRequest(
        @NotBlank @EntryText String text,

        @Pattern(regexp = Shapes.HASH, message = Shapes.HASH_MESSAGE)
        String expectedHash,

        Boolean allowSecrets)
        implements Versioned, SecretGate.Confirmable {

    @Override
    public java.util.List<String> texts() {
        return java.util.Arrays.asList(text);
    }
}
