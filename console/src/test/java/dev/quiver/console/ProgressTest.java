package dev.quiver.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.testing.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line of a COPY, run in-process on the embedded engine: a status line on an interactive terminal, a
 * line redrawn in place on standard error for a script at a terminal, and not one byte of it when output is a pipe.
 * The environment's clock advances on every reading, so every report is drawn and nothing depends on timing.
 */
class ProgressTest {
    private static final Pattern PERCENT = Pattern.compile(
            "COPY c +(\\d+)% \\[[█░]{20}] +[\\d,]+ rows +[\\d,]+ rows/s +ETA \\d+:\\d\\d");

    @TempDir
    Path directory;

    private void csv(int rows) throws IOException {
        StringBuilder text = new StringBuilder("id,vector\n");
        for (int i = 1; i <= rows; i++) {
            text.append(i).append(",\"[").append(i).append(", 0.5]\"\n");
        }
        Files.writeString(directory.resolve("in.csv"), text);
    }

    /** The distinct percentages the progress lines in {@code output} showed, in order. */
    private static java.util.List<Integer> percentages(String output) {
        java.util.List<Integer> shown = new java.util.ArrayList<>();
        Matcher m = PERCENT.matcher(output);
        while (m.find()) {
            int percent = Integer.parseInt(m.group(1));
            if (shown.isEmpty() || shown.get(shown.size() - 1) != percent) {
                shown.add(percent);
            }
        }
        return shown;
    }

    @Test
    void anInteractiveCopyShowsABarInTheTerminalsStatusLineAndLeavesTheTag() throws IOException {
        csv(3000);
        TestEnvironment env = new TestEnvironment(directory).terminal(true).terminalOutput(true).clockAdvancing(150)
                .stdin("CREATE COLLECTION c DIMENSION 2;\nCOPY c FROM 'in.csv' WITH (batch_rows = 250);\n");
        int exit = Main.run(env, "jdbc:milvus:mem:", "--no-banner");
        assertThat(exit).isZero();
        String screen = env.out();
        // JLine 4's status line rewrites only the cells that changed, so after the first drawing the screen holds
        // the new digits of the percentage, not whole "NN%" texts: count the redraws by their spinner frames
        assertThat(screen).as(screen).containsPattern("\\d+% \\[").contains("rows/s").contains("ETA");
        assertThat(screen.codePoints().filter(c -> c >= 0x2800 && c <= 0x28FF).count()).as(screen)
                .isGreaterThanOrEqualTo(3);
        assertThat(screen).contains("(Ctrl-C cancels)").contains("COPY 3000");
        // the status line keeps the bottom row: a scroll region of rows 1 to 29, and the whole screen again after
        assertThat(screen).contains("\u001b[1;29r").contains("\u001b[1;30r");
        assertThat(screen.lastIndexOf("rows/s")).isLessThan(screen.lastIndexOf("COPY 3000"));
        assertThat(env.err()).isEmpty();
    }

    @Test
    void aScriptAtATerminalRedrawsTheLineOnStandardErrorAndErasesIt() throws IOException {
        csv(2000);
        TestEnvironment env = new TestEnvironment(directory).terminalOutput(true).clockAdvancing(150);
        int exit = Main.run(env, "jdbc:milvus:mem:", "--no-banner", "-c",
                "CREATE COLLECTION c DIMENSION 2; COPY c FROM 'in.csv' WITH (batch_rows = 200)");
        assertThat(exit).isZero();
        assertThat(env.out()).isEqualTo("CREATE COLLECTION (load state Loaded)\n\nCOPY 2000\n\n");
        assertThat(percentages(env.err())).hasSizeGreaterThanOrEqualTo(3).isSorted();
        assertThat(env.err()).startsWith("\r").endsWith("\r\u001b[K");
    }

    @Test
    void loadShowsThePercentageTheDriverHeardFromTheServer() {
        TestEnvironment env = new TestEnvironment(directory).terminalOutput(true).clockAdvancing(400);
        int exit = Main.run(env, "jdbc:milvus:mem:", "--no-banner", "-c",
                "CREATE COLLECTION c DIMENSION 2; RELEASE COLLECTION c; LOAD COLLECTION c");
        assertThat(exit).isZero();
        assertThat(env.err()).contains("LOAD COLLECTION  100% [████████████████████]");
        assertThat(env.out()).endsWith("LOAD COLLECTION 1 (load state Loaded)\n\n");
    }

    @Test
    void csvToAPipeHasNoProgressBytes() throws IOException {
        csv(2000);
        TestEnvironment env = new TestEnvironment(directory).clockAdvancing(150);
        int exit = Main.run(env, "jdbc:milvus:mem:", "--no-banner", "--format", "csv", "-c",
                "CREATE COLLECTION c DIMENSION 2; COPY c FROM 'in.csv' WITH (batch_rows = 200);"
                        + " SELECT count(*) FROM c");
        assertThat(exit).isZero();
        assertThat(env.out()).isEqualTo("count(*)\n2000\n");
        assertThat(env.err()).isEmpty();
    }
}
