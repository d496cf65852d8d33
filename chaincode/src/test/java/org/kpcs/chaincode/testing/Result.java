package org.kpcs.chaincode.testing;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import java.nio.charset.StandardCharsets;

/** What the chaincode answered: status, payload or error message, and the event it set. */
public record Result(int status, byte[] payload, String message, String eventName, byte[] eventPayload) {
    public boolean ok() {
        return status == 200;
    }

    public <T extends Message> T as(final Parser<T> parser) {
        if (!ok()) {
            throw new AssertionError("transaction failed: " + message);
        }
        try {
            return parser.parseFrom(payload);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError("payload is not the expected message", e);
        }
    }

    public <T extends Message> T event(final Parser<T> parser) {
        try {
            return parser.parseFrom(eventPayload);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError("event payload is not the expected message", e);
        }
    }

    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** The stable error code at the start of the message ({@code CODE: detail}). */
    public String errorCode() {
        if (ok() || message == null) {
            return null;
        }
        final int colon = message.indexOf(':');
        return colon < 0 ? message : message.substring(0, colon);
    }
}
