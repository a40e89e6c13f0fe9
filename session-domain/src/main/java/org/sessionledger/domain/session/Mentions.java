package org.sessionledger.domain.session;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the task ids and file paths a piece of Markdown mentions (in backticks, links, or bare task ids). */
public final class Mentions {

    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\n]{1,300})`");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\(([^)\\s]{1,300})\\)");
    private static final Pattern TASK_ID = Pattern.compile("\\bTASK-[A-Za-z0-9][A-Za-z0-9_\\-.]*[A-Za-z0-9]");
    private static final Pattern LINE_SUFFIX = Pattern.compile(":\\d+(-\\d+)?$");
    private static final Pattern FILE_LIKE = Pattern.compile("[^\\s<>\"|*?]*[/.][^\\s<>\"|*?]*\\.[A-Za-z0-9]{1,8}");

    private Mentions() {}

    /** Task ids and paths in order of first appearance, without duplicates. */
    public static List<String> extract(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        // each pattern runs only on text holding the character or word all its matches start with
        Matcher ticks = BACKTICKED.matcher(markdown.indexOf('`') >= 0 ? markdown : "");
        while (ticks.find()) {
            String token = stripSuffix(ticks.group(1).strip());
            if (isTaskId(token) || FILE_LIKE.matcher(token).matches()) {
                found.add(token);
            }
        }
        Matcher links = LINK_TARGET.matcher(markdown.contains("](") ? markdown : "");
        while (links.find()) {
            String target = links.group(1);
            if (!target.contains("://") && !target.startsWith("#") && !target.startsWith("mailto:")) {
                found.add(stripSuffix(target));
            }
        }
        Matcher tasks = TASK_ID.matcher(markdown.contains("TASK-") ? markdown : "");
        while (tasks.find()) {
            found.add(stripSuffix(tasks.group()));
        }
        return List.copyOf(found);
    }

    /** Whether the token is an MDTM task id such as {@code TASK-ARCH-250509153800}. */
    public static boolean isTaskId(String token) {
        return TASK_ID.matcher(token).matches();
    }

    /** Drops a {@code :line} or {@code :from-to} suffix ({@code src/a.py:42} is {@code src/a.py}). */
    public static String withoutLineSuffix(String reference) {
        return reference.indexOf(':') < 0
                ? reference
                : LINE_SUFFIX.matcher(reference).replaceFirst("");
    }

    /** Drops a {@code #anchor} or {@code :line} suffix and a trailing {@code .md} from task ids. */
    static String stripSuffix(String reference) {
        String result = reference;
        int hash = result.indexOf('#');
        if (hash > 0) {
            result = result.substring(0, hash);
        }
        result = withoutLineSuffix(result);
        if (isTaskId(result) && result.endsWith(".md")) {
            result = result.substring(0, result.length() - 3);
        }
        return result;
    }
}
