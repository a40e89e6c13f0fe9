package org.sessionledger.web.reads;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route whose reads show session content: each answer (and each refusal) goes into the read record, with what was
 * read taken from the route's path parameters ({@code id}, {@code path}, {@code key}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Recorded {
    /** What kind of thing is read: session, file, task, report, export, search, … */
    String value();
}
