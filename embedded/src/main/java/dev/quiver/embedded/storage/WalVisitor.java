package dev.quiver.embedded.storage;

import java.io.IOException;

/** Receives the records of a {@link WriteAheadLog#replay(long, WalVisitor)}, in log sequence order. */
@FunctionalInterface
public interface WalVisitor {
    /**
     * Visits one record.
     *
     * @param lsn     the record's log sequence number
     * @param type    the type byte given to {@link WriteAheadLog#append(byte, byte[])}
     * @param payload a fresh copy of the payload, owned by the visitor
     * @throws IOException to stop the replay; it propagates out of {@code replay}
     */
    void visit(long lsn, byte type, byte[] payload) throws IOException;
}
