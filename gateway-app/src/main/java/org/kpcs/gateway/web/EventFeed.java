package org.kpcs.gateway.web;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.events.LedgerEvents;

/**
 * The chaincode's events (public fields only), followed from block 0 on one thread and handed to every open
 * event stream as JSON; the latest {@link #KEPT} are kept for a page that connects later. A stream the peer
 * ends is followed again from the last block seen, skipping what was already delivered.
 */
final class EventFeed implements Runnable {
    static final int KEPT = 100;
    private static final long STREAM_SECONDS = 3600;
    private static final long RETRY_MILLIS = 2000;

    private final LedgerEvents events;
    private final Function<Message, String> describe;
    private final Consumer<String> log;
    private final Deque<String> latest = new ArrayDeque<>();
    private final Set<Consumer<String>> listeners = new CopyOnWriteArraySet<>();
    private final Set<String> deliveredInLastBlock = new java.util.HashSet<>();
    private long lastBlock;
    private volatile boolean stopped;

    EventFeed(final LedgerEvents events, final Function<Message, String> describe, final Consumer<String> log) {
        this.events = events;
        this.describe = describe;
        this.log = log;
    }

    @Override
    public void run() {
        while (!stopped) {
            try {
                events.follow(lastBlock, Integer.MAX_VALUE, STREAM_SECONDS, this::deliver);
            } catch (KpcsException e) {
                log.accept("dashboard: the event stream ended (" + e.getMessage() + "); following again from block "
                        + lastBlock);
                pause();
            }
        }
    }

    /** Registers a stream; returns the kept events, oldest first, to send before the live ones. */
    synchronized List<String> subscribe(final Consumer<String> listener) {
        listeners.add(listener);
        return List.copyOf(latest);
    }

    void unsubscribe(final Consumer<String> listener) {
        listeners.remove(listener);
    }

    void stop() {
        stopped = true;
    }

    private void deliver(final LedgerEvents.Received event) {
        final String key =
                event.txId() + "/" + event.name() + "/" + event.payload().hashCode();
        final String json;
        synchronized (this) {
            if (event.block() != lastBlock) {
                lastBlock = event.block();
                deliveredInLastBlock.clear();
            }
            if (!deliveredInLastBlock.add(key)) {
                return;
            }
            json = json(event);
            latest.addLast(json);
            if (latest.size() > KEPT) {
                latest.removeFirst();
            }
        }
        listeners.forEach(listener -> listener.accept(json));
    }

    private String json(final LedgerEvents.Received event) {
        final JsonObject body = new JsonObject();
        body.addProperty("block", event.block());
        body.addProperty("txId", event.txId());
        body.addProperty("name", event.name());
        body.addProperty("line", describe.apply(event.payload()));
        try {
            body.add("payload", JsonParser.parseString(JsonFormat.printer().print(event.payload())));
        } catch (InvalidProtocolBufferException e) {
            body.addProperty("payload", event.payload().toString());
        }
        return body.toString();
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
