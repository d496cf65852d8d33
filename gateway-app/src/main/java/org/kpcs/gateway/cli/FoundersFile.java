package org.kpcs.gateway.cli;

import java.nio.file.Path;
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
        final BootstrapRequest.Builder request = BootstrapRequest.newBuilder();
        JsonFiles.read(file, request, ErrorCode.FOUNDERS_FILE, "a founders file (kpcs.v1.BootstrapRequest JSON)");
        return request.build();
    }
}
