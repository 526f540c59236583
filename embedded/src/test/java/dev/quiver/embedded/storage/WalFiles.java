package dev.quiver.embedded.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers that inspect and damage WAL files and collect replays. */
final class WalFiles {
    private WalFiles() {
    }

    /** One replayed record. */
    record Rec(long lsn, byte type, byte[] payload) {
    }

    static List<Rec> replayAll(WriteAheadLog wal, long afterLsn) throws IOException {
        List<Rec> records = new ArrayList<>();
        wal.replay(afterLsn, (lsn, type, payload) -> records.add(new Rec(lsn, type, payload)));
        return records;
    }

    static List<Path> logFiles(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("wal"))) {
            return files.filter(f -> f.toString().endsWith(".log")).sorted(Comparator.naturalOrder()).toList();
        }
    }

    static Path newestLogFile(Path dataDir) throws IOException {
        List<Path> files = logFiles(dataDir);
        return files.get(files.size() - 1);
    }

    /** The offset of each frame in a single WAL file, read from the length fields. */
    static List<Long> frameOffsets(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        List<Long> offsets = new ArrayList<>();
        int at = 0;
        while (at < raw.length) {
            offsets.add((long) at);
            int length = (raw[at] & 0xff) << 24 | (raw[at + 1] & 0xff) << 16 | (raw[at + 2] & 0xff) << 8 | raw[at + 3] & 0xff;
            at += WalFrame.HEADER_BYTES + length;
        }
        return offsets;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals(".lock")) {
                    Files.copy(source, target);
                }
            }
        }
    }

    static byte[] payload(int seed, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed * 31 + i * 7 + (seed >>> 8));
        }
        return bytes;
    }
}
