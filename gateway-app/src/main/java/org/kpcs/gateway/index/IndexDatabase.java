package org.kpcs.gateway.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.kpcs.gateway.client.IndexException;

/**
 * The index in a JDBC database (SQLite by default, or PostgreSQL), its schema kept by Flyway migrations in
 * db/index, plain SQL that both accept.
 */
final class IndexDatabase implements LedgerIndex {
    /** Flyway reports each migration at INFO: noise on a command line and in the service's log. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Connection connection;
    private final Owner owner;
    private final DatabaseCheckpointer checkpointer;

    private IndexDatabase(final Connection connection, final Owner owner) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.checkpointer = new DatabaseCheckpointer(connection);
    }

    static IndexDatabase open(final String jdbcUrl, final Login login, final Owner owner) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(owner, "owner");
        createFolder(jdbcUrl);
        try {
            Flyway.configure()
                    .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                    .dataSource(jdbcUrl, login.user(), login.password())
                    .locations("classpath:db/index")
                    .load()
                    .migrate();
            final Connection connection = DriverManager.getConnection(jdbcUrl, login.user(), login.password());
            if (jdbcUrl.startsWith("jdbc:sqlite:")) {
                try (Statement pragma = connection.createStatement()) {
                    // readers (kpcs stats) never block the writer; every commit is on disk before it returns
                    pragma.execute("PRAGMA journal_mode=WAL");
                    pragma.execute("PRAGMA synchronous=FULL");
                    pragma.execute("PRAGMA busy_timeout=10000");
                }
            }
            final IndexDatabase index = new IndexDatabase(connection, owner);
            index.claim();
            return index;
        } catch (SQLException | org.flywaydb.core.api.FlywayException e) {
            throw failure("open " + redacted(jdbcUrl), e);
        }
    }

    /** The URL as it may be printed: a password given in it (rather than by a login) shows as ***. */
    static String redacted(final String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    static IndexException failure(final String what, final Exception cause) {
        return new IndexException(
                "could not " + what + ": " + cause.getMessage()
                        + ". The index can be rebuilt from block 0: stop kpcs serve, remove it and start again",
                cause);
    }

    private static void createFolder(final String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:") && !jdbcUrl.contains(":memory:")) {
            final Path parent =
                    Path.of(jdbcUrl.substring("jdbc:sqlite:".length())).getParent();
            try {
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw failure("create the index's folder " + parent, e);
            }
        }
    }

    /** Records the owner on first use; refuses an index that another organisation or channel built. */
    private void claim() throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT msp_id, channel, chaincode FROM index_owner");
                ResultSet row = select.executeQuery()) {
            if (row.next()) {
                final Owner found = new Owner(row.getString(1), row.getString(2), row.getString(3));
                if (!found.equals(owner)) {
                    throw new IndexException(
                            "this index was built for " + found + ", not " + owner
                                    + ": give each organisation its own index",
                            null);
                }
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO index_owner (id, msp_id, channel, chaincode) VALUES (1, ?, ?, ?)")) {
            insert.setString(1, owner.mspId());
            insert.setString(2, owner.channel());
            insert.setString(3, owner.chaincode());
            insert.executeUpdate();
        }
    }

    DatabaseCheckpointer checkpointer() {
        return checkpointer;
    }

    @Override
    public Owner owner() {
        return owner;
    }

    @Override
    public long nextBlock() {
        return checkpointer.getBlockNumber().orElse(0);
    }

    /** Writes a block's rows and the checkpoint after it in one database transaction. */
    void apply(final BlockChanges changes) {
        try {
            connection.setAutoCommit(false);
            try {
                IndexRows.write(connection, changes);
                checkpointer.checkpointBlock(changes.blockNumber());
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | IOException e) {
            throw failure("index block " + changes.blockNumber(), e);
        }
    }

    @Override
    public List<Shipment> shipments(final String participant, final LocalDate from, final LocalDate to) {
        try {
            return IndexRows.shipments(connection, participant, from, to);
        } catch (SQLException e) {
            throw failure("read the index", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the index", e);
        }
    }
}
