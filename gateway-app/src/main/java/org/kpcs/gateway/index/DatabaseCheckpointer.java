package org.kpcs.gateway.index;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.Checkpointer;

/**
 * fabric-gateway's {@link Checkpointer} kept in the index's own {@code checkpoint} row. Its writes join the
 * connection's open transaction, so a block's rows and the checkpoint after it commit together or not at all:
 * a service killed at any moment resumes at the first block whose rows it does not have.
 */
final class DatabaseCheckpointer implements Checkpointer {
    private final Connection connection;

    DatabaseCheckpointer(final Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public OptionalLong getBlockNumber() {
        try (PreparedStatement select = connection.prepareStatement("SELECT next_block FROM checkpoint WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            throw IndexDatabase.failure("read the checkpoint", e);
        }
    }

    @Override
    public Optional<String> getTransactionId() {
        try (PreparedStatement select = connection.prepareStatement("SELECT tx_id FROM checkpoint WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw IndexDatabase.failure("read the checkpoint", e);
        }
    }

    /** Every transaction of the block is in the index: the next block is where to resume. */
    @Override
    public void checkpointBlock(final long blockNumber) throws IOException {
        save(blockNumber + 1, null);
    }

    @Override
    public void checkpointTransaction(final long blockNumber, final String transactionId) throws IOException {
        save(blockNumber, Objects.requireNonNull(transactionId, "transactionId"));
    }

    @Override
    public void checkpointChaincodeEvent(final ChaincodeEvent event) throws IOException {
        checkpointTransaction(event.getBlockNumber(), event.getTransactionId());
    }

    private void save(final long nextBlock, final String txId) throws IOException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE checkpoint SET next_block = ?, tx_id = ? WHERE id = 1")) {
            update.setLong(1, nextBlock);
            update.setString(2, txId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("could not write the index's checkpoint: " + e.getMessage(), e);
        }
    }
}
