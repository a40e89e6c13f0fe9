package org.sessionledger.web.lifecycle;

import java.util.List;
import java.util.Objects;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.fs.secret.SecretScanner;

/**
 * Writes through the app refuse text that holds a credential, naming its kind, unless the writer confirms it
 * ({@code allowSecrets}: the form's checkbox, the API's field). The files would keep it; pages and the index would mask
 * it either way.
 */
final class SecretGate {

    /** A request whose texts are checked, and whether its writer confirmed credentials in them. */
    interface Confirmable {
        List<String> texts();

        Boolean allowSecrets();
    }

    private SecretGate() {}

    /** Refuses {@code request} (400) when one of its texts holds a credential and it was not confirmed. */
    static <T extends Confirmable> T check(T request) {
        if (Boolean.TRUE.equals(request.allowSecrets())) {
            return request;
        }
        for (String text : request.texts().stream().filter(Objects::nonNull).toList()) {
            List<SecretScanner.Finding> found = SecretScanner.find(text);
            if (!found.isEmpty()) {
                SecretScanner.Finding f = found.getFirst();
                throw new InvalidRequestException("The text holds what looks like a " + f.kind() + " (…" + f.last4()
                        + "). Credentials do not belong in session files: take it out, or confirm that it is meant to"
                        + " be written (allowSecrets: true; the form's \"write it anyway\" box).");
            }
        }
        return request;
    }
}
