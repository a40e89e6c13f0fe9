package org.sessionledger.web.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import org.sessionledger.domain.error.ConflictException;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.web.account.Account;
import org.sessionledger.web.account.UserStore;
import org.sessionledger.web.inbox.Notifications;
import org.sessionledger.web.project.Projects;
import org.sessionledger.web.project.Role;
import org.sessionledger.web.workspace.WorkspaceService;

/**
 * The rules around people of a write: a handoff goes to a member of the project who can write (and notifies them);
 * a completed session takes no new entries or notes until a maintainer reopens it.
 */
@ApplicationScoped
class HandoffTargets {

    private final UserStore users;
    private final Projects projects;
    private final Notifications notifications;
    private final WorkspaceService workspace;

    HandoffTargets(UserStore users, Projects projects, Notifications notifications, WorkspaceService workspace) {
        this.users = users;
        this.projects = projects;
        this.notifications = notifications;
        this.workspace = workspace;
    }

    void requireWriter(String to) {
        String name = to == null ? "" : to.strip();
        boolean writer = users.members(projects.current(), Role.EDITOR).stream()
                .map(Account::name)
                .anyMatch(name::equals);
        if (!writer) {
            throw new InvalidRequestException("A session can be handed off only to a member of project '"
                    + projects.current() + "' who can write (an editor or maintainer); '" + name + "' is not one.");
        }
    }

    void notify(String to, String sessionId, String from, String note) {
        notifications.add(to.strip(), projects.current(), sessionId, from, note);
    }

    void requireOpen(String id) {
        workspace
                .session(id)
                .flatMap(s -> s.status())
                .filter(st -> st == SessionStatus.COMPLETED)
                .ifPresent(st -> {
                    throw new ConflictException(
                            "This session is completed: it takes no new entries or notes unless a maintainer reopens it.",
                            null);
                });
    }
}
