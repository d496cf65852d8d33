package org.kpcs.gateway.cli;

import java.nio.file.Path;
import java.util.Map;
import org.kpcs.gateway.index.IndexLogins;
import org.kpcs.gateway.index.LedgerIndex;
import picocli.CommandLine.Option;

/**
 * Where the organisation's index is: {@code --index-url} (SQLite by default, or a PostgreSQL server) and the
 * login for a server, read from a file or the environment so that no password is on a command line.
 */
final class IndexOptions {
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

    /** The login from the credentials file when given, else from the environment ({@link IndexLogins}). */
    LedgerIndex.Login login(final Map<String, String> environment) {
        return IndexLogins.of(credentials, environment);
    }
}
