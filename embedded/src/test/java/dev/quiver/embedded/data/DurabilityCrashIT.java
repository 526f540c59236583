package dev.quiver.embedded.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.embedded.storage.CrashPoint;
import dev.quiver.proto.milvus.DescribeIndexRequest;
import dev.quiver.proto.milvus.DescribeIndexResponse;
import dev.quiver.proto.milvus.GetCollectionStatisticsRequest;
import dev.quiver.proto.milvus.GetLoadStateRequest;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.LoadState;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash test of the commit protocol: a child JVM ({@link DurabilityCrashChild}) runs a script of inserts, deletes,
 * FLUSH, COMPACT, CREATE/DROP COLLECTION, CREATE/DROP INDEX and RENAME on a file-mode engine and dies at a seeded
 * random point: halted ({@link CrashPoint}) inside a manifest or segment commit or a WAL checkpoint, or killed with
 * SIGKILL while an operation is in flight. The directory is then reopened: the state (collections, indexes, and the
 * ids of every row) must be exactly what was acknowledged, or that plus the one operation in flight, never a mix,
 * and every acknowledged row is there exactly once.
 */
class DurabilityCrashIT {
    private static final long SEED = 15_2026L;
    private static final int RUNS = 24;
    private static final int MIN_KILLS_DURING_WORK = 20;
    /** Children run two at a time: each spends most of its life starting a JVM and waiting on fsync. */
    private static final int PARALLEL_CHILDREN = 2;
    /** How often the child's script begins each kind of operation (see {@link DurabilityCrashChild}). */
    private static final Map<String, Integer> KIND_OCCURRENCES = Map.of("COMPACT", 3, "FLUSH", 12, "CREATE", 7,
            "DROP", 5, "INDEX", 7, "DROPINDEX", 5, "RENAME", 6);
    private static final List<String> KILLED_KINDS = List.of("COMPACT", "FLUSH", "CREATE", "DROP", "INDEX",
            "DROPINDEX", "RENAME");
    private static final String[] POINTS = {"manifest-temp-written", "manifest-renamed", "manifest-committed",
        "segment-temp-written", "segment-renamed", "wal-checkpointed"};
    private static final int[] MAX_OCCURRENCE = {90, 90, 90, 14, 14, 12};

    @TempDir
    Path root;

    /** What one collection holds: whether it has an index, and its rows' ids. */
    record Coll(boolean indexed, Set<Long> ids) {
    }

    @Test
    void everyAcknowledgedChangeSurvivesAKillAtAnyPointOfTheCommitProtocol() throws Exception {
        List<Plan> plans = plans(new Random(SEED));
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL_CHILDREN);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int run = 0; run < plans.size(); run++) {
                Path dir = Files.createDirectory(root.resolve("run-" + run));
                Plan plan = plans.get(run);
                runs.add(workers.submit(() -> {
                    Outcome outcome = runChild(dir, plan);
                    String description = plan + " -> " + (outcome.finished ? "finished"
                            : "killed" + (outcome.pending != null ? " in " + outcome.pending : " between ops"));
                    verify(dir, outcome, description);
                    return description;
                }));
            }
            List<String> kills = new ArrayList<>();
            for (Future<String> run : runs) {
                kills.add(await(run));
            }
            System.out.println("DurabilityCrashIT runs: " + kills);
            assertThat(kills.stream().filter(k -> !k.endsWith("finished")).count())
                    .as("runs killed before the script finished: %s", kills)
                    .isGreaterThanOrEqualTo(MIN_KILLS_DURING_WORK);
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * Two kinds of runs: a kill at the n-th pass of one of the commit protocol's crash points, and a SIGKILL sent
     * just after the child announces the n-th operation of a kind, every kind of operation the script runs twice.
     */
    private static List<Plan> plans(Random random) {
        List<Plan> plans = new ArrayList<>();
        for (String kind : KILLED_KINDS) {
            for (int i = 0; i < 2; i++) {
                plans.add(new Plan(null, kind, 1 + random.nextInt(KIND_OCCURRENCES.get(kind)), random.nextInt(3)));
            }
        }
        while (plans.size() < RUNS) {
            int p = random.nextInt(POINTS.length);
            plans.add(new Plan(POINTS[p] + "@" + (1 + random.nextInt(MAX_OCCURRENCE[p])), null, 0, 0));
        }
        return plans;
    }

    private static String await(Future<String> run) throws Exception {
        try {
            return run.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        }
    }

    /** One run: a crash point armed in the child, or a SIGKILL after the {@code occurrence}-th op of {@code kind}. */
    private record Plan(@Nullable String point, @Nullable String kind, int occurrence, int delayMillis) {
        @Override
        public String toString() {
            return point != null ? "crash at " + point : "sigkill after BEGIN of " + kind + " #" + occurrence;
        }
    }

    /** What the parent saw of a child: the acknowledged operations and the one begun but not acknowledged. */
    private record Outcome(List<String> acknowledged, @Nullable String pending, boolean finished) {
    }

    private static Outcome runChild(Path dir, Plan plan) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xmx256m"));
        if (plan.point() != null) {
            command.add("-D" + CrashPoint.PROPERTY + "=" + plan.point());
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DurabilityCrashChild.class.getName(),
                dir.toString()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> acknowledged = new ArrayList<>();
        String pending = null;
        boolean finished = false;
        int seen = 0;
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = readLine(out, killed)) != null) {
                if (line.startsWith("BEGIN ")) {
                    pending = line.substring(6);
                    if (!killed && pending.split(" ")[0].equals(plan.kind()) && ++seen == plan.occurrence()) {
                        Thread.sleep(plan.delayMillis());
                        child.destroyForcibly();
                        killed = true;
                    }
                } else if (line.startsWith("ACK ")) {
                    assertThat(line.substring(4)).isEqualTo(pending);
                    acknowledged.add(pending);
                    pending = null;
                } else if (line.equals("DONE")) {
                    finished = true;
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return new Outcome(acknowledged, pending, finished);
    }

    /** The next line, or null at the end; once the child is killed its closed stream also ends the output. */
    private static @Nullable String readLine(BufferedReader out, boolean killed) throws IOException {
        try {
            return out.readLine();
        } catch (IOException e) {
            if (killed) {
                return null;
            }
            throw e;
        }
    }

    private static void verify(Path dir, Outcome outcome, String run) throws IOException {
        Map<String, Coll> before = new TreeMap<>();
        for (String op : outcome.acknowledged) {
            apply(before, op);
        }
        Map<String, Coll> after = copy(before);
        if (outcome.pending != null) {
            apply(after, outcome.pending);
        }
        try (EmbeddedMilvus milvus = EmbeddedMilvus.builder().dataDirectory(dir).build()) {
            Map<String, Coll> actual = actual(MilvusServiceGrpc.newBlockingStub(milvus.inProcessChannel()), before,
                    after);
            assertThat(actual).as("%s: state after restart, acknowledged %s, pending %s", run, outcome.acknowledged,
                    outcome.pending).isIn(before, after);
        }
    }

    private static void apply(Map<String, Coll> state, String op) {
        String[] p = op.split(" ");
        switch (p[0]) {
            case "CREATE" -> state.put(p[1], new Coll(false, new TreeSet<>()));
            case "INDEX" -> state.put(p[1], new Coll(true, state.get(p[1]).ids()));
            case "DROPINDEX" -> state.put(p[1], new Coll(false, state.get(p[1]).ids()));
            case "RENAME" -> state.put(p[2], state.remove(p[1]));
            case "DROP" -> state.remove(p[1]);
            case "INSERT", "DELETE" -> {
                Set<Long> ids = new TreeSet<>(state.get(p[1]).ids());
                for (long id = Long.parseLong(p[2]); id <= Long.parseLong(p[3]); id++) {
                    if (p[0].equals("INSERT")) {
                        ids.add(id);
                    } else {
                        ids.remove(id);
                    }
                }
                state.put(p[1], new Coll(state.get(p[1]).indexed(), ids));
            }
            default -> {
                // LOAD, FLUSH and COMPACT change no acknowledged state
            }
        }
    }

    private static Map<String, Coll> copy(Map<String, Coll> state) {
        Map<String, Coll> copy = new TreeMap<>();
        state.forEach((name, coll) -> copy.put(name, new Coll(coll.indexed(), new TreeSet<>(coll.ids()))));
        return copy;
    }

    /**
     * The engine's state. The main collection's ids are read by a query; a side collection (never deleted from) has
     * its ids taken from the expected state when its row count matches it.
     */
    private static Map<String, Coll> actual(MilvusServiceGrpc.MilvusServiceBlockingStub stub, Map<String, Coll> before,
                                            Map<String, Coll> after) {
        Map<String, Coll> actual = new TreeMap<>();
        for (String name : stub.showCollections(ShowCollectionsRequest.getDefaultInstance()).getCollectionNamesList()) {
            DescribeIndexResponse index = stub.describeIndex(DescribeIndexRequest.newBuilder().setCollectionName(name)
                    .build());
            boolean indexed = index.getStatus().getCode() == 0 && index.getIndexDescriptionsCount() > 0;
            Set<Long> ids = new TreeSet<>();
            if (name.equals(DurabilityCrashChild.MAIN)) {
                if (indexed) {
                    ids.addAll(mainIds(stub));
                }
            } else {
                long rows = Long.parseLong(stub.getCollectionStatistics(GetCollectionStatisticsRequest.newBuilder()
                        .setCollectionName(name).build()).getStats(0).getValue());
                for (Map<String, Coll> candidate : List.of(after, before)) {
                    Coll expected = candidate.get(name);
                    if (expected != null && expected.ids().size() == rows) {
                        ids.addAll(expected.ids());
                        break;
                    }
                }
                if (ids.size() != rows) {
                    ids.add(-rows);
                }
            }
            actual.put(name, new Coll(indexed, ids));
        }
        return actual;
    }

    private static List<Long> mainIds(MilvusServiceGrpc.MilvusServiceBlockingStub stub) {
        String main = DurabilityCrashChild.MAIN;
        if (stub.getLoadState(GetLoadStateRequest.newBuilder().setCollectionName(main).build()).getState()
                != LoadState.LoadStateLoaded) {
            CrashChild.check(stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName(main).build()),
                    "load");
        }
        QueryResults results = stub.query(QueryRequest.newBuilder().setCollectionName(main).setExpr("id >= 0")
                .addOutputFields("v")
                .addQueryParams(KeyValuePair.newBuilder().setKey("limit").setValue("16384")).build());
        CrashChild.check(results.getStatus(), "query");
        List<Long> ids = results.getFieldsDataList().stream().filter(f -> f.getFieldName().equals("id"))
                .findFirst().orElseThrow().getScalars().getLongData().getDataList();
        List<Float> vectors = results.getFieldsDataList().stream().filter(f -> f.getFieldName().equals("v"))
                .findFirst().orElseThrow().getVectors().getFloatVector().getDataList();
        assertThat(new TreeSet<>(ids)).as("every row exactly once").hasSameSizeAs(ids);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(vectors.subList(2 * i, 2 * i + 2)).containsExactly((float) ids.get(i), ids.get(i) * 2f);
        }
        return ids;
    }
}
