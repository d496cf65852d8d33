package org.kpcs.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpcs.protos.ErrorCode;
import org.kpcs.protos.NetworkProfile;
import org.kpcs.protos.OrgProfile;

class ProfilesTest {
    @TempDir
    Path home;

    private void writeProfile() throws IOException {
        Files.createDirectories(home.resolve("profiles"));
        Files.writeString(
                home.resolve("profiles/AE.json"),
                "{\"org\":\"AE\",\"mspId\":\"AEMSP\",\"kind\":\"participant\",\"name\":\"United Arab Emirates\","
                        + "\"peer\":{\"endpoint\":\"127.0.0.1:7061\",\"hostAlias\":\"peer0.ae.kimberley.local\","
                        + "\"tlsRootCert\":\"/x/ca.pem\"},"
                        + "\"users\":{\"importer\":{\"cert\":\"/x/cert.pem\",\"key\":\"/x/key.pem\","
                        + "\"role\":\"importing-authority\"}}}");
    }

    @Test
    void reads_the_profile_the_network_script_writes() throws IOException {
        writeProfile();
        final OrgProfile profile = Profiles.org(home, "ae");
        assertThat(profile.getMspId()).isEqualTo("AEMSP");
        assertThat(profile.getKind()).isEqualTo("participant");
        assertThat(profile.getPeer().getEndpoint()).isEqualTo("127.0.0.1:7061");
        assertThat(profile.getPeer().getHostAlias()).isEqualTo("peer0.ae.kimberley.local");
        assertThat(Profiles.user(profile, "importer").getRole()).isEqualTo("importing-authority");
        assertThat(Profiles.user(profile, "importer").getKey()).isEqualTo("/x/key.pem");
    }

    @Test
    void the_channel_and_chaincode_come_from_the_networks_profile() throws IOException {
        Files.writeString(
                home.resolve("network.json"),
                "{\"channel\":\"trade\",\"chaincode\":\"kp2\",\"participants\":[\"BW\"],\"orgs\":[\"BW\"],"
                        + "\"chair\":\"BW\",\"added\":\"later\"}");
        final NetworkProfile network = Profiles.network(home);
        assertThat(network.getChannel()).isEqualTo("trade");
        assertThat(network.getChaincode()).isEqualTo("kp2");
    }

    @Test
    void a_missing_profile_says_to_bring_the_network_up() {
        final KpcsException e = catchThrowableOfType(KpcsException.class, () -> Profiles.org(home, "BW"));
        assertThat(e.code()).isEqualTo(ErrorCode.NO_PROFILE);
        assertThat(e.getMessage()).contains("kpnet up");
    }

    @Test
    void an_unknown_user_lists_the_enrolled_ones() throws IOException {
        writeProfile();
        final KpcsException e =
                catchThrowableOfType(KpcsException.class, () -> Profiles.user(Profiles.org(home, "AE"), "chair"));
        assertThat(e.code()).isEqualTo(ErrorCode.NO_SUCH_USER);
        assertThat(e.getMessage()).contains("[importer]").contains("kpnet enroll");
    }

    @Test
    void a_corrupt_profile_is_a_clear_error() throws IOException {
        Files.createDirectories(home.resolve("profiles"));
        Files.writeString(home.resolve("profiles/IN.json"), "{\"org\":");
        final KpcsException e = catchThrowableOfType(KpcsException.class, () -> Profiles.org(home, "IN"));
        assertThat(e.code()).isEqualTo(ErrorCode.BAD_PROFILE);
    }
}
