package dev.quiver.console.output;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole result set as display text, for the layouts that need every row before printing the first. */
final class Cells {
    private Cells() {
    }

    /**
     * The rows a capped table shows.
     *
     * @param rows    the first half of the kept rows, then the last half
     * @param gapAt   where the rows not kept were (the index of the first of the last half)
     * @param skipped how many rows were not kept
     * @param total       how many rows the result had
     * @param abbreviated whether a vector was abbreviated
     */
    record Kept(List<String[]> rows, int gapAt, long skipped, long total, boolean abbreviated) {
    }

    /**
     * Reads every row but keeps at most {@code maxRows} (0: all): the first half and, in a ring, the last half, so
     * a huge result costs no more memory than the rows shown.
     */
    static Kept readKeeping(Rows rows, int columnCount, int maxRows) throws SQLException {
        int head = maxRows <= 0 ? Integer.MAX_VALUE : (maxRows + 1) / 2;
        int tail = maxRows <= 0 ? 0 : maxRows - head;
        boolean abbreviated = false;
        List<String[]> first = new ArrayList<>();
        java.util.ArrayDeque<String[]> last = new java.util.ArrayDeque<>();
        long total = 0;
        while (rows.next()) {
            total++;
            String[] cells = new String[columnCount];
            for (int i = 0; i < columnCount; i++) {
                Object value = rows.get(i);
                abbreviated |= ValueText.isAbbreviated(value);
                cells[i] = oneLine(ValueText.abbreviated(value));
            }
            if (first.size() < head) {
                first.add(cells);
            } else if (tail > 0) {
                if (last.size() == tail) {
                    last.removeFirst();
                }
                last.addLast(cells);
            }
        }
        int gapAt = first.size();
        first.addAll(last);
        return new Kept(first, gapAt, total - first.size(), total, abbreviated);
    }

    static List<String[]> readAll(Rows rows, int columnCount) throws SQLException {
        List<String[]> all = new ArrayList<>();
        while (rows.next()) {
            String[] cells = new String[columnCount];
            for (int i = 0; i < columnCount; i++) {
                cells[i] = oneLine(ValueText.abbreviated(rows.get(i)));
            }
            all.add(cells);
        }
        return all;
    }

    /** Makes line breaks and tabs visible so that a cell stays on one line. */
    static String oneLine(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\t') < 0) {
            return text;
        }
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    /** The number of characters a text takes on screen (code points; wide characters are not special-cased). */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The text cut to at most {@code width} characters, ending with an ellipsis when cut. */
    static String fit(String text, int width) {
        if (width(text) <= width) {
            return text;
        }
        if (width <= 1) {
            return "…".substring(0, width);
        }
        return text.substring(0, text.offsetByCodePoints(0, width - 1)) + "…";
    }

    static String pad(String text, int width, boolean right) {
        int gap = width - width(text);
        if (gap <= 0) {
            return text;
        }
        String spaces = " ".repeat(gap);
        return right ? spaces + text : text + spaces;
    }
}
