package org.kpcs.chaincode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpcs.chaincode.governance.GovernanceContractTest.modification;
import static org.kpcs.chaincode.governance.GovernanceContractTest.notification;
import static org.kpcs.chaincode.testing.Kp.AE_CHAIR;
import static org.kpcs.chaincode.testing.Kp.AE_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.BW_DELEGATE;
import static org.kpcs.chaincode.testing.Kp.BW_EXPORTER;
import static org.kpcs.chaincode.testing.Kp.CHAIR;
import static org.kpcs.chaincode.testing.Kp.IN_CHAIR;
import static org.kpcs.chaincode.testing.Kp.OBSERVER;

import com.google.protobuf.Message;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.kpcs.chaincode.testing.FakeFabric;
import org.kpcs.chaincode.testing.Kp;
import org.kpcs.chaincode.testing.Requests;
import org.kpcs.chaincode.testing.Result;
import org.kpcs.chaincode.testing.User;
import org.kpcs.protos.Authority;
import org.kpcs.protos.FileNotificationRequest;
import org.kpcs.protos.GetNotificationRequest;
import org.kpcs.protos.GetPlenaryRequest;
import org.kpcs.protos.ParticipantStatus;
import org.kpcs.protos.SchedulePlenaryRequest;
import org.kpcs.protos.StatusProposal;

/** Every bad notification, schedule and modification is refused with its code, and the ledger is as it was. */
class GovernanceRefusalsTest {
    private final FakeFabric fabric = Kp.bootstrapped();

    GovernanceRefusalsTest() {
        fabric.setTime(Instant.parse("2026-03-02T09:00:00Z"));
    }

    private void refused(final User who, final String function, final Message request, final String code) {
        final Map<String, List<Byte>> before = fabric.snapshot();
        final Result result = fabric.submit(who, "Governance:" + function, request);
        assertThat(result.errorCode()).as(result.message()).isEqualTo(code);
        assertThat(fabric.snapshot()).isEqualTo(before);
    }

    private void refusedNotification(final UnaryOperator<FileNotificationRequest.Builder> change, final String code) {
        refused(
                BW_DELEGATE,
                "FileNotification",
                change.apply(notification("BW")).build(),
                code);
    }

    private void ok(final User who, final String function, final Message request) {
        final Result result = fabric.submit(who, function, request);
        assertThat(result.ok()).as(result.message()).isTrue();
    }

    private static SchedulePlenaryRequest plenary(final String date, final String venue) {
        return SchedulePlenaryRequest.newBuilder().setDate(date).setVenue(venue).build();
    }

    @Test
    void only_the_participants_own_delegate_notifies_for_it() {
        final FileNotificationRequest request = notification("BW").build();
        refused(AE_DELEGATE, "FileNotification", request, "WRONG_ORGANISATION");
        refused(BW_EXPORTER, "FileNotification", request, "ROLE_REQUIRED");
        refused(CHAIR, "FileNotification", request, "ROLE_REQUIRED");
        refused(OBSERVER, "FileNotification", request, "OBSERVER_READ_ONLY");
        refusedNotification(n -> n.setParticipant("ZA"), "PARTICIPANT_NOT_FOUND");
    }

    @Test
    void an_incomplete_or_malformed_notification_is_refused() {
        refusedNotification(FileNotificationRequest.Builder::clearAuthorities, "INVALID_ARGUMENT");
        refusedNotification(
                n -> n.addAuthorities(Authority.newBuilder().setRole("mint").setName("x")), "INVALID_ARGUMENT");
        refusedNotification(
                n -> n.addAuthorities(Authority.newBuilder().setRole("customs").setName(" ")), "INVALID_ARGUMENT");
        refusedNotification(FileNotificationRequest.Builder::clearLawHashes, "INVALID_ARGUMENT");
        refusedNotification(n -> n.addLawHashes("ABC"), "INVALID_ARGUMENT");
        refusedNotification(n -> n.setLawsSynopsis(" "), "INVALID_ARGUMENT");
        refusedNotification(FileNotificationRequest.Builder::clearCertificateSpecimenSha256, "INVALID_ARGUMENT");
        refusedNotification(n -> n.setCertificateSpecimenSha256("F".repeat(64)), "INVALID_ARGUMENT");
        refusedNotification(n -> n.addCertificateFeatures(""), "INVALID_ARGUMENT");
    }

    @Test
    void a_new_version_changes_something_and_an_unknown_version_is_not_found() {
        ok(BW_DELEGATE, "Governance:FileNotification", notification("BW").build());
        refused(BW_DELEGATE, "FileNotification", notification("BW").build(), "INVALID_ARGUMENT");
        for (final int version : new int[] {2, -1}) {
            final Result missing = fabric.evaluate(
                    OBSERVER,
                    "Governance:GetNotification",
                    GetNotificationRequest.newBuilder()
                            .setParticipant("BW")
                            .setVersion(version)
                            .build());
            assertThat(missing.errorCode()).as(missing.message()).isEqualTo("NOTIFICATION_NOT_FOUND");
        }
        final Result none = fabric.evaluate(
                OBSERVER,
                "Governance:GetNotification",
                GetNotificationRequest.newBuilder().setParticipant("AE").build());
        assertThat(none.errorCode()).isEqualTo("NOTIFICATION_NOT_FOUND");
    }

    @Test
    void only_the_chair_schedules_the_plenary_on_a_later_date_at_a_venue() {
        refused(AE_CHAIR, "SchedulePlenary", plenary("2026-11-10", "Dubai"), "WRONG_ORGANISATION");
        refused(IN_CHAIR, "SchedulePlenary", plenary("2026-11-10", "Delhi"), "WRONG_ORGANISATION");
        refused(BW_DELEGATE, "SchedulePlenary", plenary("2026-11-10", "Gaborone"), "ROLE_REQUIRED");
        refused(OBSERVER, "SchedulePlenary", plenary("2026-11-10", "Gaborone"), "OBSERVER_READ_ONLY");
        refused(CHAIR, "SchedulePlenary", plenary("2026-03-02", "Gaborone"), "INVALID_ARGUMENT");
        refused(CHAIR, "SchedulePlenary", plenary("2026-13-01", "Gaborone"), "INVALID_ARGUMENT");
        refused(CHAIR, "SchedulePlenary", plenary("2026-11-10", " "), "INVALID_ARGUMENT");
        final Result none = fabric.evaluate(OBSERVER, "Governance:GetPlenary", GetPlenaryRequest.getDefaultInstance());
        assertThat(none.errorCode()).isEqualTo("NO_PLENARY_SCHEDULED");
    }

    @Test
    void a_modification_without_a_plenary_or_fewer_than_ninety_days_before_it_is_refused() {
        refused(AE_DELEGATE, "ProposeModification", modification("AE"), "NO_PLENARY_SCHEDULED");
        ok(CHAIR, "Governance:SchedulePlenary", plenary("2026-05-31", "Gaborone"));
        // 2026-03-02 is 90 days before 2026-05-31: in time; the next day is not
        fabric.setTime(Instant.parse("2026-03-03T00:30:00Z"));
        refused(AE_DELEGATE, "ProposeModification", modification("AE"), "MODIFICATION_TOO_LATE");
        fabric.setTime(Instant.parse("2026-06-01T09:00:00Z"));
        refused(AE_DELEGATE, "ProposeModification", modification("AE"), "NO_PLENARY_SCHEDULED");
    }

    @Test
    void a_modification_comes_from_an_active_participants_delegate_with_a_title_and_hash() {
        ok(CHAIR, "Governance:SchedulePlenary", plenary("2026-11-10", "Gaborone"));
        refused(BW_DELEGATE, "ProposeModification", modification("AE"), "WRONG_ORGANISATION");
        refused(BW_EXPORTER, "ProposeModification", modification("BW"), "ROLE_REQUIRED");
        refused(OBSERVER, "ProposeModification", modification("AE"), "OBSERVER_READ_ONLY");
        refused(
                AE_DELEGATE,
                "ProposeModification",
                modification("AE").toBuilder().setTitle(" ").build(),
                "INVALID_ARGUMENT");
        refused(
                AE_DELEGATE,
                "ProposeModification",
                modification("AE").toBuilder().setDocumentSha256("").build(),
                "INVALID_ARGUMENT");
        final StatusProposal suspension = fabric.submit(
                        CHAIR,
                        "ParticipantRegistry:ProposeStatusChange",
                        Requests.proposeStatusChange("AE", ParticipantStatus.SUSPENDED, "review mission"))
                .as(StatusProposal.parser());
        ok(BW_DELEGATE, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(suspension.getId()));
        ok(Kp.IN_DELEGATE, "ParticipantRegistry:ApproveStatusChange", Requests.approveStatusChange(suspension.getId()));
        refused(AE_DELEGATE, "ProposeModification", modification("AE"), "PARTICIPANT_NOT_ACTIVE");
    }
}
