package org.kpcs.gateway.cli;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.StringValue;
import com.google.protobuf.util.JsonFormat;
import java.io.PrintWriter;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.events.LedgerEvents;

/**
 * {@code --json}: every record in protobuf's JSON mapping (fields with no presence printed, map keys sorted),
 * so scripts read one JSON document per command; events are one compact JSON object per line.
 */
final class JsonPrinter {
    private static final JsonFormat.Printer RECORD =
            JsonFormat.printer().alwaysPrintFieldsWithNoPresence().sortingMapKeys();
    private static final JsonFormat.Printer LINE = RECORD.omittingInsignificantWhitespace();

    private JsonPrinter() {}

    static void print(final PrintWriter out, final MessageOrBuilder record) {
        out.println(render(RECORD, record));
    }

    /** {@code {"block":..,"txId":..,"name":..,"payload":{..}}} on one line. */
    static void event(final PrintWriter out, final LedgerEvents.Received e) {
        out.println("{\"block\":" + e.block() + ",\"txId\":" + string(e.txId()) + ",\"name\":" + string(e.name())
                + ",\"payload\":" + render(LINE, e.payload()) + "}");
    }

    /** {@code {"error":{"stage":..,"code":..,"message":..}}} on one line. */
    static void error(final PrintWriter out, final KpcsException e) {
        out.println("{\"error\":{\"stage\":" + string(e.stage().name()) + ",\"code\":"
                + string(e.code().name()) + ",\"message\":" + string(String.valueOf(e.getMessage())) + "}}");
    }

    /** A JSON string literal, escaped as protobuf's JSON mapping escapes strings. */
    static String string(final String text) {
        return render(LINE, StringValue.of(text));
    }

    private static String render(final JsonFormat.Printer printer, final MessageOrBuilder message) {
        try {
            return printer.print(message);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(
                    "cannot render " + message.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
