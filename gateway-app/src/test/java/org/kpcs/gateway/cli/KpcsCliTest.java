package org.kpcs.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own behaviour, without a network: usage, input errors and exit codes. */
class KpcsCliTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(final String... args) {
        return Kpcs.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void help_lists_the_command_groups() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("participant")
                .contains("cert")
                .contains("custody")
                .contains("events");
    }

    @Test
    void a_missing_option_is_a_usage_error() {
        assertThat(run("cert", "confirm", "BW-1", "--parcels", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required options");
    }

    @Test
    void a_seal_state_is_required_for_arrival() {
        assertThat(run("custody", "arrive", "BW-1", "--container", "C1")).isEqualTo(2);
        assertThat(err.toString()).contains("--seal-intact").contains("--seal-broken");
    }

    @Test
    void no_network_is_a_connection_error_that_says_what_to_do() {
        assertThat(run("participant", "list", "--network-home", home.toString()))
                .isEqualTo(3);
        assertThat(err.toString()).contains("[NO_PROFILE]").contains("kpnet up");
    }

    @Test
    void errors_in_json_mode_are_one_json_document_on_stdout() {
        assertThat(run("participant", "list", "--network-home", home.toString(), "--json"))
                .isEqualTo(3);
        assertThat(out.toString()).contains("\"stage\":\"CONNECTION\"").contains("\"code\":\"NO_PROFILE\"");
    }

    @Test
    void an_unknown_status_is_refused_before_anything_is_sent() {
        assertThat(run(
                        "participant",
                        "propose-status",
                        "IN",
                        "EXPELLED",
                        "--reason",
                        "x",
                        "--network-home",
                        home.toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("[INVALID_ARGUMENT]")
                .contains("ACTIVE")
                .doesNotContain("NO_PROFILE");
    }

    @Test
    void a_carat_weight_finer_than_the_ledger_keeps_is_an_input_error() {
        assertThat(run(
                        "cert",
                        "confirm",
                        "BW-1",
                        "--parcels",
                        "3",
                        "--carats",
                        "1.0005",
                        "--received",
                        "2026-03-02",
                        "--details",
                        home.resolve("d.json").toString(),
                        "--network-home",
                        home.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("refused at input").contains("thousandths of a carat");
    }

    @Test
    void an_unreadable_founders_file_is_an_input_error() {
        assertThat(run(
                        "participant",
                        "bootstrap",
                        "--founders",
                        home.resolve("none.json").toString(),
                        "--network-home",
                        home.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("[FOUNDERS_FILE]").doesNotContain("NO_PROFILE");
    }
}
