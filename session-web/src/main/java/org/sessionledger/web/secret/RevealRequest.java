package org.sessionledger.web.secret;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A maintainer's request to see one masked credential: the file and the fingerprint the findings list shows, and why
 * (kept in the read record with the file and fingerprint, never the value).
 */
public record RevealRequest(
        @NotBlank @Size(max = 1000) String file,

        @NotBlank @Pattern(regexp = "[0-9a-f]{12}", message = "is not a fingerprint of the findings list")
        String fingerprint,

        @NotBlank @Size(min = 8, max = 500, message = "must say why, in 8 to 500 characters")
        String reason) {}
