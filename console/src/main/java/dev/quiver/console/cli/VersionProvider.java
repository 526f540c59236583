package dev.quiver.console.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code quiver --version}: the version and commit recorded in {@code version.properties} when the console was
 * built (so no git is needed at run time); "development build" and "commit unknown" when the resource or the
 * commit is missing (built outside a git checkout, or run from an IDE's classes).
 */
final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        Properties build = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // a damaged resource reads as a missing one
        }
        return new String[] {line(build.getProperty("version"), build.getProperty("commit"))};
    }

    static String line(@Nullable String version, @Nullable String commit) {
        boolean knownVersion = version != null && !version.isBlank() && !version.startsWith("${");
        boolean knownCommit = commit != null && !commit.isBlank() && !commit.equals("unknown")
                && !commit.startsWith("${");
        return "quiver " + (knownVersion ? version : "(development build)")
                + (knownCommit ? " (commit " + commit + ")" : " (commit unknown)");
    }
}
