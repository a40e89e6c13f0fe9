package org.sessionledger.domain.task;

import java.util.List;
import java.util.Optional;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.WrittenTime;

/**
 * An MDTM task, whatever shape its file has.
 *
 * @param id the task id (front matter, else the file name without extension)
 * @param path the file relative to the workspace root, with {@code /} separators
 * @param shape how the file carries its metadata
 * @param title the title
 * @param status the status, empty when unknown
 * @param statusText the status as written
 * @param type the type as written, e.g. {@code 🌟 Feature}
 * @param priority the priority as written
 * @param assignee who it is assigned to
 * @param coordinator the coordinating mode or the master task's coordinator
 * @param parent the parent task id or master task path
 * @param dependsOn task ids this task depends on
 * @param inputArtifacts paths read by the task
 * @param outputArtifacts paths written by the task
 * @param relatedDocs other referenced documents
 * @param tags keywords
 * @param sessionId the session the task belongs to ({@code RooComSessionID}), if written
 * @param created when it was created, as written
 * @param updated when it was last updated, as written
 * @param checklist checklist progress
 * @param entries the task's own log
 */
public record Task(
        String id,
        String path,
        TaskShape shape,
        String title,
        Optional<TaskStatus> status,
        String statusText,
        String type,
        String priority,
        String assignee,
        String coordinator,
        Optional<String> parent,
        List<String> dependsOn,
        List<String> inputArtifacts,
        List<String> outputArtifacts,
        List<String> relatedDocs,
        List<String> tags,
        Optional<String> sessionId,
        WrittenTime created,
        WrittenTime updated,
        Checklist checklist,
        List<LogEntry> entries) {

    public Task {
        dependsOn = List.copyOf(dependsOn);
        inputArtifacts = List.copyOf(inputArtifacts);
        outputArtifacts = List.copyOf(outputArtifacts);
        relatedDocs = List.copyOf(relatedDocs);
        tags = List.copyOf(tags);
        entries = List.copyOf(entries);
    }
}
