package org.kpcs.chaincode.ledger;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.contract.annotation.Serializer;
import org.hyperledger.fabric.contract.execution.JSONTransactionSerializer;
import org.hyperledger.fabric.contract.execution.SerializerInterface;
import org.hyperledger.fabric.contract.metadata.TypeSchema;

/**
 * Passes {@code byte[]} arguments and results through untouched, so transactions take and return
 * deterministically serialised protobuf messages; strings travel as UTF-8. Other types fall back to the
 * contract API's JSON serializer.
 */
@Serializer(target = Serializer.TARGET.TRANSACTION)
public final class ProtoSerializer implements SerializerInterface {
    private final JSONTransactionSerializer json = new JSONTransactionSerializer();

    @Override
    public byte[] toBuffer(final Object value, final TypeSchema ts) {
        if (value == null) {
            return new byte[0];
        }
        if (value instanceof byte[]) {
            return (byte[]) value;
        }
        if (value instanceof String) {
            return ((String) value).getBytes(StandardCharsets.UTF_8);
        }
        return json.toBuffer(value, ts);
    }

    @Override
    public Object fromBuffer(final byte[] buffer, final TypeSchema ts) {
        if (isBytes(ts)) {
            return buffer;
        }
        if ("string".equals(ts.getType()) && ts.getFormat() == null) {
            return new String(buffer, StandardCharsets.UTF_8);
        }
        return json.fromBuffer(buffer, ts);
    }

    private static boolean isBytes(final TypeSchema ts) {
        return "array".equals(ts.getType())
                && ts.getItems() != null
                && "integer".equals(ts.getItems().getType())
                && "int8".equals(ts.getItems().getFormat());
    }
}
