package dev.quiver.embedded.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this engine build reports as its version: the project version and build time stamped into
 * {@code build.properties} by the build, and the Java runtime standing in for Milvus's Go version.
 */
record BuildInfo(String version, String buildTime, String runtime) {
    /** The values of the running build. */
    static BuildInfo current() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the engine's build.properties", e);
        }
        return new BuildInfo(stamped(properties, "version"), stamped(properties, "build.time"),
                "Java " + Runtime.version());
    }

    /** A stamped value, or {@code unknown} when the file was not filtered (e.g. run from an IDE's own build). */
    private static String stamped(Properties properties, String key) {
        String value = properties.getProperty(key, "");
        return value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }
}
