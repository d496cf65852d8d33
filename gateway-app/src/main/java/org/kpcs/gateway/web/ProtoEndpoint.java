package org.kpcs.gateway.web;

import com.google.gson.JsonObject;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.kpcs.gateway.client.KpcsException;

/**
 * A read-only endpoint answering one kpcs.v1 message: as JSON (protobuf's JSON mapping, the pages' source), or
 * with {@code ?csv=FIELD} one of its tables as CSV, so a page and its download never disagree.
 */
final class ProtoEndpoint implements HttpHandler {
    private static final JsonFormat.Printer JSON = JsonFormat.printer().omittingInsignificantWhitespace();

    private final Function<Request, Message> source;

    ProtoEndpoint(final Function<Request, Message> source) {
        this.source = source;
    }

    @Override
    public void handle(final HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "application/json", error("read-only: only GET is served", "METHOD"));
                return;
            }
            final Request request = Request.of(exchange);
            final String table = request.param("csv");
            try {
                final Message answer = source.apply(request);
                if (table.isEmpty()) {
                    send(exchange, 200, "application/json", JSON.print(answer));
                } else {
                    exchange.getResponseHeaders()
                            .set(
                                    "Content-Disposition",
                                    "attachment; filename=\"" + table.replaceAll("[^a-z_]", "") + ".csv\"");
                    send(exchange, 200, "text/csv; charset=utf-8", ProtoCsv.table(answer, table));
                }
            } catch (KpcsException e) {
                send(
                        exchange,
                        status(e),
                        "application/json",
                        error(e.getMessage(), e.code().name()));
            } catch (IllegalArgumentException | java.time.DateTimeException | InvalidProtocolBufferException e) {
                send(exchange, 400, "application/json", error(e.getMessage(), "INVALID_ARGUMENT"));
            }
        }
    }

    private static int status(final KpcsException e) {
        return switch (e.stage()) {
            case INPUT -> 400;
            case CONNECTION, INDEX -> 503;
            default ->
                e.code().name().endsWith("NOT_FOUND")
                        ? 404
                        : e.code() == org.kpcs.protos.ErrorCode.INVALID_ARGUMENT ? 400 : 422;
        };
    }

    static String error(final String message, final String code) {
        final JsonObject body = new JsonObject();
        body.addProperty("error", message);
        body.addProperty("code", code);
        return body.toString();
    }

    static void send(final HttpExchange exchange, final int status, final String type, final String body)
            throws IOException {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
