package org.kpcs.gateway.client;

import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.NetworkProfile;
import org.kpcs.protos.OrgProfile;
import org.kpcs.protos.UserCredentials;

/**
 * The client profiles {@code network/kpnet up} writes under the network's home folder, read with protobuf's
 * JSON mapping: {@code network.json} (the channel and the chaincode) and {@code profiles/<ORG>.json} (an
 * organisation's peer and users).
 */
public final class Profiles {
    private static final JsonFormat.Parser JSON = JsonFormat.parser().ignoringUnknownFields();

    private Profiles() {}

    public static NetworkProfile network(final Path networkHome) {
        final NetworkProfile.Builder profile = NetworkProfile.newBuilder();
        read(networkHome.resolve("network.json"), profile, "the network");
        return profile.build();
    }

    public static OrgProfile org(final Path networkHome, final String org) {
        final OrgProfile.Builder profile = OrgProfile.newBuilder();
        read(
                networkHome.resolve("profiles").resolve(org.toUpperCase(Locale.ROOT) + ".json"),
                profile,
                "organisation " + org);
        return profile.build();
    }

    /** A user the organisation's profile holds credentials for. */
    public static UserCredentials user(final OrgProfile org, final String name) {
        final UserCredentials user = org.getUsersMap().get(name);
        if (user == null) {
            throw new ConnectionException(
                    ErrorCode.NO_SUCH_USER,
                    "organisation " + org.getOrg() + " has no enrolled user '" + name + "'; its users are "
                            + new java.util.TreeSet<>(org.getUsersMap().keySet()) + " (network/kpnet enroll adds one)",
                    null);
        }
        return user;
    }

    private static void read(final Path file, final Message.Builder into, final String what) {
        try {
            JSON.merge(Files.readString(file, StandardCharsets.UTF_8), into);
        } catch (NoSuchFileException e) {
            throw new ConnectionException(
                    ErrorCode.NO_PROFILE,
                    "no client profile for " + what + " at " + file
                            + "; is the network up (network/kpnet up), or is --network-home right?",
                    e);
        } catch (IOException e) {
            throw new ConnectionException(ErrorCode.BAD_PROFILE, "cannot read client profile " + file + ": " + e, e);
        }
    }
}
