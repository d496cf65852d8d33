package org.kpcs.gateway.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kpcs.gateway.index.LedgerIndex;

/**
 * A PostgreSQL server of a test class's own, from Debian's packages ({@code /usr/lib/postgresql/VERSION/bin}, or
 * {@code $KP_PG_BIN}): initdb into a new temporary folder, {@code postgres} on a free loopback port with password
 * login (SCRAM), stopped and removed after the class. PostgreSQL refuses to run as root, so as root (CI) it
 * runs as Debian's {@code postgres} user, which owns the folder.
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback {
    public static final String USER = "kpcs";

    private final String password = newPassword();
    private Path folder;
    private Path bin;
    private int port;

    @Override
    public void beforeAll(final ExtensionContext context) throws Exception {
        bin = binaries();
        folder = Files.createTempDirectory("kpcs-postgres-");
        Files.writeString(folder.resolve("password"), password + "\n", StandardCharsets.UTF_8);
        if (root()) {
            final UserPrincipal postgres =
                    folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(folder, postgres);
            Files.setOwner(folder.resolve("password"), postgres);
        }
        port = freePort();
        run(
                "initdb",
                "-D",
                data(),
                "-U",
                USER,
                "--auth=scram-sha-256",
                "--pwfile=" + folder.resolve("password"),
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync");
        run(
                "pg_ctl",
                "-D",
                data(),
                "-l",
                folder.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-c listen_addresses=127.0.0.1 -p " + port + " -k " + folder,
                "start");
    }

    @Override
    public void afterAll(final ExtensionContext context) throws Exception {
        if (folder == null) {
            return;
        }
        try {
            run("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** A new, empty database on the server: its JDBC URL, without the login. */
    public String createDatabase(final String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, password);
                Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    /** The URL with the login in it, for the test's own reads (never given to kpcs, never printed). */
    public String withLogin(final String url) {
        return url + "?user=" + USER + "&password=" + password;
    }

    /** The login kpcs gets, as from --index-credentials. */
    public LedgerIndex.Login login() {
        return new LedgerIndex.Login(USER, password);
    }

    /** A credentials file for kpcs's --index-credentials, in FOLDER. */
    public Path credentials(final Path in) throws IOException {
        return Files.writeString(
                in.resolve("index-credentials.properties"),
                "user=" + USER + "\npassword=" + password + "\n",
                StandardCharsets.UTF_8);
    }

    private String url(final String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private String data() {
        return folder.resolve("data").toString();
    }

    private void run(final String program, final String... args) throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>();
        if (root()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        final Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve(program + ".out").toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    program + " failed: " + Files.readString(folder.resolve(program + ".out"), StandardCharsets.UTF_8));
        }
    }

    private static Path binaries() throws IOException {
        final String given = System.getenv("KP_PG_BIN");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        final Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                final List<Path> found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("postgres")))
                        .sorted(Comparator.comparing(b -> Integer.parseInt(
                                b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                        .toList();
                if (!found.isEmpty()) {
                    return found.get(found.size() - 1);
                }
            }
        }
        throw new IllegalStateException("no PostgreSQL server under /usr/lib/postgresql: install Debian's"
                + " package (apt-get install postgresql; scripts/test.sh does as root) or set KP_PG_BIN");
    }

    private static String newPassword() {
        final byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
