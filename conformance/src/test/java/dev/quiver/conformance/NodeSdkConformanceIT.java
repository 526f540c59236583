package dev.quiver.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official Node SDK ({@code @zilliz/milvus2-sdk-node}, the version pinned by {@code src/test/node/package-lock.json})
 * runs {@code src/test/node/conformance.mjs} against the server {@code quiver serve} runs. Needs {@code node} and
 * {@code npm} on the PATH ({@code npm ci} fetches the pinned packages into {@code target/}); without them the test
 * says so loudly and is reported as skipped.
 */
class NodeSdkConformanceIT {
    private static final Path SOURCES = Path.of(System.getProperty("conformance.node.sources", "src/test/node"));
    private static final Path WORK = Path.of(System.getProperty("conformance.node.work", "target/node-conformance"));
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "conformance.mjs");

    @Test
    void officialNodeSdkSeesMilvusBehaviour() throws Exception {
        boolean available = onPath("node") && onPath("npm");
        if (!available) {
            System.err.println("""
                    ************************************************************************
                    * SKIPPED NodeSdkConformanceIT: node and npm must both be on the PATH  *
                    * to run the official Node SDK conformance suite.                      *
                    ************************************************************************""");
        }
        Assumptions.assumeTrue(available, "node and npm are not both on the PATH");

        Files.createDirectories(WORK);
        for (String file : FILES) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 600);
        assertThat(install.exitCode()).as("npm ci:%n%s", install.output()).isZero();

        try (QuiverServe server = QuiverServe.start()) {
            Run suite = run(List.of("node", "conformance.mjs", server.address()), 300);
            System.out.println(suite.output());
            assertThat(suite.output()).doesNotContain("FAIL ").contains("ALL PASSED");
            assertThat(suite.exitCode()).as(suite.output()).isZero();
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(WORK, "run", ".log");
        Process process = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return new Run(-1, String.join(" ", command) + " timed out after " + timeoutSeconds + " s\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
