package org.kpcs.loadgen;

import java.util.List;
import java.util.Objects;
import org.kpcs.gateway.client.KpGateway;

/** What a load run sends: operations of one or more transactions, made for a client and a lane. */
interface Workload {
    String name();

    /**
     * The next operation of client {@code client} on lane {@code lane}. A lane carries one operation at a time;
     * there are as many lanes as transactions allowed in flight, so a workload that must not run two operations
     * on the same record at once (a source drawn on by successive warranties) keys that record by lane.
     */
    Operation next(int client, int lane);

    /** One transaction: submitted (endorse, order, commit) or, for a query, evaluated. */
    record Step(KpGateway gateway, KpGateway.Submission submission, boolean query) {
        public Step {
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(submission, "submission");
        }

        static Step submit(final KpGateway gateway, final KpGateway.Submission submission) {
            return new Step(gateway, submission, false);
        }

        static Step evaluate(final KpGateway gateway, final KpGateway.Submission submission) {
            return new Step(gateway, submission, true);
        }
    }

    /** Transactions that run one after another, each once the previous one committed. */
    record Operation(List<Step> steps) {
        public Operation {
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("an operation has at least one step");
            }
        }

        static Operation of(final Step... steps) {
            return new Operation(List.of(steps));
        }
    }
}
