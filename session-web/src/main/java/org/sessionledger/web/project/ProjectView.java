package org.sessionledger.web.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.sessionledger.domain.project.GitCredentials;
import org.sessionledger.domain.project.ProjectSource;

/**
 * A project as the API and the pages show it: never a secret (whether a token or a webhook secret is set, at most).
 *
 * @param origin {@code folder} ({@code sessions.fs.root}), {@code config} (application.properties) or {@code stored}
 *     (added by an admin; only these can be edited through the API)
 * @param hookSecret the webhook secret, in the answer that created or changed it only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectView(
        String name,
        String title,
        String kind,
        String path,
        String gitUrl,
        String branch,
        Integer depth,
        Long fetchIntervalSeconds,
        String credentials,
        boolean readOnly,
        String origin,
        boolean isDefault,
        String pages,
        String api,
        String hook,
        boolean hookSecretSet,
        String hookSecret,
        ProjectStatus status) {

    static ProjectView of(ProjectRegistry.Entry entry, boolean isDefault, String revealedSecret) {
        ProjectSpec spec = entry.spec();
        var p = spec.project();
        String name = p.name();
        String kind;
        String path = null;
        String url = null;
        String branch = null;
        Integer depth = null;
        Long interval = null;
        String credentials = null;
        switch (p.source()) {
            case ProjectSource.Folder f -> {
                kind = "folder";
                path = f.root().toString();
            }
            case ProjectSource.Git g -> {
                kind = "git";
                url = g.safeUrl();
                branch = g.branch();
                depth = g.depth();
                interval = g.fetchInterval().toSeconds();
                credentials = switch (g.credentials()) {
                    case GitCredentials.None n -> "none";
                    case GitCredentials.Token t -> "token";
                    case GitCredentials.SshKey k -> "ssh-key";
                };
            }
        }
        return new ProjectView(
                name,
                p.title(),
                kind,
                path,
                url,
                branch,
                depth,
                interval,
                credentials,
                p.readOnly(),
                spec.origin(),
                isDefault,
                ProjectScope.base(name) + "/",
                "/api/projects/" + name,
                kind.equals("git") ? "/api/projects/" + name + "/hooks/push" : null,
                spec.hookSecret().isPresent(),
                revealedSecret,
                entry.runtime().status());
    }
}
