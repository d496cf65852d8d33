package org.kpcs.gateway.compliance;

import org.kpcs.gateway.client.KpGateway;
import org.kpcs.protos.ConcernList;
import org.kpcs.protos.ConcernMarker;
import org.kpcs.protos.ConcernView;
import org.kpcs.protos.MissionList;
import org.kpcs.protos.MissionView;
import org.kpcs.protos.ReviewMission;

/**
 * Compliance concerns and review missions (KPCS V(e), VI 13-16), as a client calls them. Confidential text goes
 * as transient data with a fresh random salt; submissions return public records only.
 */
public interface Compliance {
    static Compliance of(final KpGateway gateway) {
        return new GatewayCompliance(gateway);
    }

    /** A Participant's delegate raises a concern about {@code concerned} with the Chair. */
    ConcernMarker raise(String concerned, String text);

    /** A reply in the dialogue; {@code close}: the Chair closes it. */
    ConcernMarker reply(String concernId, String text, boolean close);

    /** The concern with its confidential dialogue (a Participant's delegate or the Chair). */
    ConcernView concern(String concernId);

    /** Every concern's public marker. */
    ConcernList concerns(boolean openOnly);

    /** The Chair recommends a review mission with its terms of reference, for the Plenary to decide. */
    ReviewMission propose(String participant, String terms);

    /** A Participant's delegate approves the recommendation; a majority of the Participants decides it. */
    ReviewMission approve(String missionId);

    /** The Chair withdraws a recommendation the Plenary has not decided. */
    ReviewMission withdraw(String missionId);

    /** The Participant concerned consents to a decided mission (its delegate). */
    ReviewMission consent(String missionId);

    /** The Chair starts a consented mission. */
    ReviewMission start(String missionId);

    /** The Chair records the mission's completion. */
    ReviewMission complete(String missionId);

    /** The Chair files the report. */
    ReviewMission report(String missionId, String text);

    /** The Participant concerned comments on the filed report (its delegate; VI 15). */
    ReviewMission comment(String missionId, String text);

    /** A mission's public record. */
    ReviewMission mission(String missionId);

    /** A mission with its terms of reference and report (a Participant's delegate or the Chair). */
    MissionView missionFile(String missionId);

    /** Every mission, or those to one Participant ({@code participant} empty: all). */
    MissionList missions(String participant);
}
