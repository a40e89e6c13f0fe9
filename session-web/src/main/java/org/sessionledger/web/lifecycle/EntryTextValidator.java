package org.sessionledger.web.lifecycle;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Provider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.nio.charset.StandardCharsets;
import org.sessionledger.web.config.WriteConfig;

/**
 * Checks {@link EntryText}: the characters first, then the size. The validator is made when the application is built,
 * before the configuration is read; the limit is looked up when text is checked.
 */
@Dependent
public class EntryTextValidator implements ConstraintValidator<EntryText, String> {

    private final Provider<WriteConfig> config;

    EntryTextValidator(Provider<WriteConfig> config) {
        this.config = config;
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        int maxBytes = config.get().maxEntryBytes();
        String problem = null;
        if (text.chars().anyMatch(EntryTextValidator::forbidden)) {
            problem = "must not contain control characters other than tab and line breaks";
        } else if (text.length() > maxBytes / 3 && text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            problem = "must be at most " + maxBytes + " bytes";
        }
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    /** C0 controls (NUL, escape, bell, form feed, ...) except tab, line feed and carriage return. */
    private static boolean forbidden(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
}
