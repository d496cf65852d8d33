package org.kpcs.gateway.cli;

import com.google.protobuf.MessageOrBuilder;
import java.io.PrintWriter;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.kpcs.gateway.api.ApiClient;
import picocli.CommandLine.Option;

/** {@code --service HOST:PORT}: a query answered by an organisation's API instead of a gateway connection. */
final class ServiceOption {
    @Option(
            names = "--service",
            paramLabel = "HOST:PORT",
            description = "Ask the organisation's API (kpcs serve --api-port; docs/api.md) instead of connecting to"
                    + " the peer or opening the index, with the user's certificate (mutual TLS)")
    String target;

    /** Prints what the service answers and returns true; false when no --service was given. */
    <T extends MessageOrBuilder> boolean print(
            final Kpcs root,
            final Output out,
            final Function<ApiClient, T> query,
            final BiConsumer<PrintWriter, T> text) {
        if (target == null) {
            return false;
        }
        try (ApiClient api = root.service(target)) {
            out.print(query.apply(api), text);
        }
        return true;
    }
}
