package dev.quiver.console.cli;

import dev.quiver.console.session.ExitCodes;
import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.embedded.ServerTls;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quiver serve}: the embedded engine as a standalone Milvus-compatible gRPC server, for official clients
 * (pymilvus, the Java and Node SDKs, Attu). Logs one line when it starts and one when it stops, each with the
 * address and the data directory (and whether authorization and TLS are on); SIGTERM and SIGINT stop it gracefully (calls in flight finish, the write-ahead
 * log is synced, the directory lock released).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run the embedded engine as a Milvus-compatible server (Ctrl-C or SIGTERM stops it).")
public final class ServeCommand implements Callable<Integer> {
    private final ConsoleEnvironment environment;

    @Option(names = "--data", paramLabel = "DIR", description = "keep the data in DIR (default: in memory)")
    private @Nullable Path data;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    private String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "19530",
            description = "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    private int port = 19530;

    @Option(names = {"--auth", "--common.security.authorizationEnabled"},
            description = "require authentication and enforce Milvus's RBAC (built-in user root, default password "
                    + "Milvus, changeable with UpdateCredential)")
    private boolean auth;

    @Option(names = "--sync", paramLabel = "MODE", defaultValue = "always",
            description = "with --data: 'always' forces every acknowledged write to disk before the reply "
                    + "(survives a machine crash; the default), 'batch' forces at flush, compaction and catalog "
                    + "changes (survives a kill of the process)")
    private String sync = "always";

    @Option(names = "--super-user", paramLabel = "USER",
            description = "Milvus's common.security.superUsers: USER may change any password without the old one "
                    + "(repeatable)")
    private java.util.List<String> superUsers = new java.util.ArrayList<>();

    @Option(names = {"--tls-mode", "--common.security.tlsMode"}, paramLabel = "0|1|2",
            description = "Milvus's common.security.tlsMode: 0 plaintext, 1 one-way TLS (needs --tls-cert and "
                    + "--tls-key), 2 mutual TLS (also needs --tls-client-ca). Default: 1 when --tls-cert is given, "
                    + "2 when --tls-client-ca is given as well, else 0")
    private @Nullable Integer tlsMode;

    @Option(names = {"--tls-cert", "--tls.serverPemPath"}, paramLabel = "FILE",
            description = "the server's PEM certificate chain, leaf first")
    private @Nullable Path tlsCert;

    @Option(names = {"--tls-key", "--tls.serverKeyPath"}, paramLabel = "FILE",
            description = "the server's PEM private key (unencrypted PKCS#8)")
    private @Nullable Path tlsKey;

    @Option(names = {"--tls-client-ca", "--tls.caPemPath"}, paramLabel = "FILE",
            description = "mutual TLS: PEM CA certificates that must have signed every client's certificate")
    private @Nullable Path tlsClientCa;

    /** @param environment the process the command runs in */
    public ServeCommand(ConsoleEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintStream log = environment.stdout();
        if (port < 0 || port > 65535) {
            environment.stderr().println("quiver serve: --port must be between 0 and 65535, was " + port);
            return ExitCodes.USAGE_OR_CONNECTION;
        }
        if (!sync.equals("always") && !sync.equals("batch")) {
            environment.stderr().println("quiver serve: --sync must be 'always' or 'batch', was '" + sync + "'");
            return ExitCodes.USAGE_OR_CONNECTION;
        }
        ServerTls tls;
        try {
            tls = tls();
        } catch (IllegalArgumentException e) {
            environment.stderr().println("quiver serve: " + e.getMessage());
            return ExitCodes.USAGE_OR_CONNECTION;
        }
        Path directory = data == null ? null : environment.workingDirectory().resolve(data).normalize();
        EmbeddedMilvus.Builder builder = EmbeddedMilvus.builder().host(host).port(port).superUsers(superUsers)
                .syncEveryWrite(sync.equals("always"));
        if (tls != null) {
            builder.tls(tls);
        }
        if (auth) {
            builder.authorizationEnabled(dev.quiver.embedded.server.Credentials.DEFAULT_ROOT_PASSWORD);
        }
        if (directory == null) {
            builder.inMemory();
        } else {
            builder.dataDirectory(directory);
        }
        EmbeddedMilvus milvus;
        try {
            milvus = builder.build();
        } catch (IOException | RuntimeException e) {
            environment.stderr().println("quiver serve: cannot start: " + e.getMessage());
            return ExitCodes.USAGE_OR_CONNECTION;
        }
        String where = milvus.address() + " (data: " + (directory == null ? "in memory" : directory.toString()) + ")"
                + (auth ? " (authorization enabled)" : "")
                + (tls == null ? "" : tls.tlsMode() == 1 ? " (TLS)" : " (mutual TLS)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.println("quiver serve: stopping " + where);
            milvus.close();
            log.println("quiver serve: stopped " + where);
            log.flush();
            stopped.countDown();
        }, "quiver-serve-shutdown"));
        log.println("quiver serve: listening on " + where);
        log.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.SUCCESS;
    }

    /** The TLS the options ask for (null: plaintext); refuses combinations Milvus would silently ignore. */
    private @Nullable ServerTls tls() {
        int mode = tlsMode != null ? tlsMode : tlsCert == null && tlsKey == null && tlsClientCa == null ? 0
                : tlsClientCa != null ? 2 : 1;
        if (mode < 0 || mode > 2) {
            throw new IllegalArgumentException("--tls-mode must be 0, 1 or 2, was " + mode);
        }
        if (mode == 0) {
            if (tlsCert != null || tlsKey != null || tlsClientCa != null) {
                throw new IllegalArgumentException("--tls-mode 0 serves plaintext; drop --tls-cert, --tls-key and "
                        + "--tls-client-ca, or choose --tls-mode 1 or 2");
            }
            return null;
        }
        if (tlsCert == null || tlsKey == null) {
            throw new IllegalArgumentException("TLS needs both --tls-cert and --tls-key");
        }
        Path cert = environment.workingDirectory().resolve(tlsCert).normalize();
        Path key = environment.workingDirectory().resolve(tlsKey).normalize();
        if (mode == 1) {
            if (tlsClientCa != null) {
                throw new IllegalArgumentException("--tls-client-ca verifies clients only under mutual TLS "
                        + "(--tls-mode 2); --tls-mode 1 would accept any client");
            }
            return ServerTls.oneWay(cert, key);
        }
        if (tlsClientCa == null) {
            throw new IllegalArgumentException("--tls-mode 2 (mutual TLS) needs --tls-client-ca");
        }
        return ServerTls.mutual(cert, key, environment.workingDirectory().resolve(tlsClientCa).normalize());
    }
}
