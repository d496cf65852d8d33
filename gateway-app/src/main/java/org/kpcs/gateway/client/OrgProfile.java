package org.kpcs.gateway.client;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One organisation of the network as a client sees it: its MSP, its peer and the users whose credentials it
 * holds. Read from {@code <network home>/profiles/<ORG>.json}, which {@code network/kpnet up} writes.
 */
public final class OrgProfile {
    private final String org;
    private final String mspId;
    private final String kind;
    private final PeerEndpoint peer;
    private final Map<String, UserCredentials> users;

    public OrgProfile(
            final String org,
            final String mspId,
            final String kind,
            final PeerEndpoint peer,
            final Map<String, UserCredentials> users) {
        this.org = Objects.requireNonNull(org, "org");
        this.mspId = Objects.requireNonNull(mspId, "mspId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.peer = Objects.requireNonNull(peer, "peer");
        this.users = Map.copyOf(users);
    }

    public static OrgProfile load(final Path networkHome, final String org) {
        final Path file = networkHome.resolve("profiles").resolve(org.toUpperCase(java.util.Locale.ROOT) + ".json");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            final JsonObject json = JsonParser.parseReader(reader).getAsJsonObject();
            final JsonObject peerJson = json.getAsJsonObject("peer");
            final PeerEndpoint peer = new PeerEndpoint(
                    peerJson.get("endpoint").getAsString(),
                    peerJson.get("hostAlias").getAsString(),
                    Path.of(peerJson.get("tlsRootCert").getAsString()));
            final Map<String, UserCredentials> users = new TreeMap<>();
            json.getAsJsonObject("users").entrySet().forEach(e -> {
                final JsonObject user = e.getValue().getAsJsonObject();
                users.put(
                        e.getKey(),
                        new UserCredentials(
                                Path.of(user.get("cert").getAsString()),
                                Path.of(user.get("key").getAsString()),
                                user.has("role") ? user.get("role").getAsString() : ""));
            });
            return new OrgProfile(
                    json.get("org").getAsString(),
                    json.get("mspId").getAsString(),
                    json.get("kind").getAsString(),
                    peer,
                    users);
        } catch (NoSuchFileException e) {
            throw new KpcsException(
                    KpcsException.Stage.CONNECTION,
                    "NO_PROFILE",
                    "no client profile for organisation " + org + " at " + file
                            + "; is the network up (network/kpnet up), or is --network-home right?",
                    e);
        } catch (IOException | RuntimeException e) {
            throw new KpcsException(
                    KpcsException.Stage.CONNECTION, "BAD_PROFILE", "cannot read client profile " + file + ": " + e, e);
        }
    }

    public String org() {
        return org;
    }

    public String mspId() {
        return mspId;
    }

    /** participant, industry or observer. */
    public String kind() {
        return kind;
    }

    public PeerEndpoint peer() {
        return peer;
    }

    public UserCredentials user(final String name) {
        final UserCredentials user = users.get(name);
        if (user == null) {
            throw new KpcsException(
                    KpcsException.Stage.CONNECTION,
                    "NO_SUCH_USER",
                    "organisation " + org + " has no enrolled user '" + name + "'; its users are " + users.keySet()
                            + " (network/kpnet enroll adds one)",
                    null);
        }
        return user;
    }

    public Map<String, UserCredentials> users() {
        return users;
    }

    /** Where a peer listens and how to trust its TLS certificate. */
    public record PeerEndpoint(String endpoint, String hostAlias, Path tlsRootCert) {}

    /** A user's enrollment certificate and private key (PEM files) and its kp.role. */
    public record UserCredentials(Path cert, Path key, String role) {}
}
