package dev.quiver.embedded.storage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link CrossProcessIT}. Modes:
 * <ul>
 *   <li>{@code append <dir> <threads>}: opens the directory and appends records from several threads forever,
 *       printing {@code ack <lsn> <thread> <seq>} once each append has returned;</li>
 *   <li>{@code lock <dir>}: tries to open the directory; prints {@code locked} and exits 0, or prints the error and
 *       exits {@value #EXIT_LOCKED} when it is held.</li>
 * </ul>
 */
public final class StorageChildProcess {
    static final int EXIT_LOCKED = 3;

    private StorageChildProcess() {
    }

    static byte[] payload(int thread, long seq) {
        String text = "thread " + thread + " record " + seq + " " + "x".repeat((int) (seq % 97));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        switch (args[0]) {
            case "append" -> append(dir, Integer.parseInt(args[2]), out);
            case "lock" -> {
                try {
                    DataDirectory.open(dir).close();
                    out.println("locked");
                    out.flush();
                } catch (DataDirectoryLockedException e) {
                    System.err.println(e.getMessage());
                    System.exit(EXIT_LOCKED);
                }
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void append(Path dir, int threads, PrintStream out) throws Exception {
        DataDirectory data = DataDirectory.open(dir);
        WriteAheadLog wal = data.openWal(WalOptions.defaults().withSegmentBytes(64 << 10));
        out.println("ready " + wal.lastLsn());
        out.flush();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    for (long seq = 0; ; seq++) {
                        long lsn = wal.append((byte) thread, payload(thread, seq));
                        synchronized (out) {
                            out.println("ack " + lsn + " " + thread + " " + seq);
                            out.flush();
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                    System.exit(2);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }
}
