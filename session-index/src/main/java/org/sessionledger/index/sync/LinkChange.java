package org.sessionledger.index.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.fs.scan.LinkResolver;

/**
 * How newly resolved links differ from the ones held: the rows the mirror deletes and inserts, and the new lists.
 *
 * @param removed links held that are no longer found
 * @param added links found that were not held
 * @param links every link, once each
 * @param diagnostics every diagnostic of a dangling reference
 * @param diagnosticsChanged whether the diagnostics differ from the ones held
 */
record LinkChange(
        List<Link> removed,
        List<Link> added,
        List<Link> links,
        List<Diagnostic> diagnostics,
        boolean diagnosticsChanged) {

    boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty() && !diagnosticsChanged;
    }

    /** Every link resolved again: the change from {@code links} and {@code diagnostics} to {@code resolved}. */
    static LinkChange between(List<Link> links, List<Diagnostic> diagnostics, LinkResolver.Resolved resolved) {
        List<Link> after = resolved.links().stream().distinct().toList();
        return new LinkChange(
                missingFrom(after, links),
                missingFrom(links, after),
                after,
                List.copyOf(resolved.diagnostics()),
                !diagnostics.equals(resolved.diagnostics()));
    }

    /**
     * The links of some sessions resolved again (nothing else changed): the links from {@code nodes} and the
     * diagnostics of {@code files} are replaced with {@code resolved}, every other link and diagnostic is kept.
     */
    static LinkChange replacing(
            List<Link> links,
            List<Diagnostic> diagnostics,
            Set<NodeRef> nodes,
            Set<String> files,
            LinkResolver.Resolved resolved) {
        List<Link> before = new ArrayList<>();
        List<Link> kept = new ArrayList<>(links.size());
        for (Link link : links) {
            (nodes.contains(link.from()) ? before : kept).add(link);
        }
        List<Link> after = resolved.links().stream().distinct().toList();
        kept.addAll(after);
        List<Diagnostic> diagnosticsBefore = new ArrayList<>();
        List<Diagnostic> keptDiagnostics = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            (files.contains(d.file()) ? diagnosticsBefore : keptDiagnostics).add(d);
        }
        keptDiagnostics.addAll(resolved.diagnostics());
        boolean diagnosticsChanged = !diagnosticsBefore.equals(resolved.diagnostics());
        return new LinkChange(
                missingFrom(after, before),
                missingFrom(before, after),
                List.copyOf(kept),
                diagnosticsChanged ? List.copyOf(keptDiagnostics) : diagnostics,
                diagnosticsChanged);
    }

    /** The links of {@code of} that {@code in} lacks, in order. */
    private static List<Link> missingFrom(List<Link> in, List<Link> of) {
        Set<Link> present = new HashSet<>(in);
        return of.stream().filter(link -> !present.contains(link)).toList();
    }
}
