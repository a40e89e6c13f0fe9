package org.sessionledger.web.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.Supplier;
import org.sessionledger.web.workspace.WorkspaceService;

/** Indexing and search figures for {@code /q/metrics}. */
@ApplicationScoped
public class LedgerMetrics {

    private final MeterRegistry registry;
    private final WorkspaceService workspace;
    private final Timer search;

    LedgerMetrics(MeterRegistry registry, WorkspaceService workspace) {
        this.registry = registry;
        this.workspace = workspace;
        this.search = Timer.builder("sessionledger.search")
                .description("Time to run a search, facets and highlights included")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    void register(@Observes StartupEvent event) {
        gauge(
                "sessionledger.index.units.done",
                "Units handled in the current or last indexing run",
                () -> workspace.progress().done());
        gauge(
                "sessionledger.index.units.total",
                "Units to handle in the current or last indexing run",
                () -> workspace.progress().total());
        gauge("sessionledger.index.version", "Changes applied to the mirrors since start-up", workspace::version);
        gauge(
                "sessionledger.sessions",
                "Sessions in the workspace",
                () -> workspace.current().sessions().size());
        gauge(
                "sessionledger.diagnostics",
                "Problems found in the workspace files",
                () -> workspace.current().diagnostics().size());
    }

    private void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    /** Times a search. */
    public <T> T timeSearch(Supplier<T> work) {
        return search.record(work);
    }
}
