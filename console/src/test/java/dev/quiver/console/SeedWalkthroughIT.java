package dev.quiver.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.testing.ConsoleProcess;
import dev.quiver.console.testing.ConsoleProcess.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's first command: the seed walkthrough on the embedded engine, its whole output compared. */
class SeedWalkthroughIT {
    private static final Pattern LONG_NUMBER = Pattern.compile("\\b\\d{10,}\\b");

    @Test
    void theWalkthroughRunsGreenAndPrintsWhatTheGoldenFileSays() throws Exception {
        Result result = ConsoleProcess.run(ConsoleProcess.repositoryRoot(), "", Map.of(),
                "--echo", "-f", "examples/sql/seed-walkthrough.sql");
        assertThat(result.err()).isEqualTo("Using the embedded engine in memory (jdbc:milvus:mem:): data is gone on "
                + "exit; to keep it, run quiver jdbc:milvus:file:DIR.\n");
        assertThat(masked(result.out())).isEqualTo(masked(golden("seed-walkthrough.out")));
        assertThat(result.exitCode()).isZero();
    }

    /**
     * The output with every number of ten or more digits (segment ids, hybrid timestamps, seal times in seconds)
     * turned into as many {@code #}: they differ from run to run, their place and width do not.
     */
    private static String masked(String text) {
        return LONG_NUMBER.matcher(text).replaceAll(m -> "#".repeat(m.group().length()));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = SeedWalkthroughIT.class.getResourceAsStream("/" + name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
