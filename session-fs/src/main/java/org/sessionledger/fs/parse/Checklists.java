package org.sessionledger.fs.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sessionledger.domain.task.Checklist;

/** Counts checklist boxes ({@code - [ ]}, {@code - [x]}, {@code - [✅]}, also {@code *   - [✅]}) outside code fences. */
public final class Checklists {

    private static final Pattern BOX = Pattern.compile("^\\s*(?:[-*+]\\s+)*(?:[-*+]|\\d{1,3}[.)])\\s+\\[([ xX✅✓✔☑])]");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    private Checklists() {}

    public static Checklist count(String markdown) {
        if (markdown == null) {
            return Checklist.EMPTY;
        }
        int done = 0;
        int total = 0;
        boolean inFence = false;
        for (String line : Lines.of(markdown)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            Matcher m = BOX.matcher(line);
            if (!inFence && m.find()) {
                total++;
                if (!m.group(1).equals(" ")) {
                    done++;
                }
            }
        }
        return new Checklist(done, total);
    }
}
