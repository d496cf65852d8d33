package org.kpcs.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.kpcs.gateway.cli.Kpcs;

/** The kpcs command line as end-to-end tests run it: its JSON output as a message, or its refusal. */
final class CliRuns {
    private CliRuns() {}

    /** Reads a command's {@code --json} output into the message {@code into} builds. */
    @SuppressWarnings("unchecked")
    static <T extends Message> T read(final Message.Builder into, final String json) {
        try {
            JsonFormat.parser().merge(json, into);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("not the expected JSON: " + json, e);
        }
        return (T) into.build();
    }

    /** Runs a command that must fail; returns what it told the user on stderr. */
    static String refusal(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exit = Kpcs.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as("exit code of kpcs " + String.join(" ", args)).isNotZero();
        return err.toString();
    }
}
