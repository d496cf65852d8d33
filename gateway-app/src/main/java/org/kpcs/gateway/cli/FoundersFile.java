package org.kpcs.gateway.cli;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.BootstrapRequest;
import org.kpcs.protos.ErrorCode;

/**
 * The founding Participants as the network script writes them: a {@code kpcs.v1.BootstrapRequest} in
 * protobuf's JSON mapping, for example {@code {"participants":[{"code":"BW","name":"Botswana","mspId":"BWMSP"}],
 * "industryMspIds":["WDCMSP"]}}.
 */
final class FoundersFile {
    private FoundersFile() {}

    static BootstrapRequest read(final Path file) {
        try {
            final BootstrapRequest.Builder request = BootstrapRequest.newBuilder();
            JsonFormat.parser().merge(Files.readString(file, StandardCharsets.UTF_8), request);
            return request.build();
        } catch (InvalidProtocolBufferException e) {
            throw new InputException(
                    ErrorCode.FOUNDERS_FILE,
                    file + " is not a founders file (kpcs.v1.BootstrapRequest JSON): " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new InputException(ErrorCode.FOUNDERS_FILE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
