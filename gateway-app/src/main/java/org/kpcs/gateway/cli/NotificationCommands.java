package org.kpcs.gateway.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kpcs.gateway.governance.Governance;
import org.kpcs.protos.FileNotificationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs governance notify}, {@code notification}, {@code notifications}: KPCS III(d), V(a). */
final class NotificationCommands {
    @Command(
            name = "notify",
            description = "As a Participant's delegate, file a new version of its notification: designated"
                    + " authorities, laws and the features of its Certificate (KPCS III(d), V(a)).")
    static final class Notify extends GovernanceCommand.Sub {
        @Parameters(paramLabel = "CODE", description = "Your Participant's code")
        String code;

        @Mixin
        LawsOptions laws = new LawsOptions();

        @Option(names = "--specimen-hash", required = true, description = "SHA-256 of the Certificate's specimen")
        String specimenHash;

        @Option(names = "--feature", description = "A feature of the Certificate (Annex I); repeatable")
        List<String> features = new ArrayList<>();

        private FileNotificationRequest request;

        @Override
        void validate() {
            request = FileNotificationRequest.newBuilder()
                    .setParticipant(code.toUpperCase(Locale.ROOT))
                    .addAllAuthorities(laws.authorities())
                    .addAllLawHashes(laws.lawHashes)
                    .setLawsSynopsis(laws.synopsis)
                    .setCertificateSpecimenSha256(specimenHash)
                    .addAllCertificateFeatures(features)
                    .build();
        }

        @Override
        void run(final Governance governance, final Output out) {
            out.print(governance.fileNotification(request), GovernanceText::notification);
        }
    }

    @Command(name = "notification", description = "A Participant's current notification, or one version of it.")
    static final class Show extends GovernanceCommand.Sub {
        @Parameters(paramLabel = "CODE")
        String code;

        @Option(names = "--version", defaultValue = "0", description = "A version (default: the current one)")
        int version;

        @Override
        void run(final Governance governance, final Output out) {
            out.print(governance.notification(code.toUpperCase(Locale.ROOT), version), GovernanceText::notification);
        }
    }

    @Command(name = "notifications", description = "Every version of a Participant's notification.")
    static final class ListCmd extends GovernanceCommand.Sub {
        @Parameters(paramLabel = "CODE")
        String code;

        @Override
        void run(final Governance governance, final Output out) {
            out.print(governance.notifications(code.toUpperCase(Locale.ROOT)), GovernanceText::notifications);
        }
    }
}
