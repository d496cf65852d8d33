package org.kpcs.chaincode.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.Test;
import org.kpcs.protos.FileNotificationRequest;
import org.kpcs.protos.PlenaryMeeting;

/** The ninety-day rule (KPCS VI 18) and a notification's content (V(a), III(d)), without a ledger. */
class PlenaryCalendarTest {
    private static final PlenaryMeeting NEXT =
            PlenaryMeeting.newBuilder().setDate("2026-11-10").build();

    @Test
    void a_proposal_ninety_days_or_more_before_the_plenary_is_in_time() {
        assertThat(PlenaryCalendar.checkNotice(LocalDate.of(2026, 8, 12), NEXT)).isEqualTo(90);
        assertThat(PlenaryCalendar.checkNotice(LocalDate.of(2026, 1, 1), NEXT)).isEqualTo(313);
    }

    @Test
    void a_proposal_fewer_than_ninety_days_before_it_is_too_late_and_says_by_when() {
        final ChaincodeException late = catchThrowableOfType(
                ChaincodeException.class, () -> PlenaryCalendar.checkNotice(LocalDate.of(2026, 8, 13), NEXT));
        assertThat(late.getMessage())
                .startsWith("MODIFICATION_TOO_LATE")
                .contains("89 days")
                .contains("by 2026-08-12");
        assertThat(catchThrowableOfType(
                                ChaincodeException.class,
                                () -> PlenaryCalendar.checkNotice(LocalDate.of(2026, 11, 10), NEXT))
                        .getMessage())
                .startsWith("MODIFICATION_TOO_LATE");
    }

    @Test
    void a_complete_notification_passes_and_each_missing_part_is_named() {
        final FileNotificationRequest complete =
                GovernanceContractTest.notification("BW").build();
        Notifications.check(complete);
        assertThat(catchThrowableOfType(
                                ChaincodeException.class,
                                () -> Notifications.check(
                                        complete.toBuilder().clearLawHashes().build()))
                        .getMessage())
                .contains("SHA-256");
        assertThat(catchThrowableOfType(
                                ChaincodeException.class,
                                () -> Notifications.check(
                                        complete.toBuilder().setLawsSynopsis("").build()))
                        .getMessage())
                .contains("synopsis in English");
        assertThat(catchThrowableOfType(
                                ChaincodeException.class,
                                () -> Notifications.check(complete.toBuilder()
                                        .clearCertificateSpecimenSha256()
                                        .build()))
                        .getMessage())
                .contains("certificate specimen hash");
    }
}
