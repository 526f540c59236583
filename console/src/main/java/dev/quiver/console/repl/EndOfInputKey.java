package dev.quiver.console.repl;

import org.jline.keymap.KeyMap;
import org.jline.reader.Buffer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;

/**
 * Ctrl-D ends the input on an empty line even when earlier lines of an unfinished statement are in the buffer
 * (psql's behaviour; JLine alone would list completions there); elsewhere it deletes the character under the
 * cursor, as usual.
 */
final class EndOfInputKey {
    static final String WIDGET = "quiver-end-of-input";

    private EndOfInputKey() {
    }

    static void install(LineReader reader) {
        reader.getWidgets().put(WIDGET, () -> {
            Buffer buffer = reader.getBuffer();
            if (endsInput(buffer.toString(), buffer.cursor())) {
                throw new EndOfFileException();
            }
            reader.callWidget(LineReader.DELETE_CHAR_OR_LIST);
            return true;
        });
        for (String keyMap : new String[] {LineReader.EMACS, LineReader.VIINS, LineReader.MAIN}) {
            var map = reader.getKeyMaps().get(keyMap);
            if (map != null) {
                map.bind(new Reference(WIDGET), KeyMap.ctrl('D'));
            }
        }
    }

    /** Whether Ctrl-D at {@code cursor} in {@code text} ends the input: the cursor is on an empty last line. */
    static boolean endsInput(String text, int cursor) {
        return cursor == text.length() && (text.isEmpty() || text.endsWith("\n"));
    }
}
