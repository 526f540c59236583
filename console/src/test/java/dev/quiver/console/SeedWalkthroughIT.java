package dev.quiver.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.testing.ConsoleProcess;
import dev.quiver.console.testing.ConsoleProcess.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's first command: the seed walkthrough on the embedded engine, its whole output compared. */
class SeedWalkthroughIT {

    @Test
    void theWalkthroughRunsGreenAndPrintsWhatTheGoldenFileSays() throws Exception {
        Result result = ConsoleProcess.run(ConsoleProcess.repositoryRoot(), "", Map.of(),
                "--echo", "-f", "examples/sql/seed-walkthrough.sql");
        assertThat(result.err()).isEqualTo("Using the embedded engine in memory (jdbc:milvus:mem:): data is gone on "
                + "exit; to keep it, run quiver jdbc:milvus:file:DIR.\n");
        assertThat(result.out()).isEqualTo(golden("seed-walkthrough.out"));
        assertThat(result.exitCode()).isZero();
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = SeedWalkthroughIT.class.getResourceAsStream("/" + name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
