package org.kpcs.chaincode.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kpcs.chaincode.ledger.Caller;
import org.kpcs.chaincode.ledger.Dates;
import org.kpcs.chaincode.ledger.Keys;
import org.kpcs.chaincode.ledger.Ledger;
import org.kpcs.chaincode.ledger.Refusal;
import org.kpcs.chaincode.ledger.Role;
import org.kpcs.chaincode.ledger.TransactionContext;
import org.kpcs.chaincode.participant.Applications;
import org.kpcs.chaincode.participant.Participants;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.FileNotificationRequest;
import org.kpcs.protos.Notification;

/**
 * What each Participant notifies the others through the Chair: its designated authorities and its laws with an
 * English synopsis (KPCS V(a), "and update that information as required"), and the features of its Certificate
 * (III(d)). Every version is kept: a new one supersedes the earlier, which stays readable and is marked with the
 * version that superseded it.
 */
final class Notifications {
    private final TransactionContext ctx;
    private final Ledger ledger;

    private Notifications(final TransactionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.ledger = ctx.ledger();
    }

    static Notifications of(final TransactionContext ctx) {
        return ctx.repository(Notifications.class, Notifications::new);
    }

    /** Every version of a Participant's notification, oldest first. */
    List<Notification> of(final String participant) {
        return ledger.readAll(Keys.NOTIFICATION, Notification.parser(), participant);
    }

    /** One version, the current one when {@code version} is 0. */
    Notification get(final String participant, final int version) {
        final List<Notification> versions = of(participant);
        if (versions.isEmpty() || version < 0 || version > versions.size()) {
            throw Refusal.of(
                    ErrorCode.NOTIFICATION_NOT_FOUND,
                    participant + " has filed no notification" + (version > 0 ? " version " + version : "")
                            + "; `kpcs governance notifications " + participant + "` lists its versions");
        }
        return versions.get(version == 0 ? versions.size() - 1 : version - 1);
    }

    /**
     * Files a new version. Only the Participant's own delegate notifies for it (V(a): "provide to each other
     * through the Chair"); it names at least one designated authority, at least one law document (SHA-256) with
     * the English synopsis, and its Certificate's specimen (SHA-256); a new version changes something.
     */
    Notification file(final FileNotificationRequest request) {
        final Caller caller = ctx.caller();
        Participants.of(ctx).requireAuthorityOf(caller, request.getParticipant(), Role.DELEGATE);
        check(request);
        final List<Notification> versions = of(request.getParticipant());
        final int version = versions.size() + 1;
        final LocalDate today = Dates.of(ledger.txTime());
        if (!versions.isEmpty()) {
            final Notification previous = versions.get(versions.size() - 1);
            if (sameContent(previous, request)) {
                throw Refusal.of(
                        ErrorCode.INVALID_ARGUMENT,
                        "version " + previous.getVersion() + " already notifies exactly this; a new version changes"
                                + " something");
            }
            ledger.write(
                    Keys.notification(request.getParticipant(), previous.getVersion()),
                    previous.toBuilder()
                            .setSupersededByVersion(version)
                            .setSupersededOn(today.toString())
                            .build());
        }
        final Notification filed = Notification.newBuilder()
                .setParticipant(request.getParticipant())
                .setVersion(version)
                .addAllAuthorities(request.getAuthoritiesList())
                .addAllLawHashes(request.getLawHashesList())
                .setLawsSynopsis(request.getLawsSynopsis().strip())
                .setCertificateSpecimenSha256(request.getCertificateSpecimenSha256())
                .addAllCertificateFeatures(request.getCertificateFeaturesList().stream()
                        .map(String::strip)
                        .toList())
                .setFiledOn(today.toString())
                .setFiledBy(caller.id())
                .setFiledAt(ledger.txTimestamp())
                .setTxId(ledger.txId())
                .build();
        ledger.write(Keys.notification(request.getParticipant(), version), filed);
        return filed;
    }

    /** The content of a notification (KPCS V(a), III(d)): every part present and well formed. */
    static void check(final FileNotificationRequest request) {
        Applications.checkAuthorities(request.getAuthoritiesList());
        if (request.getLawHashesCount() == 0) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "KPCS V(a): name at least one document of the relevant laws and procedures by its SHA-256");
        }
        for (final String hash : request.getLawHashesList()) {
            Applications.checkHash("law hash", hash);
        }
        if (request.getLawsSynopsis().isBlank()) {
            throw Refusal.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "KPCS V(a): the notification includes a synopsis in English of the laws' essential content");
        }
        Applications.checkHash("certificate specimen hash", request.getCertificateSpecimenSha256());
        if (request.getCertificateFeaturesList().stream().anyMatch(String::isBlank)) {
            throw Refusal.of(ErrorCode.INVALID_ARGUMENT, "a Certificate feature is named (no blank feature)");
        }
    }

    private static boolean sameContent(final Notification previous, final FileNotificationRequest request) {
        return previous.getAuthoritiesList().equals(request.getAuthoritiesList())
                && previous.getLawHashesList().equals(request.getLawHashesList())
                && previous.getLawsSynopsis().equals(request.getLawsSynopsis().strip())
                && previous.getCertificateSpecimenSha256().equals(request.getCertificateSpecimenSha256())
                && previous.getCertificateFeaturesList()
                        .equals(request.getCertificateFeaturesList().stream()
                                .map(String::strip)
                                .toList());
    }
}
