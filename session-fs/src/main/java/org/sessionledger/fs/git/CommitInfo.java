package org.sessionledger.fs.git;

import java.time.Instant;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A commit as pages show it.
 *
 * @param id the full id
 * @param authorName the author's name
 * @param authorEmail the author's email
 * @param at when it was authored
 * @param message its first line
 * @param boundary whether the clone's history ends at it (a shallow clone): what changed a file before is unknown, so
 *     it is "this commit or an older one"
 */
public record CommitInfo(
        String id, String authorName, String authorEmail, Instant at, String message, boolean boundary) {

    static CommitInfo of(RevCommit c, boolean boundary) {
        PersonIdent author = c.getAuthorIdent();
        return new CommitInfo(
                c.name(),
                author.getName(),
                author.getEmailAddress(),
                author.getWhenAsInstant(),
                c.getShortMessage(),
                boundary);
    }

    /** The seven-character abbreviation. */
    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }
}
