package dev.quiver.console.cli;

/** Where a progress line is drawn. Called with the {@link TerminalProgress}'s lock held. */
interface ProgressSink {

    /** Draws {@code line}, replacing the one drawn before. */
    void show(String line);

    /** Removes the line. */
    void clear();
}
