package dev.quiver.embedded;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * TLS for the engine's TCP listener, as Milvus's proxy configures it: {@code common.security.tlsMode} 1 (one-way:
 * the server presents {@code tls.serverPemPath} / {@code tls.serverKeyPath}) or 2 (mutual: in addition every client
 * must present a certificate signed by {@code tls.caPemPath}, and TLS 1.3 is the minimum, as Milvus sets it). Files
 * are PEM: a certificate chain (leaf first), an unencrypted PKCS#8 private key, CA certificates. Immutable.
 */
public final class ServerTls {
    private final Path certificateChain;
    private final Path privateKey;
    private final @Nullable Path clientCa;

    private ServerTls(Path certificateChain, Path privateKey, @Nullable Path clientCa) {
        this.certificateChain = Objects.requireNonNull(certificateChain, "certificateChain");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.clientCa = clientCa;
    }

    /** {@code tlsMode: 1}: the server proves itself with {@code certificateChain} and {@code privateKey}. */
    public static ServerTls oneWay(Path certificateChain, Path privateKey) {
        return new ServerTls(certificateChain, privateKey, null);
    }

    /**
     * {@code tlsMode: 2}: as {@link #oneWay}, and a client is accepted only with a certificate that
     * {@code clientCa} (PEM CA certificates) verifies.
     */
    public static ServerTls mutual(Path certificateChain, Path privateKey, Path clientCa) {
        return new ServerTls(certificateChain, privateKey, Objects.requireNonNull(clientCa, "clientCa"));
    }

    /** Milvus's {@code common.security.tlsMode}: 1 one-way, 2 mutual. */
    public int tlsMode() {
        return clientCa == null ? 1 : 2;
    }

    /** The server's PEM certificate chain ({@code tls.serverPemPath}). */
    public Path certificateChain() {
        return certificateChain;
    }

    /** The server's PEM private key ({@code tls.serverKeyPath}). */
    public Path privateKey() {
        return privateKey;
    }

    /** The CA certificates client certificates must chain to ({@code tls.caPemPath}), for mutual TLS. */
    public Optional<Path> clientCa() {
        return Optional.ofNullable(clientCa);
    }

    /** The Netty context; failures name the file and the Milvus setting it stands for. */
    SslContext sslContext() throws IOException {
        readable(certificateChain, "certificate chain (tls.serverPemPath)");
        readable(privateKey, "private key (tls.serverKeyPath)");
        if (clientCa != null) {
            readable(clientCa, "client CA (tls.caPemPath)");
        }
        SslContextBuilder builder;
        try {
            builder = GrpcSslContexts.forServer(certificateChain.toFile(), privateKey.toFile());
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot use the TLS certificate chain " + certificateChain + " and private key "
                    + privateKey + ": " + rootMessage(e), e);
        }
        if (clientCa != null) {
            try {
                builder.trustManager(clientCa.toFile());
            } catch (IllegalArgumentException e) {
                throw new IOException("cannot use the TLS client CA " + clientCa + ": " + rootMessage(e), e);
            }
            builder.clientAuth(ClientAuth.REQUIRE).protocols("TLSv1.3");
        }
        try {
            return builder.build();
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("cannot set up TLS with " + this + ": " + rootMessage(e), e);
        }
    }

    private static void readable(Path file, String what) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException("cannot read the TLS " + what + " " + file + ": no such readable file");
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == failure ? failure.getMessage() : failure.getMessage() + " (" + root.getMessage() + ")";
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    @Override
    public String toString() {
        return "ServerTls[tlsMode " + tlsMode() + ", certificate chain " + certificateChain + ", private key "
                + privateKey + (clientCa == null ? "" : ", client CA " + clientCa) + "]";
    }
}
