package org.kpcs.gateway.cli;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.ErrorCode;

/** Files the CLI reads: a kpcs.v1 message in protobuf's JSON mapping; anything else is an input error. */
final class JsonFiles {
    private JsonFiles() {}

    /** Merges {@code file} into {@code into}; refuses with {@code code} naming {@code what} the file should be. */
    static void read(final Path file, final Message.Builder into, final ErrorCode code, final String what) {
        try {
            JsonFormat.parser().merge(Files.readString(file, StandardCharsets.UTF_8), into);
        } catch (InvalidProtocolBufferException e) {
            throw new InputException(code, file + " is not " + what + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(code, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
