package org.kpcs.gateway.client;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Parser;
import org.kpcs.protos.ErrorCode;

/** Decodes the chaincode's answers: every transaction returns one kpcs.v1 protobuf message. */
public final class Responses {
    private Responses() {}

    public static <T> T parse(final byte[] bytes, final Parser<T> parser) {
        try {
            return parser.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new ConnectionException(
                    ErrorCode.BAD_RESPONSE,
                    "the chaincode answered with something that is not the expected kpcs.v1 message; are the client"
                            + " and the chaincode the same version?",
                    e);
        }
    }
}
