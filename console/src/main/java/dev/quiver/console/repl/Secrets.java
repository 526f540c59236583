package dev.quiver.console.repl;

import java.util.regex.Pattern;

/** Recognizes lines that may contain secrets (passwords, tokens), which are kept out of the history file. */
final class Secrets {
    private static final Pattern SECRET = Pattern.compile("(?i)password|passwd|token|secret|api[_-]?key");

    private Secrets() {
    }

    static boolean mayContainSecret(String line) {
        return SECRET.matcher(line).find();
    }
}
