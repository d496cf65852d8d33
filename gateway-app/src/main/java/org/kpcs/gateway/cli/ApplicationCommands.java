package org.kpcs.gateway.cli;

import java.util.Locale;
import org.kpcs.gateway.registry.Registry;
import org.kpcs.protos.RecordApplicationRequest;
import org.kpcs.protos.RecordWithdrawalRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kpcs participant record-application}, {@code accede} and {@code withdraw}: a Participant joins the Scheme
 * (KPCS VI 8-9) and leaves it.
 */
final class ApplicationCommands {
    @Command(
            name = "record-application",
            description = "As the Chair, record and circulate an applicant's notification (KPCS VI 9, V(a)).")
    static final class RecordApplication extends ParticipantCommand.Sub {
        @Parameters(index = "0", paramLabel = "CODE", description = "ISO 3166-1 alpha-2 code (or EU)")
        String code;

        @Option(names = "--name", required = true, description = "The applicant's name")
        String name;

        @Option(names = "--msp", description = "Its Fabric organisation once admitted (default: CODE + MSP)")
        String msp;

        @Mixin
        LawsOptions laws = new LawsOptions();

        @Option(names = "--notified-on", required = true, description = "Date the Chair received it, yyyy-mm-dd")
        String notifiedOn;

        @Option(names = "--features-hash", defaultValue = "", description = "SHA-256 of its Certificate's specimen")
        String featuresHash;

        private RecordApplicationRequest request;

        @Override
        void validate() {
            final String upper = code.toUpperCase(Locale.ROOT);
            final RecordApplicationRequest.Builder builder = RecordApplicationRequest.newBuilder()
                    .setCode(upper)
                    .setName(name)
                    .setMspId(msp == null ? upper + "MSP" : msp)
                    .addAllLawHashes(laws.lawHashes)
                    .setLawsSynopsis(laws.synopsis)
                    .setNotifiedOn(notifiedOn)
                    .setCertificateFeaturesHash(featuresHash);
            request = builder.addAllAuthorities(laws.authorities()).build();
        }

        @Override
        void run(final Registry registry, final Output out) {
            out.print(registry.recordApplication(request), RegistryText::participant);
        }
    }

    @Command(
            name = "accede",
            description = "As the delegate of an admitted Participant, from its own organisation on the channel,"
                    + " record its accession: it becomes ACTIVE.")
    static final class Accede extends ParticipantCommand.Sub {
        @Parameters(paramLabel = "CODE", description = "The admitted Participant's code")
        String code;

        @Override
        void run(final Registry registry, final Output out) {
            out.print(registry.accede(code.toUpperCase(Locale.ROOT)), RegistryText::participant);
        }
    }

    @Command(
            name = "withdraw",
            description = "As a Participant's delegate, from its own organisation, record its withdrawal from the"
                    + " Scheme, notified to the Chair: it becomes WITHDRAWN and no shipment may go to or come from it."
                    + " Then `network/kpnet remove-participant CODE` takes its organisation off the channel.")
    static final class Withdraw extends ParticipantCommand.Sub {
        @Parameters(paramLabel = "CODE", description = "The withdrawing Participant's code")
        String code;

        @Option(names = "--notified-on", required = true, description = "Date of its notice to the Chair, yyyy-mm-dd")
        String notifiedOn;

        @Option(names = "--reason", defaultValue = "", description = "Why it withdraws, as its notice says")
        String reason;

        @Override
        void run(final Registry registry, final Output out) {
            out.print(
                    registry.withdraw(RecordWithdrawalRequest.newBuilder()
                            .setCode(code.toUpperCase(Locale.ROOT))
                            .setNotifiedOn(notifiedOn)
                            .setReason(reason)
                            .build()),
                    RegistryText::participant);
        }
    }
}
