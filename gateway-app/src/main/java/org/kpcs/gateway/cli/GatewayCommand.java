package org.kpcs.gateway.cli;

import java.util.concurrent.Callable;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.ErrorCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that talks to the network: its arguments are checked first (bad input costs no round trip), then
 * it connects as the chosen user and runs.
 */
abstract class GatewayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            validate();
        } catch (IllegalArgumentException e) {
            throw new InputException(ErrorCode.INVALID_ARGUMENT, e.getMessage(), e);
        }
        final Kpcs root = (Kpcs) spec.root().userObject();
        if (answeredByService(root, root.output(spec))) {
            return 0;
        }
        try (KpGateway gateway = root.connect()) {
            execute(gateway, root.output(spec));
        }
        return exitCode();
    }

    /** The exit code after {@link #execute} has run: 0, unless the command's answer calls for another. */
    int exitCode() {
        return 0;
    }

    /** Checks and converts the arguments before connecting; throws IllegalArgumentException on bad input. */
    void validate() {
        // most commands have nothing to check
    }

    /** A query that can ask the organisation's API instead (--service) does so here and returns true. */
    boolean answeredByService(final Kpcs root, final Output out) {
        return false;
    }

    abstract void execute(KpGateway gateway, Output out);
}
