package org.kpcs.gateway.cli;

import com.google.protobuf.Timestamp;
import java.time.Instant;

/** How the text renderers write times: ISO-8601 instants, UTC. */
final class Texts {
    private Texts() {}

    static String time(final Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos()).toString();
    }
}
