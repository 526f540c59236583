package dev.quiver.driver;

import dev.quiver.proto.milvus.CheckHealthRequest;
import dev.quiver.proto.milvus.CheckHealthResponse;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.ConnectRequest;
import dev.quiver.proto.milvus.ConnectResponse;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.DescribeIndexRequest;
import dev.quiver.proto.milvus.DescribeIndexResponse;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.GetLoadStateRequest;
import dev.quiver.proto.milvus.GetLoadStateResponse;
import dev.quiver.proto.milvus.GetLoadingProgressRequest;
import dev.quiver.proto.milvus.GetLoadingProgressResponse;
import dev.quiver.proto.milvus.GetVersionRequest;
import dev.quiver.proto.milvus.GetVersionResponse;
import dev.quiver.proto.milvus.IndexDescription;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.ListDatabasesResponse;
import dev.quiver.proto.milvus.LoadState;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import dev.quiver.proto.milvus.ShowCollectionsResponse;
import dev.quiver.proto.milvus.Status;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scriptable MilvusService for tests: a few databases and collections, programmable rate limiting, delays and
 * hangs, and a record of the headers each call carried. Runs in-process or on a loopback Netty port.
 */
public final class FakeMilvusServer extends MilvusServiceGrpc.MilvusServiceImplBase implements AutoCloseable {
    public static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    public static final Metadata.Key<String> DBNAME = Metadata.Key.of("dbname", Metadata.ASCII_STRING_MARSHALLER);
    public static final Metadata.Key<String> IDENTIFIER = Metadata.Key.of("identifier", Metadata.ASCII_STRING_MARSHALLER);

    public final Set<String> databases = new CopyOnWriteArraySet<>(List.of("default", "other"));
    public final Map<String, CollectionSchema> collections = new ConcurrentHashMap<>();
    public final Map<String, LoadState> loadStates = new ConcurrentHashMap<>();
    public final Map<String, Metadata> lastHeaders = new ConcurrentHashMap<>();
    public final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    /** How many more ListDatabases calls answer "rate limit exceeded" (code 8). */
    public final AtomicInteger rateLimitListDatabases = new AtomicInteger();
    /** How long GetVersion waits before answering. */
    public volatile Duration versionDelay = Duration.ZERO;
    /** When set, every Query after the first waits for the latch to open before answering. */
    public volatile CountDownLatch queryGate;
    /** When set, CheckHealth never answers until the latch opens. */
    public volatile CountDownLatch healthGate;
    public volatile String expectedAuthorization;
    public volatile String version = "v2.5.4";
    public final AtomicInteger connects = new AtomicInteger();

    private Server server;
    private String inProcessName;

    public FakeMilvusServer() {
        collections.put("default/films", CollectionSchema.newBuilder().setName("films")
                .addFields(dev.quiver.proto.milvus.FieldSchema.newBuilder().setFieldID(100).setName("id")
                        .setDataType(dev.quiver.proto.milvus.DataType.Int64).setIsPrimaryKey(true).setAutoID(true))
                .addFields(dev.quiver.proto.milvus.FieldSchema.newBuilder().setFieldID(101).setName("title")
                        .setDataType(dev.quiver.proto.milvus.DataType.VarChar).setNullable(true).setDescription("the title")
                        .addTypeParams(dev.quiver.proto.milvus.KeyValuePair.newBuilder().setKey("max_length").setValue("256")))
                .addFields(dev.quiver.proto.milvus.FieldSchema.newBuilder().setFieldID(102).setName("embedding")
                        .setDataType(dev.quiver.proto.milvus.DataType.FloatVector)
                        .addTypeParams(dev.quiver.proto.milvus.KeyValuePair.newBuilder().setKey("dim").setValue("5")))
                .build());
        collections.put("other/books", CollectionSchema.newBuilder().setName("books").build());
        loadStates.put("default/films", LoadState.LoadStateLoaded);
    }

    /** Starts on 127.0.0.1 with an ephemeral port; returns the port. */
    public int startNetty() throws IOException {
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(ServerInterceptors.intercept(this, recorder()))
                .build().start();
        return server.getPort();
    }

    /** Starts on 127.0.0.1 with an ephemeral port, speaking TLS with {@code sslContext}; returns the port. */
    public int startNettyTls(SslContext sslContext) throws IOException {
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .sslContext(sslContext)
                .addService(ServerInterceptors.intercept(this, recorder()))
                .build().start();
        return server.getPort();
    }

    /** Starts in-process; returns a channel to it. */
    public ManagedChannel startInProcess() throws IOException {
        inProcessName = "fake-milvus-" + UUID.randomUUID();
        server = InProcessServerBuilder.forName(inProcessName)
                .addService(ServerInterceptors.intercept(this, recorder())).build().start();
        return InProcessChannelBuilder.forName(inProcessName).build();
    }

    public int callCount(String method) {
        AtomicInteger c = calls.get(method);
        return c == null ? 0 : c.get();
    }

    private ServerInterceptor recorder() {
        return new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                               ServerCallHandler<Q, R> next) {
                String method = call.getMethodDescriptor().getBareMethodName();
                lastHeaders.put(method, headers);
                calls.computeIfAbsent(method, k -> new AtomicInteger()).incrementAndGet();
                String expected = expectedAuthorization;
                if (expected != null && !expected.equals(headers.get(AUTHORIZATION))) {
                    call.close(io.grpc.Status.UNAUTHENTICATED.withDescription(
                            "auth check failure, please check username and password are correct"), new Metadata());
                    return new ServerCall.Listener<>() {
                    };
                }
                return next.startCall(call, headers);
            }
        };
    }

    private static Status ok() {
        return Status.newBuilder().build();
    }

    @SuppressWarnings("deprecation")
    static Status error(int code, String reason) {
        return Status.newBuilder().setCode(code).setReason(reason)
                .setErrorCode(dev.quiver.proto.milvus.ErrorCode.UnexpectedError).build();
    }

    private String db(String requested, String method) {
        if (!requested.isEmpty()) {
            return requested;
        }
        String header = lastHeaders.get(method) == null ? null : lastHeaders.get(method).get(DBNAME);
        return header == null ? "default" : header;
    }

    @Override
    public void connect(ConnectRequest request, StreamObserver<ConnectResponse> out) {
        connects.incrementAndGet();
        String db = db("", "Connect");
        ConnectResponse.Builder response = ConnectResponse.newBuilder().setIdentifier(4242);
        response.setStatus(databases.contains(db) ? ok() : error(800, "database not found[database=" + db + "]"));
        out.onNext(response.build());
        out.onCompleted();
    }

    @Override
    public void getVersion(GetVersionRequest request, StreamObserver<GetVersionResponse> out) {
        try {
            Thread.sleep(versionDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.onNext(GetVersionResponse.newBuilder().setStatus(ok()).setVersion(version).build());
        out.onCompleted();
    }

    /**
     * Answers Query from the primary keys 1, 2, ... of {@code films}: the first call returns {@code limit} rows,
     * later calls none (after waiting for {@link #queryGate}).
     */
    @Override
    public void query(QueryRequest request, StreamObserver<QueryResults> out) {
        CountDownLatch gate = queryGate;
        long limit = request.getQueryParamsList().stream().filter(p -> p.getKey().equals("limit"))
                .mapToLong(p -> Long.parseLong(p.getValue())).findFirst().orElse(10);
        LongArray.Builder ids = LongArray.newBuilder();
        if (callCount("Query") == 1) {
            for (long id = 1; id <= limit; id++) {
                ids.addData(id);
            }
        } else if (gate != null) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        out.onNext(QueryResults.newBuilder().setStatus(ok()).addFieldsData(FieldData.newBuilder().setFieldName("id")
                .setFieldId(100).setType(dev.quiver.proto.milvus.DataType.Int64)
                .setScalars(ScalarField.newBuilder().setLongData(ids))).build());
        out.onCompleted();
    }

    @Override
    public void checkHealth(CheckHealthRequest request, StreamObserver<CheckHealthResponse> out) {
        CountDownLatch gate = healthGate;
        if (gate != null) {
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        out.onNext(CheckHealthResponse.newBuilder().setStatus(ok()).setIsHealthy(true).build());
        out.onCompleted();
    }

    @Override
    public void listDatabases(ListDatabasesRequest request, StreamObserver<ListDatabasesResponse> out) {
        if (rateLimitListDatabases.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            out.onNext(ListDatabasesResponse.newBuilder().setStatus(error(8, "rate limit exceeded[rate=0.1]")).build());
        } else {
            out.onNext(ListDatabasesResponse.newBuilder().setStatus(ok()).addAllDbNames(databases).build());
        }
        out.onCompleted();
    }

    @Override
    public void showCollections(ShowCollectionsRequest request, StreamObserver<ShowCollectionsResponse> out) {
        String db = db(request.getDbName(), "ShowCollections");
        ShowCollectionsResponse.Builder response = ShowCollectionsResponse.newBuilder().setStatus(ok());
        collections.keySet().stream().filter(k -> k.startsWith(db + "/")).sorted()
                .forEach(k -> response.addCollectionNames(k.substring(db.length() + 1)));
        out.onNext(response.build());
        out.onCompleted();
    }

    @Override
    public void describeCollection(DescribeCollectionRequest request, StreamObserver<DescribeCollectionResponse> out) {
        String db = db(request.getDbName(), "DescribeCollection");
        CollectionSchema schema = collections.get(db + "/" + request.getCollectionName());
        DescribeCollectionResponse.Builder response = DescribeCollectionResponse.newBuilder();
        if (schema == null) {
            response.setStatus(error(100, "collection not found[database=" + db + "][collection="
                    + request.getCollectionName() + "]"));
        } else {
            response.setStatus(ok()).setSchema(schema).setCollectionName(schema.getName());
        }
        out.onNext(response.build());
        out.onCompleted();
    }

    @Override
    public void describeIndex(DescribeIndexRequest request, StreamObserver<DescribeIndexResponse> out) {
        String db = db(request.getDbName(), "DescribeIndex");
        DescribeIndexResponse.Builder response = DescribeIndexResponse.newBuilder();
        if (db.equals("default") && request.getCollectionName().equals("films")) {
            response.setStatus(ok()).addIndexDescriptions(IndexDescription.newBuilder().setIndexName("embedding_idx")
                    .setFieldName("embedding").setTotalRows(12)
                    .addParams(dev.quiver.proto.milvus.KeyValuePair.newBuilder().setKey("index_type").setValue("HNSW")));
        } else {
            response.setStatus(error(700, "index not found[collection=" + request.getCollectionName() + "]"));
        }
        out.onNext(response.build());
        out.onCompleted();
    }

    @Override
    public void getLoadState(GetLoadStateRequest request, StreamObserver<GetLoadStateResponse> out) {
        String db = db(request.getDbName(), "GetLoadState");
        String key = db + "/" + request.getCollectionName();
        LoadState state = !collections.containsKey(key) ? LoadState.LoadStateNotExist
                : loadStates.getOrDefault(key, LoadState.LoadStateNotLoad);
        out.onNext(GetLoadStateResponse.newBuilder().setStatus(ok()).setState(state).build());
        out.onCompleted();
    }

    @Override
    public void getLoadingProgress(GetLoadingProgressRequest request, StreamObserver<GetLoadingProgressResponse> out) {
        out.onNext(GetLoadingProgressResponse.newBuilder().setStatus(ok()).setProgress(42).build());
        out.onCompleted();
    }

    @Override
    public void close() throws InterruptedException {
        for (CountDownLatch gate : new CountDownLatch[] {healthGate, queryGate}) {
            if (gate != null) {
                gate.countDown();
            }
        }
        if (server != null) {
            server.shutdownNow();
            server.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
