package org.sessionledger.web.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/sessions/{id}/artifacts}: a Markdown file in one of the scaffold's categories. */
public record ArtifactRequest(
        @NotBlank @Size(max = 40) String category,

        @NotBlank @Size(max = 100) @Pattern(regexp = Shapes.ONE_LINE, message = Shapes.ONE_LINE_MESSAGE)
        String topic,

        @EntryText String text,
        Boolean allowSecrets)
        implements SecretGate.Confirmable {

    @Override
    public java.util.List<String> texts() {
        return java.util.Arrays.asList(topic, text);
    }
}
