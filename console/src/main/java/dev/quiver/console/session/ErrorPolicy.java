package dev.quiver.console.session;

import java.util.Locale;

/** What a script does after a failed statement ({@code --on-error}). */
public enum ErrorPolicy {
    /** Stop at the first failed statement (the default for scripts). */
    STOP,
    /** Report the error and run the remaining statements; the exit code still says that one failed. */
    CONTINUE;

    /** The policy with this name, case-insensitively. */
    public static ErrorPolicy parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --on-error value '" + name + "'; expected stop or continue", e);
        }
    }
}
