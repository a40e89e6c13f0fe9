package org.sessionledger.web.reads;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** What a route adds to its row of the read record, such as a search's number of hits. */
public final class ReadNotes {

    private ReadNotes() {}

    public static void add(String note) {
        var request = Arc.container().instance(CurrentVertxRequest.class);
        RoutingContext ctx = request.isAvailable() ? request.get().getCurrent() : null;
        if (ctx != null) {
            Object before = ctx.get(ReadRecorder.DETAIL);
            ctx.put(ReadRecorder.DETAIL, before == null ? note : before + " " + note);
        }
    }
}
