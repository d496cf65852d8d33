package org.kpcs.gateway.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.kpcs.gateway.client.InputException;
import org.kpcs.gateway.index.LedgerIndex;
import org.kpcs.protos.ErrorCode;
import picocli.CommandLine.Option;

/**
 * Where the organisation's index is: {@code --index-url} (SQLite by default, or a PostgreSQL server) and the
 * login for a server, read from a file or the environment so that no password is on a command line.
 */
final class IndexOptions {
    static final String USER_VARIABLE = "KPCS_INDEX_USER";
    static final String PASSWORD_VARIABLE = "KPCS_INDEX_PASSWORD";

    @Option(
            names = "--index-url",
            paramLabel = "URL",
            description = "JDBC URL of the index: jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DATABASE."
                    + " Default: the organisation's SQLite file, orgs/ORG/index/ledger-index.db in the network home")
    String url;

    @Option(
            names = "--index-credentials",
            paramLabel = "FILE",
            defaultValue = "${env:KPCS_INDEX_CREDENTIALS}",
            description = "Properties file with the database login (user=..., password=...) for a PostgreSQL index."
                    + " Default: $KPCS_INDEX_CREDENTIALS, else $KPCS_INDEX_USER and $KPCS_INDEX_PASSWORD")
    Path credentials;

    /** Opens the index for the chosen organisation (migrating its schema when needed). */
    LedgerIndex open(final Kpcs root) {
        return root.openIndex(url, login(System.getenv()));
    }

    /** The login from the credentials file when given, else from the environment; NONE when neither has one. */
    LedgerIndex.Login login(final Map<String, String> environment) {
        if (credentials != null) {
            final Properties file = new Properties();
            try (Reader in = Files.newBufferedReader(credentials, StandardCharsets.UTF_8)) {
                file.load(in);
            } catch (IOException e) {
                throw new InputException(
                        ErrorCode.INVALID_ARGUMENT,
                        "could not read the index's credentials file " + credentials + ": " + e.getMessage(),
                        e);
            }
            final String user = file.getProperty("user");
            if (user == null || user.isBlank()) {
                throw new InputException(
                        ErrorCode.INVALID_ARGUMENT,
                        "the index's credentials file " + credentials + " has no user=...: write user=NAME and"
                                + " password=SECRET, one a line",
                        null);
            }
            return new LedgerIndex.Login(user.strip(), file.getProperty("password"));
        }
        final String user = environment.get(USER_VARIABLE);
        return user == null || user.isBlank()
                ? LedgerIndex.Login.NONE
                : new LedgerIndex.Login(user, environment.get(PASSWORD_VARIABLE));
    }
}
