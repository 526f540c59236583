package dev.quiver.console.cli;

import dev.quiver.console.session.ExitCodes;
import dev.quiver.console.session.Session;
import org.jline.utils.Signals;
import org.jspecify.annotations.Nullable;

/**
 * While a script runs, Ctrl-C (SIGINT) cancels the running statement, which ends the script with exit code 130;
 * between statements it ends the process with 130 at once.
 */
final class SigintCancels implements AutoCloseable {
    private final @Nullable Object registration;

    private SigintCancels(@Nullable Object registration) {
        this.registration = registration;
    }

    static SigintCancels install(Session session) {
        Object registration = Signals.register("INT", () -> {
            if (!session.running().cancel()) {
                System.exit(ExitCodes.INTERRUPTED);
            }
        });
        return new SigintCancels(registration);
    }

    @Override
    public void close() {
        if (registration != null) {
            Signals.unregister("INT", registration);
        }
    }
}
