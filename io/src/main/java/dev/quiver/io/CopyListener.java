package dev.quiver.io;

/**
 * Watches a running COPY and may stop it. {@link #progress} is called on the COPY's thread after each batch went in
 * (FROM) or after each {@value #WRITE_REPORT_ROWS} rows written (TO), and once more at the end; {@link #cancelled}
 * is asked before each row is read or written, so a COPY stops at a batch boundary: the batch being read is not
 * sent, a batch already sent is waited for. Implementations must be cheap: they run inside the COPY's loop.
 */
public interface CopyListener {
    /** How many rows COPY TO writes between two {@link #progress} calls. */
    int WRITE_REPORT_ROWS = 1000;

    /** A listener that watches nothing and never cancels; COPY TO then does not count the collection's rows. */
    CopyListener NONE = progress -> { };

    /** Reports how far the COPY got. */
    void progress(CopyProgress progress);

    /**
     * Whether the COPY should stop; it then fails with {@link CopyCancelledException}. Read from the COPY's thread;
     * an implementation set from another thread (Ctrl-C) keeps its flag volatile.
     */
    default boolean cancelled() {
        return false;
    }

    /** {@link #NONE}. */
    static CopyListener none() {
        return NONE;
    }
}
