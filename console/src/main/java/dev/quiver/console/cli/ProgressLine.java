package dev.quiver.console.cli;

import java.util.Locale;

/**
 * The text of a progress line: a spinner frame, the label, then what the statement reported.
 * <pre>
 * ⠙ COPY films   42% [████████░░░░░░░░░░░░]  1,500 rows  8,512 rows/s  ETA 0:03  (Ctrl-C cancels)
 * ⠙ COPY TO out.csv  1,500 rows  8,512 rows/s  2.1s  (Ctrl-C cancels)
 * ⠙ LOAD COLLECTION 2.1s  (Ctrl-C cancels)
 * </pre>
 * with a share done, with rows only, and with nothing reported.
 */
final class ProgressLine {
    static final String FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
    static final int BAR_WIDTH = 20;

    private ProgressLine() {
    }

    /**
     * @param frame          the spinner frame, counting up
     * @param rows           rows done, negative when none are counted
     * @param fraction       the share done, 0 to 1, negative when not known
     * @param elapsedSeconds since the statement started
     */
    static String format(int frame, String label, long rows, double fraction, double elapsedSeconds) {
        StringBuilder line = new StringBuilder().append(FRAMES.charAt(Math.floorMod(frame, FRAMES.length())))
                .append(' ').append(label);
        boolean known = fraction >= 0;
        if (known) {
            double share = Math.min(1, fraction);
            int filled = (int) Math.round(share * BAR_WIDTH);
            line.append(String.format(Locale.ROOT, "  %3d%% [", (int) Math.floor(share * 100)))
                    .append("█".repeat(filled)).append("░".repeat(BAR_WIDTH - filled)).append(']');
        }
        if (rows >= 0) {
            line.append(String.format(Locale.ROOT, "  %,d %s", rows, rows == 1 ? "row" : "rows"));
            if (elapsedSeconds > 0) {
                line.append(String.format(Locale.ROOT, "  %,d rows/s", Math.round(rows / elapsedSeconds)));
            }
        }
        if (known && fraction > 0 && fraction < 1) {
            line.append("  ETA ").append(clock(elapsedSeconds * (1 - fraction) / fraction));
        } else {
            line.append(String.format(Locale.ROOT, rows >= 0 || known ? "  %.1fs" : " %.1fs", elapsedSeconds));
        }
        return line.append("  (Ctrl-C cancels)").toString();
    }

    /** {@code 0:03}, {@code 12:40}, {@code 1:02:03}. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
