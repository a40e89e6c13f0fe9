package org.sessionledger.domain.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeRef;

/** Finds cycles in parent-task links (a task that is, through its parents, its own ancestor). */
final class ParentCycles {

    private ParentCycles() {}

    static List<BrokenLink> find(List<Link> links) {
        Map<NodeRef, NodeRef> parent = new HashMap<>();
        for (Link link : links) {
            if (link.type() == LinkType.PARENT_TASK && link.resolved()) {
                parent.putIfAbsent(link.from(), link.to());
            }
        }
        List<BrokenLink> cycles = new ArrayList<>();
        Set<NodeRef> reported = new HashSet<>();
        for (NodeRef start : parent.keySet()) {
            List<NodeRef> path = new ArrayList<>();
            Set<NodeRef> seen = new HashSet<>();
            NodeRef current = start;
            while (current != null && seen.add(current)) {
                path.add(current);
                current = parent.get(current);
            }
            if (current != null && !reported.contains(current)) {
                List<NodeRef> cycle = path.subList(path.indexOf(current), path.size());
                reported.addAll(cycle);
                StringBuilder text = new StringBuilder("Parent cycle: ");
                cycle.forEach(n -> text.append(n.key()).append(" → "));
                text.append(current.key());
                cycles.add(new BrokenLink(
                        BrokenLink.Problem.PARENT_CYCLE,
                        LinkType.PARENT_TASK,
                        cycle.get(cycle.size() - 1),
                        current,
                        text.toString()));
            }
        }
        return cycles;
    }
}
