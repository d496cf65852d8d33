package org.kpcs.gateway.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code /api/events}: server-sent events, one {@code ledger} event per chaincode event (the kept ones first),
 * and a comment every {@link #KEEPALIVE_SECONDS} so a closed page is noticed and its stream ended.
 */
final class EventStream implements HttpHandler {
    private static final long KEEPALIVE_SECONDS = 15;
    private static final int QUEUE = 1000;

    private final EventFeed feed;

    EventStream(final EventFeed feed) {
        this.feed = feed;
    }

    @Override
    public void handle(final HttpExchange exchange) throws IOException {
        final BlockingQueue<String> queue = new LinkedBlockingQueue<>(QUEUE);
        final Consumer<String> listener = queue::offer;
        try (exchange;
                OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            for (final String kept : feed.subscribe(listener)) {
                write(out, "event: ledger\ndata: " + kept + "\n\n");
            }
            write(out, ": live\n\n");
            while (!Thread.currentThread().isInterrupted()) {
                final String next = queue.poll(KEEPALIVE_SECONDS, TimeUnit.SECONDS);
                write(out, next == null ? ": keepalive\n\n" : "event: ledger\ndata: " + next + "\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            feed.unsubscribe(listener); // the page went away: its stream ends here
        } finally {
            feed.unsubscribe(listener);
        }
    }

    private static void write(final OutputStream out, final String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
