package dev.quiver.console.cli;

import dev.quiver.console.session.ExitCodes;
import dev.quiver.embedded.EmbeddedMilvus;
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
 * address and the data directory; SIGTERM and SIGINT stop it gracefully (calls in flight finish, the write-ahead
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
        Path directory = data == null ? null : environment.workingDirectory().resolve(data).normalize();
        EmbeddedMilvus.Builder builder = EmbeddedMilvus.builder().host(host).port(port).superUsers(superUsers)
                .syncEveryWrite(sync.equals("always"));
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
                + (auth ? " (authorization enabled)" : "");
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
}
