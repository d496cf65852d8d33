package org.kpcs.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgProfileTest {
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
        final OrgProfile profile = OrgProfile.load(home, "ae");
        assertThat(profile.mspId()).isEqualTo("AEMSP");
        assertThat(profile.kind()).isEqualTo("participant");
        assertThat(profile.peer().endpoint()).isEqualTo("127.0.0.1:7061");
        assertThat(profile.peer().hostAlias()).isEqualTo("peer0.ae.kimberley.local");
        assertThat(profile.user("importer").role()).isEqualTo("importing-authority");
        assertThat(profile.user("importer").key()).isEqualTo(Path.of("/x/key.pem"));
    }

    @Test
    void a_missing_profile_says_to_bring_the_network_up() {
        final KpcsException e = catchThrowableOfType(KpcsException.class, () -> OrgProfile.load(home, "BW"));
        assertThat(e.code()).isEqualTo("NO_PROFILE");
        assertThat(e.getMessage()).contains("kpnet up");
    }

    @Test
    void an_unknown_user_lists_the_enrolled_ones() throws IOException {
        writeProfile();
        final KpcsException e = catchThrowableOfType(
                KpcsException.class, () -> OrgProfile.load(home, "AE").user("chair"));
        assertThat(e.code()).isEqualTo("NO_SUCH_USER");
        assertThat(e.getMessage()).contains("[importer]").contains("kpnet enroll");
    }

    @Test
    void a_corrupt_profile_is_a_clear_error() throws IOException {
        Files.createDirectories(home.resolve("profiles"));
        Files.writeString(home.resolve("profiles/IN.json"), "{\"org\":");
        final KpcsException e = catchThrowableOfType(KpcsException.class, () -> OrgProfile.load(home, "IN"));
        assertThat(e.code()).isEqualTo("BAD_PROFILE");
    }
}
