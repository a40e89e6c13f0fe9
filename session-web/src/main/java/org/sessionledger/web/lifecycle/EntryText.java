package org.sessionledger.web.lifecycle;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that goes into a session's files: no control characters other than tab and line breaks, and at most
 * {@code sessions.write.max-entry-bytes} bytes of UTF-8. Absent text is valid (say {@code @NotBlank} where it is not).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EntryTextValidator.class)
public @interface EntryText {

    String message() default "must be text without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
