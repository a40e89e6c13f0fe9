package org.sessionledger.fs.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sessionledger.domain.task.Checklist;

/**
 * Counts checklist boxes outside code fences: after any indentation and list markers ({@code - [ ]},
 * {@code *   - [✅]}, {@code *   [✅]}, {@code 1. [x]}) or none ({@code [x] item}), nested items included. Ticked are
 * {@code x}, {@code X}, {@code ✅}, {@code ✓}, {@code ✔}, {@code ☑} (with or without an emoji variation selector);
 * {@code ~}, {@code /}, {@code -}, {@code ⏳}, {@code 🚧} are in progress (counted, not done); a space, {@code ❌} and
 * {@code ✗} are open.
 */
public final class Checklists {

    private static final Pattern BOX =
            Pattern.compile("^\\s*(?:(?:[-*+]|\\d{1,3}[.)])\\s+)*\\[([^\\]]{1,3})](?:\\s|$)");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    private Checklists() {}

    public static Checklist count(String markdown) {
        if (markdown == null) {
            return Checklist.EMPTY;
        }
        int done = 0;
        int partial = 0;
        int total = 0;
        boolean inFence = false;
        for (String line : Lines.of(markdown)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence || line.indexOf('[') < 0) {
                continue;
            }
            Matcher m = BOX.matcher(line);
            if (m.find()) {
                switch (mark(m.group(1))) {
                    case "x", "X", "✅", "✓", "✔", "☑", "✔️", "☑️" -> done++;
                    case "~", "/", "-", "⏳", "🚧" -> partial++;
                    case " ", "", "❌", "✗", "✘" -> {}
                    default -> {
                        continue; // not a box: [TASK-1], [note], [2025-01-01 ...]
                    }
                }
                total++;
            }
        }
        return new Checklist(done, partial, total);
    }

    /** The box's mark without an emoji variation selector. */
    private static String mark(String box) {
        String mark = box.replace("\uFE0F", "");
        return mark.isBlank() ? " " : mark;
    }
}
