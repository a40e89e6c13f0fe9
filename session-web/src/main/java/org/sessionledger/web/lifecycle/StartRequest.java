package org.sessionledger.web.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/sessions}: a new session with a goal (its title) and optionally the coordinator's name. */
public record StartRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = Shapes.ONE_LINE, message = Shapes.ONE_LINE_MESSAGE)
        String goal,

        @Size(max = 100) @Pattern(regexp = Shapes.ONE_LINE, message = Shapes.ONE_LINE_MESSAGE)
        String coordinator,

        Boolean allowSecrets)
        implements SecretGate.Confirmable {

    @Override
    public java.util.List<String> texts() {
        return java.util.Arrays.asList(goal, coordinator);
    }
}
