package org.kpcs.gateway.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kpcs.gateway.client.IndexException;
import org.kpcs.gateway.e2e.PostgresServer;

/**
 * The index's tests of {@link IndexDatabaseTest} on a real PostgreSQL server (Debian's, started by the test): the
 * same migrations, the same rows, and a block's rows and checkpoint in one transaction. An end-to-end test
 * because it needs the server that scripts/test.sh installs; it needs no Fabric network.
 */
class IndexDatabasePostgresE2E extends IndexDatabaseTest {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private String database;

    @Override
    String newIndexUrl(final Path in) throws SQLException {
        database = POSTGRES.createDatabase("index_test_" + DATABASES.incrementAndGet());
        return database;
    }

    @Override
    LedgerIndex.Login login() {
        return POSTGRES.login();
    }

    @Override
    Connection another() throws SQLException {
        return DriverManager.getConnection(POSTGRES.withLogin(database));
    }

    @Override
    String failEveryReceipt() {
        return "CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;"
                + " CREATE TRIGGER disk_full BEFORE INSERT ON receipt FOR EACH ROW EXECUTE FUNCTION disk_full()";
    }

    @Override
    String dropTheFailure() {
        return "DROP TRIGGER disk_full ON receipt";
    }

    @Test
    void a_wrong_password_is_refused_naming_the_url_and_never_the_password() {
        assertThatThrownBy(() ->
                        LedgerIndex.open(database, new LedgerIndex.Login(PostgresServer.USER, "not-the-password"), BW))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining(database)
                .hasMessageContaining("password authentication failed")
                .hasMessageNotContaining("not-the-password");
        assertThat(new LedgerIndex.Login(PostgresServer.USER, "not-the-password").toString())
                .doesNotContain("not-the-password");
    }
}
