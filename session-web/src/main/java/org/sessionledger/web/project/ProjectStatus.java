package org.sessionledger.web.project;

/**
 * Where a project stands, for its page, the API and {@code /q/health}.
 *
 * @param state {@code starting}, {@code cloning}, {@code indexing}, {@code ready} or {@code error}
 * @param error what went wrong last (empty when the last fetch and index run went well)
 * @param commit the commit a git project's files are at (empty for a folder, or before the first clone)
 * @param lastFetchMillis when a git project was last fetched successfully (0: never)
 * @param sessions how many sessions it holds
 */
public record ProjectStatus(String state, String error, String commit, long lastFetchMillis, int sessions) {

    public boolean failed() {
        return !error.isEmpty();
    }
}
