package org.sessionledger.web.project;

import org.eclipse.jgit.lib.PersonIdent;

/**
 * Who a user is in a commit. Today from configuration ({@link ConfiguredGitAuthors}); accounts (issue #22) are meant to
 * implement this with the name and email they hold.
 */
public interface GitAuthors {

    /** The author of a commit made for {@code login}. */
    PersonIdent author(String login);

    /** The committer of every commit the server makes. */
    PersonIdent committer();
}
