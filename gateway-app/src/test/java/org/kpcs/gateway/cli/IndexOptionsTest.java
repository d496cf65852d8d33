package org.kpcs.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.index.LedgerIndex;

class IndexOptionsTest {
    @TempDir
    Path folder;

    private final IndexOptions options = new IndexOptions();

    @Test
    void the_credentials_file_gives_the_login_before_the_environment() throws Exception {
        options.credentials = Files.writeString(
                folder.resolve("index.properties"), "user = kpcs_bw\npassword=s3cret\n", StandardCharsets.UTF_8);

        assertThat(options.login(Map.of("KPCS_INDEX_USER", "other", "KPCS_INDEX_PASSWORD", "x")))
                .isEqualTo(new LedgerIndex.Login("kpcs_bw", "s3cret"));
    }

    @Test
    void without_a_file_the_environment_gives_it_and_without_either_there_is_none() {
        assertThat(options.login(Map.of("KPCS_INDEX_USER", "kpcs_bw", "KPCS_INDEX_PASSWORD", "s3cret")))
                .isEqualTo(new LedgerIndex.Login("kpcs_bw", "s3cret"));
        assertThat(options.login(Map.of("KPCS_INDEX_PASSWORD", "s3cret"))).isEqualTo(LedgerIndex.Login.NONE);
    }

    @Test
    void a_file_without_a_user_or_missing_is_refused_saying_what_to_write() throws Exception {
        options.credentials = Files.writeString(folder.resolve("index.properties"), "password=s3cret\n");
        assertThatThrownBy(() -> options.login(Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("write user=NAME and password=SECRET")
                .hasMessageNotContaining("s3cret");

        options.credentials = folder.resolve("missing.properties");
        assertThatThrownBy(() -> options.login(Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("could not read the index's credentials file");
    }

    @Test
    void a_login_never_prints_its_password() {
        assertThat(new LedgerIndex.Login("kpcs_bw", "s3cret").toString()).isEqualTo("user kpcs_bw with a password");
    }
}
