package org.kpcs.gateway.governance;

import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.ChairRecord;
import org.kpcs.protos.FileNotificationRequest;
import org.kpcs.protos.ModificationList;
import org.kpcs.protos.ModificationProposal;
import org.kpcs.protos.Notification;
import org.kpcs.protos.NotificationList;
import org.kpcs.protos.PlenaryMeeting;
import org.kpcs.protos.ProposeModificationRequest;
import org.kpcs.protos.StatusProposal;

/**
 * The Scheme's governance as a client calls it: the Chair's election (KPCS VI 4), Participants' notifications
 * (III(d), V(a)), the next Plenary and proposals to modify the Scheme (VI 17-19).
 */
public interface Governance {
    /** Governance over a connection. */
    static Governance of(final KpGateway gateway) {
        return new GatewayGovernance(gateway);
    }

    /** Who holds the chair, and every hand-over. */
    ChairRecord chair();

    /**
     * The Chair proposes the Chair for a year's term; delegates approve it like a status proposal ({@code
     * Registry.approve}) and the majority hands the chair over.
     */
    StatusProposal proposeChair(String code, int year, String reason);

    /** A Participant's delegate files a new version of its notification. */
    Notification fileNotification(FileNotificationRequest notification);

    /** One version of a Participant's notification; the current one when {@code version} is 0. */
    Notification notification(String code, int version);

    /** Every version of a Participant's notification, oldest first. */
    NotificationList notifications(String code);

    /** The Chair records the next Plenary's date (yyyy-mm-dd) and venue. */
    PlenaryMeeting schedulePlenary(String date, String venue);

    PlenaryMeeting plenary();

    /** A Participant's delegate proposes a modification, at least ninety days before the next Plenary. */
    ModificationProposal proposeModification(ProposeModificationRequest proposal);

    /** At the Plenary, a Participant's delegate approves a proposed modification; all of them adopt it (VI 17). */
    ModificationProposal approveModification(String modificationId);

    /** The proposals on one Plenary's agenda (yyyy-mm-dd), or every Plenary's when empty. */
    ModificationList modifications(String plenaryDate);
}
