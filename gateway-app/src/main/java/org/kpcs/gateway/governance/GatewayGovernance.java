package org.kpcs.gateway.governance;

import java.util.Objects;
import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.ApproveModificationRequest;
import org.kpcs.protos.ChairRecord;
import org.kpcs.protos.FileNotificationRequest;
import org.kpcs.protos.GetChairRequest;
import org.kpcs.protos.GetNotificationRequest;
import org.kpcs.protos.GetPlenaryRequest;
import org.kpcs.protos.ListModificationsRequest;
import org.kpcs.protos.ListNotificationsRequest;
import org.kpcs.protos.ModificationList;
import org.kpcs.protos.ModificationProposal;
import org.kpcs.protos.Notification;
import org.kpcs.protos.NotificationList;
import org.kpcs.protos.PlenaryMeeting;
import org.kpcs.protos.ProposeChairRequest;
import org.kpcs.protos.ProposeModificationRequest;
import org.kpcs.protos.SchedulePlenaryRequest;
import org.kpcs.protos.StatusProposal;

/** Governance through the Fabric gateway: the {@code Chair} and {@code Governance} contracts. */
final class GatewayGovernance implements Governance {
    private static final String CHAIR = "Chair";
    private static final String CONTRACT = "Governance";

    private final KpGateway gateway;

    GatewayGovernance(final KpGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public ChairRecord chair() {
        return gateway.evaluate(CHAIR, "GetChair", GetChairRequest.getDefaultInstance(), ChairRecord.parser());
    }

    @Override
    public StatusProposal proposeChair(final String code, final int year, final String reason) {
        final ProposeChairRequest request = ProposeChairRequest.newBuilder()
                .setParticipantCode(code)
                .setYear(year)
                .setReason(reason)
                .build();
        return gateway.submit(CHAIR, "ProposeChair", request, StatusProposal.parser());
    }

    @Override
    public Notification fileNotification(final FileNotificationRequest notification) {
        return gateway.submit(CONTRACT, "FileNotification", notification, Notification.parser());
    }

    @Override
    public Notification notification(final String code, final int version) {
        final GetNotificationRequest request = GetNotificationRequest.newBuilder()
                .setParticipant(code)
                .setVersion(version)
                .build();
        return gateway.evaluate(CONTRACT, "GetNotification", request, Notification.parser());
    }

    @Override
    public NotificationList notifications(final String code) {
        final ListNotificationsRequest request =
                ListNotificationsRequest.newBuilder().setParticipant(code).build();
        return gateway.evaluate(CONTRACT, "ListNotifications", request, NotificationList.parser());
    }

    @Override
    public PlenaryMeeting schedulePlenary(final String date, final String venue) {
        final SchedulePlenaryRequest request = SchedulePlenaryRequest.newBuilder()
                .setDate(date)
                .setVenue(venue)
                .build();
        return gateway.submit(CONTRACT, "SchedulePlenary", request, PlenaryMeeting.parser());
    }

    @Override
    public PlenaryMeeting plenary() {
        return gateway.evaluate(
                CONTRACT, "GetPlenary", GetPlenaryRequest.getDefaultInstance(), PlenaryMeeting.parser());
    }

    @Override
    public ModificationProposal proposeModification(final ProposeModificationRequest proposal) {
        return gateway.submit(CONTRACT, "ProposeModification", proposal, ModificationProposal.parser());
    }

    @Override
    public ModificationProposal approveModification(final String modificationId) {
        return gateway.submit(
                CONTRACT,
                "ApproveModification",
                ApproveModificationRequest.newBuilder()
                        .setModificationId(modificationId)
                        .build(),
                ModificationProposal.parser());
    }

    @Override
    public ModificationList modifications(final String plenaryDate) {
        final ListModificationsRequest request = ListModificationsRequest.newBuilder()
                .setPlenaryDate(plenaryDate)
                .build();
        return gateway.evaluate(CONTRACT, "ListModifications", request, ModificationList.parser());
    }
}
