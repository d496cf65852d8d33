package org.kpcs.gateway.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kpcs.gateway.client.InputException;
import org.kpcs.protos.ErrorCode;
import picocli.CommandLine.Option;

/**
 * A compliance command that adds confidential text, given inline ({@code --text}) or read from a file ({@code
 * --text-file}); it travels as transient data, never in the public request.
 */
abstract class ConfidentialCommand extends GatewayCommand {
    @Option(names = "--text", paramLabel = "TEXT", description = "The confidential text")
    String inline;

    @Option(names = "--text-file", paramLabel = "FILE", description = "Read the confidential text from FILE (UTF-8)")
    Path file;

    /** The text, once validated: exactly one of the two given, not blank. */
    String text;

    @Override
    final void validate() {
        if ((inline == null) == (file == null)) {
            throw new IllegalArgumentException("give the confidential text with either --text or --text-file");
        }
        if (file != null) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(
                        ErrorCode.INVALID_ARGUMENT, "cannot read the text file " + file + ": " + e.getMessage(), e);
            }
        } else {
            text = inline;
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("the confidential text is empty");
        }
    }
}
