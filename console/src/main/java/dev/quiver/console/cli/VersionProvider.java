package dev.quiver.console.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code quiver --version}: the version from the jar manifest, or "development build" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = QuiverCommand.class.getPackage().getImplementationVersion();
        return new String[] {"quiver " + (version == null ? "(development build)" : version)};
    }
}
