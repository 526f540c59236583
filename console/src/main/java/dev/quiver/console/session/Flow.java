package dev.quiver.console.session;

/** What a script, a statement or a meta-command asks the session to do next. */
public enum Flow {
    /** Go on with the next statement. */
    CONTINUE,
    /** A statement failed and the error policy is to stop. */
    STOP,
    /** {@code \q}: end the session normally. */
    QUIT,
    /** Ctrl-C (SIGINT) cancelled a statement of a script: end with exit code 130. */
    INTERRUPTED
}
