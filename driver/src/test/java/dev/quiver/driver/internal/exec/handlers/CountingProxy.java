package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.proto.milvus.MilvusServiceGrpc;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback gRPC server on an ephemeral port that forwards every MilvusService call to an engine channel and
 * counts calls per method (and keeps the requests), so tests can assert how many RPCs a statement sent.
 */
public final class CountingProxy implements AutoCloseable {
    private final Server server;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Object> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Object, Object>> answers = new ConcurrentHashMap<>();

    public CountingProxy(Channel engine) throws IOException {
        ServiceDescriptor descriptor = MilvusServiceGrpc.getServiceDescriptor();
        ServerServiceDefinition.Builder service = ServerServiceDefinition.builder(descriptor);
        for (MethodDescriptor<?, ?> method : descriptor.getMethods()) {
            add(service, method, engine);
        }
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(service.build())
                .maxInboundMessageSize(Integer.MAX_VALUE).build().start();
    }

    @SuppressWarnings("unchecked")
    private <Q, R> void add(ServerServiceDefinition.Builder service, MethodDescriptor<?, ?> m, Channel engine) {
        MethodDescriptor<Q, R> method = (MethodDescriptor<Q, R>) m;
        service.addMethod(method, ServerCalls.asyncUnaryCall((request, observer) -> {
            counts.computeIfAbsent(method.getBareMethodName(), k -> new AtomicInteger()).incrementAndGet();
            requests.add(request);
            Function<Object, Object> answer = answers.get(method.getBareMethodName());
            Object response = answer == null ? null : answer.apply(request);
            if (response != null) {
                observer.onNext((R) response);
                observer.onCompleted();
                return;
            }
            ClientCalls.asyncUnaryCall(engine.newCall(method, CallOptions.DEFAULT), request, observer);
        }));
    }

    public String url() {
        return "jdbc:milvus://127.0.0.1:" + server.getPort();
    }

    /** How many times {@code method} (e.g. {@code Insert}) was called. */
    public int count(String method) {
        AtomicInteger c = counts.get(method);
        return c == null ? 0 : c.get();
    }

    /** Every request received, in order. */
    public List<Object> requests() {
        return List.copyOf(requests);
    }

    /**
     * Answers {@code method} with {@code answer(request)} instead of forwarding it; a null answer forwards. For
     * simulating a server that never finishes loading or that rate-limits.
     */
    public void answer(String method, Function<Object, Object> answer) {
        answers.put(method, answer);
    }

    public void reset() {
        counts.clear();
        requests.clear();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
