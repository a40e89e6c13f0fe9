package org.sessionledger.web.report;

import java.util.List;
import java.util.Map;

/**
 * The summary report of a session.
 *
 * @param duration from start to end (or to now when still open), e.g. {@code 3h 20m}
 */
public record SessionSummary(
        String id,
        String title,
        String status,
        String coordinator,
        String start,
        String end,
        String duration,
        List<Line> highlights,
        List<Line> decisions,
        List<Line> delegations,
        Map<String, List<String>> artifacts,
        List<TaskLine> tasks,
        List<String> openQuestions,
        List<String> blockers) {

    /** A timeline line: when, who, what kind, what. */
    public record Line(String time, String actor, String kind, String text) {}

    /** A related task and how far along it is. */
    public record TaskLine(String id, String title, String status, int done, int total) {}
}
