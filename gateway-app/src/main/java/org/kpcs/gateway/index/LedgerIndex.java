package org.kpcs.gateway.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's off-chain index of the ledger (KPCS Section V(b), Annex II 3: a computerised database),
 * kept by {@code kpcs serve} from the blocks its peer committed. It holds every Certificate's public state, its
 * import receipt, the values from the organisation's own private details, and the checkpoint: the next block
 * to read, written in the same database transaction as the rows of the blocks before it.
 */
public interface LedgerIndex extends AutoCloseable {
    /** The embedded default: a SQLite file, created with its folder when missing. */
    static String sqliteUrl(final Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /**
     * Opens the index at a JDBC URL for the organisation, migrating its schema (Flyway) when needed. An index
     * another organisation or channel built is refused: its values came from someone else's private data.
     */
    static LedgerIndex open(final String jdbcUrl, final Owner owner) {
        return IndexDatabase.open(jdbcUrl, Login.NONE, owner);
    }

    /** The same, logging in to a database server (PostgreSQL) with LOGIN. */
    static LedgerIndex open(final String jdbcUrl, final Login login, final Owner owner) {
        return IndexDatabase.open(jdbcUrl, login, owner);
    }

    /** Who the database server knows the service as: never printed, never part of the URL that is logged. */
    record Login(String user, String password) {
        /** No login: SQLite, or a server that takes the URL's own parameters. */
        public static final Login NONE = new Login(null, null);

        @Override
        public String toString() {
            return user == null ? "no login" : "user " + user + (password == null ? "" : " with a password");
        }
    }

    /** Whose index this is: the values in it come from this organisation's own collection. */
    record Owner(String mspId, String channel, String chaincode) {}

    Owner owner();

    /** The next block to read: every block below it is in the index. */
    long nextBlock();

    /**
     * The Certificates exported by the Participant and issued between the dates, and those imported by it with
     * receipt confirmed or disputed between them (inclusive), voided ones included.
     */
    List<Shipment> shipments(String participant, LocalDate from, LocalDate to);

    @Override
    void close();
}
