package org.sessionledger.web.project;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Authors from {@code sessions.git.authors.<login>=Name <email>}; anyone else is {@code <login> <<login>@<domain>>},
 * the domain {@code sessions.git.email-domain} or the host's name. Replaced by a bean of accounts when there is one.
 */
@DefaultBean
@ApplicationScoped
public class ConfiguredGitAuthors implements GitAuthors {

    private static final Pattern IDENT = Pattern.compile("\\s*(.*?)\\s*<([^<>\\s]+)>\\s*");

    private final GitConfig config;
    private final String domain;

    ConfiguredGitAuthors(GitConfig config) {
        this.config = config;
        this.domain = config.emailDomain().orElseGet(ConfiguredGitAuthors::hostName);
    }

    @Override
    public PersonIdent author(String login) {
        String configured = config.authors().get(login);
        if (configured != null) {
            Matcher m = IDENT.matcher(configured);
            if (m.matches()) {
                return new PersonIdent(m.group(1).isEmpty() ? login : m.group(1), m.group(2));
            }
        }
        String local = login.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return new PersonIdent(login, local + "@" + domain);
    }

    @Override
    public PersonIdent committer() {
        Matcher m = IDENT.matcher(config.committer().orElse(""));
        if (m.matches()) {
            return new PersonIdent(m.group(1).isEmpty() ? "Session Ledger" : m.group(1), m.group(2));
        }
        return new PersonIdent("Session Ledger", "session-ledger@" + domain);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
