package org.kpcs.gateway.cli;

import java.util.Locale;
import org.kpcs.gateway.registry.Registry;
import org.kpcs.protos.RecordApplicationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs participant record-application} and {@code accede}: admission of a Participant (KPCS VI 8-9). */
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
}
