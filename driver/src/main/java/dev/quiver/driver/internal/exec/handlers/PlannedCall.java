package dev.quiver.driver.internal.exec.handlers;

import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import java.util.Objects;

/**
 * One RPC a statement would send: the method, its request, and a note (why, or what happens between calls, e.g.
 * "repeated until GetLoadState answers Loaded").
 */
record PlannedCall(MethodDescriptor<?, ?> method, Message request, String note) {
    PlannedCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(note, "note");
    }

    static PlannedCall of(MethodDescriptor<?, ?> method, Message request) {
        return new PlannedCall(method, request, "");
    }

    /** The RPC's short name, e.g. {@code Flush}. */
    String rpcName() {
        String full = method.getFullMethodName();
        return full.substring(full.lastIndexOf('/') + 1);
    }
}
