package org.kpcs.chaincode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.testing.Kp.AE_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.BW_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.CHAIR;
import static org.kpcs.chaincode.testing.Kp.OBSERVER;

import com.google.protobuf.Message;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.Authority;
import org.kpcs.protos.FileNotificationRequest;
import org.kpcs.protos.GetNotificationRequest;
import org.kpcs.protos.GetPlenaryRequest;
import org.kpcs.protos.GovernanceEvent;
import org.kpcs.protos.ListModificationsRequest;
import org.kpcs.protos.ListNotificationsRequest;
import org.kpcs.protos.ModificationList;
import org.kpcs.protos.ModificationProposal;
import org.kpcs.protos.Notification;
import org.kpcs.protos.NotificationList;
import org.kpcs.protos.PlenaryMeeting;
import org.kpcs.protos.ProposeModificationRequest;
import org.kpcs.protos.SchedulePlenaryRequest;

/** Notifications through the Chair (KPCS III(d), V(a)) and modifications before the Plenary (VI 17-19). */
class GovernanceContractTest {
    static final String LAW = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String SPECIMEN = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    private final FakeFabric fabric = Kp.bootstrapped();

    GovernanceContractTest() {
        fabric.setTime(Instant.parse("2026-03-02T09:00:00Z"));
    }

    static FileNotificationRequest.Builder notification(final String participant) {
        return FileNotificationRequest.newBuilder()
                .setParticipant(participant)
                .addAuthorities(Authority.newBuilder()
                        .setRole("exporting-authority")
                        .setName("Ministry of Minerals, Diamond Hub"))
                .addAuthorities(Authority.newBuilder()
                        .setRole("importing-authority")
                        .setName("Botswana Unified Revenue Service"))
                .addLawHashes(LAW)
                .setLawsSynopsis("Precious and Semi-Precious Stones Act: licensing, export and import permits")
                .setCertificateSpecimenSha256(SPECIMEN)
                .addCertificateFeatures("hologram")
                .addCertificateFeatures("serial number");
    }

    static ProposeModificationRequest modification(final String participant) {
        return ProposeModificationRequest.newBuilder()
                .setParticipant(participant)
                .setTitle("Annex I: an electronic Certificate")
                .setDocumentSha256(LAW)
                .build();
    }

    private Result submit(final User who, final String function, final Message request) {
        final Result result = fabric.submit(who, "Governance:" + function, request);
        assertThat(result.ok()).as(result.message()).isTrue();
        return result;
    }

    @Test
    void a_new_notification_supersedes_the_earlier_which_stays_readable() {
        final Result first =
                submit(BW_DELEGATE, "FileNotification", notification("BW").build());
        assertThat(first.as(Notification.parser()).getVersion()).isEqualTo(1);
        assertThat(first.event(GovernanceEvent.parser()).getNotificationFiled().getParticipant())
                .isEqualTo("BW");

        fabric.setTime(Instant.parse("2026-05-04T09:00:00Z"));
        final Notification second = submit(
                        BW_DELEGATE,
                        "FileNotification",
                        notification("BW").addCertificateFeatures("watermark").build())
                .as(Notification.parser());
        assertThat(second.getVersion()).isEqualTo(2);
        assertThat(second.getFiledOn()).isEqualTo("2026-05-04");

        final NotificationList versions = fabric.evaluate(
                        OBSERVER,
                        "Governance:ListNotifications",
                        ListNotificationsRequest.newBuilder()
                                .setParticipant("BW")
                                .build())
                .as(NotificationList.parser());
        assertThat(versions.getNotificationsList())
                .extracting(Notification::getVersion)
                .containsExactly(1, 2);
        final Notification firstNow = versions.getNotifications(0);
        assertThat(firstNow.getSupersededByVersion()).isEqualTo(2);
        assertThat(firstNow.getSupersededOn()).isEqualTo("2026-05-04");
        assertThat(firstNow.getCertificateFeaturesList()).containsExactly("hologram", "serial number");

        assertThat(notificationOf("BW", 0).getCertificateFeaturesList()).contains("watermark");
        assertThat(notificationOf("BW", 1).getVersion()).isEqualTo(1);
        assertThat(fabric.evaluate(
                                OBSERVER,
                                "Governance:ListNotifications",
                                ListNotificationsRequest.newBuilder()
                                        .setParticipant("AE")
                                        .build())
                        .as(NotificationList.parser())
                        .getNotificationsList())
                .isEmpty();
    }

    private Notification notificationOf(final String participant, final int version) {
        return fabric.evaluate(
                        OBSERVER,
                        "Governance:GetNotification",
                        GetNotificationRequest.newBuilder()
                                .setParticipant(participant)
                                .setVersion(version)
                                .build())
                .as(Notification.parser());
    }

    @Test
    void the_chair_schedules_the_plenary_and_a_timely_modification_goes_on_its_agenda() {
        final Result scheduled = submit(
                CHAIR,
                "SchedulePlenary",
                SchedulePlenaryRequest.newBuilder()
                        .setDate("2026-06-01")
                        .setVenue("Gaborone")
                        .build());
        assertThat(scheduled
                        .event(GovernanceEvent.parser())
                        .getPlenaryScheduled()
                        .getDate())
                .isEqualTo("2026-06-01");
        final PlenaryMeeting next = fabric.evaluate(
                        OBSERVER, "Governance:GetPlenary", GetPlenaryRequest.getDefaultInstance())
                .as(PlenaryMeeting.parser());
        assertThat(next.getVenue()).isEqualTo("Gaborone");
        assertThat(next.getRecordedByParticipant()).isEqualTo("BW");

        // 2026-03-03 is exactly 90 days before 2026-06-01
        fabric.setTime(Instant.parse("2026-03-03T23:00:00Z"));
        final Result proposed = submit(AE_DELEGATE, "ProposeModification", modification("AE"));
        final ModificationProposal proposal = proposed.as(ModificationProposal.parser());
        assertThat(proposal.getDaysBeforePlenary()).isEqualTo(90);
        assertThat(proposal.getPlenaryDate()).isEqualTo("2026-06-01");
        assertThat(proposal.getParticipant()).isEqualTo("AE");
        assertThat(proposed.event(GovernanceEvent.parser()).getModificationProposed())
                .isEqualTo(proposal);

        assertThat(fabric.evaluate(
                                OBSERVER,
                                "Governance:ListModifications",
                                ListModificationsRequest.newBuilder()
                                        .setPlenaryDate("2026-06-01")
                                        .build())
                        .as(ModificationList.parser())
                        .getProposalsList())
                .containsExactly(proposal);
        assertThat(fabric.evaluate(
                                OBSERVER,
                                "Governance:ListModifications",
                                ListModificationsRequest.newBuilder()
                                        .setPlenaryDate("2027-06-01")
                                        .build())
                        .as(ModificationList.parser())
                        .getProposalsList())
                .isEmpty();
    }
}
