package dev.quiver.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.testing.ConsoleProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code ./quiver} launcher at the repository root, run after the package phase, which wrote the class-path
 * file the launcher reads ({@code MVN=false} makes a build the launcher still thinks it needs fail instead of
 * running Maven inside the test).
 */
class LauncherIT {

    @Test
    @Timeout(180)
    void serveRunsWithTheVectorApiButWithoutTheJvmsIncubatorWarning() throws Exception {
        Path root = ConsoleProcess.repositoryRoot();
        // The build has just compiled the classes and written the class path (the dependency plugin leaves an
        // unchanged file alone); mark it fresh as the launcher does after a build of its own.
        Path classPathFile = root.resolve("console/target/runtime-classpath.txt");
        java.nio.file.Files.setLastModifiedTime(classPathFile,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("quiver").toString(), "serve", "--port", "0")
                .redirectErrorStream(true);
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("MVN", "false");
        builder.environment().remove("QUIVER_OUT");
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("quiver serve: listening on")) {
                    break;
                }
            }
            // SIGTERM; unlike Process.destroy(), ProcessHandle.destroy() leaves the output stream open for reading.
            process.toHandle().destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            while ((line = output.readLine()) != null) {
                lines.add(line);
            }
        } finally {
            process.destroyForcibly();
        }
        assertThat(lines).as(String.join("\n", lines)).isNotEmpty();
        assertThat(lines.get(0)).as(String.join("\n", lines)).startsWith("quiver serve: listening on 127.0.0.1:");
        assertThat(lines).noneMatch(line -> line.contains("incubator") || line.startsWith("WARNING"));
        assertThat(lines.get(lines.size() - 1)).startsWith("quiver serve: stopped");
    }
}
