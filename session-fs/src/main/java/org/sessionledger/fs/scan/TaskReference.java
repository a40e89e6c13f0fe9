package org.sessionledger.fs.scan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code depends_on} value refers to: a task id or a path, or nothing when it is a note in prose
 * ({@code "JWT authentication middleware"}), which is no broken link. A value with a task id among its words
 * ({@code "TASK-A-1 (schema first)"}) refers to that id.
 */
final class TaskReference {

    private static final Pattern TASK_ID = Pattern.compile("\\bTASK-[A-Za-z0-9][A-Za-z0-9_\\-.]*[A-Za-z0-9]");

    private TaskReference() {}

    static Optional<String> of(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        boolean words = false;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isWhitespace(v.charAt(i))) {
                words = true;
                break;
            }
        }
        if (!words) {
            return Optional.of(v);
        }
        Matcher id = TASK_ID.matcher(v);
        if (id.find()) {
            return Optional.of(id.group());
        }
        boolean path = v.indexOf('/') >= 0 || v.endsWith(".md");
        return path ? Optional.of(v) : Optional.empty();
    }
}
