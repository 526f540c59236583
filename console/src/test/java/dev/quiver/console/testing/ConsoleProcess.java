package dev.quiver.console.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code dev.quiver.console.Main} in a child JVM with this test's class path. */
public final class ConsoleProcess {
    private ConsoleProcess() {
    }

    /** What a finished run printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    /** The command line of a child JVM running the console with {@code args}. */
    public static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath());
        command.add("dev.quiver.console.Main");
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the console to its end with the given working directory, stdin text and extra environment. */
    public static Result run(Path directory, String stdin, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(args)).directory(directory.toFile());
        builder.environment().remove("QUIVER_URL");
        builder.environment().remove("MILVUS_URI");
        builder.environment().remove("MILVUS_TOKEN");
        builder.environment().putAll(environment);
        Process process = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outReader = copy(process.getInputStream(), out);
        Thread errReader = copy(process.getErrorStream(), err);
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the console did not end within 5 minutes: " + builder.command());
        }
        outReader.join();
        errReader.join();
        return new Result(process.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static Thread copy(InputStream from, ByteArrayOutputStream to) {
        Thread thread = new Thread(() -> {
            try {
                from.transferTo(to);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** This JVM's test class path (surefire and failsafe put it in a property when they use a manifest jar). */
    public static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** The repository's root directory (the console module's parent). */
    public static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return here.getFileName().toString().equals("console") ? here.getParent() : here;
    }
}
