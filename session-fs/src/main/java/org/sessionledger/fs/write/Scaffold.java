package org.sessionledger.fs.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.fs.layout.SessionLayout;

/** The artifact scaffold of a new session: a folder with a README per category. */
final class Scaffold {

    private Scaffold() {}

    /** Writes the scaffold; {@code direct} puts category folders in the session directory (V8) instead of artifacts/. */
    static List<Path> write(SafeDirectory dir, boolean direct) throws IOException {
        List<Path> created = new ArrayList<>();
        try (SafeDirectory artifacts = direct ? null : dir.childOrCreate(SessionLayout.ARTIFACTS)) {
            SafeDirectory parent = direct ? dir : artifacts;
            for (ArtifactCategory category : ArtifactCategory.values()) {
                if (category == ArtifactCategory.OTHER) {
                    continue;
                }
                try (SafeDirectory folder = parent.childOrCreate(category.folder())) {
                    String readme = "# " + category.folder() + "\n\n" + purpose(category) + "\n\nFile names: `"
                            + prefix(category) + "-<topic>-<YYMMDDHHMMSS>.md`.\n";
                    folder.createFile(SessionLayout.README, readme.getBytes(StandardCharsets.UTF_8));
                    created.add(folder.path().resolve(SessionLayout.README));
                }
            }
        }
        return created;
    }

    static String prefix(ArtifactCategory category) {
        return switch (category) {
            case NOTES -> "NOTE";
            case LEARNINGS -> "LEARNING";
            case QUESTIONS -> "QUESTION";
            case DESIGN_OUTPUTS -> "DESIGN";
            case SUMMARIES -> "SUMMARY";
            case RESEARCH -> "RESEARCH";
            case BLOCKERS -> "BLOCKER";
            case CONTEXT -> "CONTEXT";
            case SNIPPETS -> "SNIPPET";
            case DEFERRED -> "DEFERRED";
            case DOCS -> "DOC";
            case ENVIRONMENT -> "ENV";
            case FEATURES -> "FEATURE";
            case FEEDBACK -> "FEEDBACK";
            case OTHER -> "ARTIFACT";
        };
    }

    private static String purpose(ArtifactCategory category) {
        return switch (category) {
            case NOTES -> "Working notes, plans and observations made during the session.";
            case LEARNINGS -> "Things learned that should outlive the session.";
            case QUESTIONS -> "Open questions and their answers.";
            case DESIGN_OUTPUTS -> "Designs, diagrams and decisions produced by the session.";
            case SUMMARIES -> "Summaries of the session and handoff packets.";
            case RESEARCH -> "Research findings and references.";
            case BLOCKERS -> "What blocks progress, and what would unblock it.";
            case CONTEXT -> "Context gathered for the work: requirements, constraints, prior art.";
            case SNIPPETS -> "Useful code or command snippets.";
            case DEFERRED -> "Ideas and work put off for later.";
            case DOCS -> "Documentation written or collected.";
            case ENVIRONMENT -> "Notes on the environment: tools, versions, setup.";
            case FEATURES -> "Feature notes and proposals.";
            case FEEDBACK -> "Feedback received and given.";
            case OTHER -> "Other files.";
        };
    }
}
