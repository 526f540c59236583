package dev.quiver.bench;

import dev.quiver.grammar.StatementParser;
import dev.quiver.grammar.ast.Statement;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parser throughput: short lifecycle statements (statements/s), and an INSERT of 100 rows of 768-d vector literals
 * next to the baseline of {@code Float.parseFloat} over the same numbers split by hand (both in floats/s). Aims:
 * short statements ≥ 300k/s on one core; vector literals ≥ 0.5× the baseline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
    static final int ROWS = 100;
    static final int DIMENSION = 768;

    private final StatementParser parser = new StatementParser();
    private String insertText = "";
    private String numbersOnly = "";

    @Setup
    public void prepare() {
        SplittableRandom random = new SplittableRandom(42);
        StringBuilder insert = new StringBuilder("INSERT INTO films (id, embedding) VALUES ");
        StringBuilder numbers = new StringBuilder();
        for (int row = 0; row < ROWS; row++) {
            insert.append(row == 0 ? "" : ", ").append('(').append(row).append(", [");
            for (int i = 0; i < DIMENSION; i++) {
                String value = String.format(Locale.ROOT, "%.6f", random.nextDouble(-1, 1));
                insert.append(i == 0 ? "" : ", ").append(value);
                numbers.append(value).append(',');
            }
            insert.append("])");
        }
        insertText = insert.append(';').toString();
        numbersOnly = numbers.toString();
    }

    @Benchmark
    public Statement flush() {
        return parser.parse("FLUSH test_collection;");
    }

    @Benchmark
    public Statement releasePartition() {
        return parser.parse("RELEASE PARTITION partition_A FROM test_collection;");
    }

    @Benchmark
    public Statement loadCollection() {
        return parser.parse("LOAD COLLECTION test_collection;");
    }

    /** Reported in floats/s: one invocation parses 100 × 768 floats. */
    @Benchmark
    @OperationsPerInvocation(ROWS * DIMENSION)
    public Statement insertVectorLiterals() {
        return parser.parse(insertText);
    }

    /** The baseline, in floats/s: the same 76,800 numbers split by hand and parsed with {@link Float#parseFloat}. */
    @Benchmark
    @OperationsPerInvocation(ROWS * DIMENSION)
    public void handSplitParseFloat(Blackhole blackhole) {
        String text = numbersOnly;
        int start = 0;
        for (int comma = text.indexOf(',', start); comma >= 0; comma = text.indexOf(',', start)) {
            blackhole.consume(Float.parseFloat(text.substring(start, comma)));
            start = comma + 1;
        }
    }
}
