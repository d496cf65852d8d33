package org.kpcs.gateway.e2e;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.kpcs.gateway.cli.Kpcs;

/** {@code kpcs serve} as an operator runs it: its own JVM, stopped with SIGKILL; and the index it writes. */
final class ServeProcess {
    private static final Path ROOT = Path.of(System.getProperty("kpcs.root", "."));

    private ServeProcess() {}

    /** Starts {@code kpcs serve} for ORG in its own process, appending its log to LOG; EXTRA are more options. */
    static Process start(final String org, final String user, final String url, final Path log, final String... extra) {
        final List<String> command = new ArrayList<>(List.of(
                "java",
                "-jar",
                ROOT.resolve("gateway-app/target/kpcs.jar").toString(),
                "--org",
                org,
                "--user",
                user,
                "serve",
                "--index-url",
                url));
        command.addAll(List.of(extra));
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no rollback but the database's own. */
    static void kill(final Process process) throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Runs the CLI in this JVM; returns what it printed, failing on a non-zero exit. */
    static String kpcs(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int code = Kpcs.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        if (code != 0) {
            throw new IllegalStateException("kpcs " + String.join(" ", args) + " exited " + code + ": " + err + out);
        }
        return out.toString();
    }

    /** The next block the index will read, straight from its checkpoint row. */
    static long nextBlock(final String url) {
        final List<String> row = rows(url, "SELECT next_block FROM checkpoint");
        return row.isEmpty() ? 0 : Long.parseLong(row.get(0));
    }

    /** Every row of every table the index keeps (Flyway's own history aside), in a fixed order; URL with its login. */
    static List<String> dump(final String url) {
        final List<String> all = new ArrayList<>();
        for (String table : List.of("index_owner", "checkpoint", "certificate", "receipt", "commercial_value")) {
            all.add("# " + table);
            // sorted here, not by the database: SQLite and PostgreSQL may collate text differently
            all.addAll(rows(url, "SELECT * FROM " + table).stream().sorted().toList());
        }
        return all;
    }

    static List<String> rows(final String url, final String query) {
        final List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement select = connection.createStatement();
                ResultSet row = select.executeQuery(query)) {
            final int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                final StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(i == 1 ? "" : "|").append(row.getString(i));
                }
                rows.add(line.toString());
            }
        } catch (SQLException e) {
            // a table not yet created (the service is still migrating) reads as empty
            final String message = String.valueOf(e.getMessage());
            if (!message.contains("no such table") && !message.matches("(?s).*relation .* does not exist.*")) {
                throw new IllegalStateException(query + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }
}
