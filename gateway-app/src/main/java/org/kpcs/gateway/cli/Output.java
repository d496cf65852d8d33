package org.kpcs.gateway.cli;

import com.google.protobuf.MessageOrBuilder;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.kpcs.gateway.client.KpcsException;
import org.kpcs.gateway.events.LedgerEvents;

/**
 * Where a command's answer goes: to people as text (each domain's renderer: {@link RegistryText}, {@link
 * CertificateText}, {@link IndustryText}) or to scripts as JSON ({@link JsonPrinter}, with {@code --json}).
 */
final class Output {
    private final PrintWriter out;
    private final boolean json;

    Output(final PrintWriter out, final boolean json) {
        this.out = Objects.requireNonNull(out, "out");
        this.json = json;
    }

    /** One record: as JSON, or as the given text renderer writes it. */
    <T extends MessageOrBuilder> void print(final T record, final BiConsumer<PrintWriter, T> text) {
        if (json) {
            JsonPrinter.print(out, record);
        } else {
            text.accept(out, record);
        }
    }

    void event(final LedgerEvents.Received e) {
        if (json) {
            JsonPrinter.event(out, e);
            return;
        }
        final String text = EventText.line(e.payload());
        out.printf("block %-4d %-17s %s%n", e.block(), e.name(), text);
    }

    /** A remark for people; in JSON mode it goes to nobody (stdout stays one JSON document). */
    void note(final String text) {
        if (!json) {
            out.println(text);
        }
    }

    /** Prints a refused request: the stage that refused it, the rule's code and what to do. */
    void error(final KpcsException e, final PrintWriter err) {
        if (json) {
            JsonPrinter.error(out, e);
        } else {
            err.printf(
                    "kpcs: refused at %s [%s]: %s%n",
                    describe(e.stage()), e.code().name(), e.getMessage());
        }
    }

    private static String describe(final KpcsException.Stage stage) {
        return switch (stage) {
            case INPUT -> "input (nothing was sent)";
            case CONNECTION -> "connection";
            case ENDORSEMENT -> "endorsement (chaincode rule)";
            case ORDERING -> "the ordering service";
            case VALIDATION -> "validation (commit)";
            case INDEX -> "the off-chain index";
        };
    }
}
