package dev.quiver.console.repl;

import java.util.List;
import java.util.Locale;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: meta-commands at the start of a line, otherwise the language's keywords and the live names of
 * the connection (collections, fields, partitions, indexes, databases). Keywords are offered in the case the user
 * types them in.
 */
final class StatementCompleter implements Completer {
    private static final List<String> META_COMMANDS = List.of("\\help", "\\q", "\\timing", "\\format", "\\x",
            "\\connect", "\\i", "\\o", "\\set", "\\unset", "\\echo");

    private final NameCache names;

    StatementCompleter(NameCache names) {
        this.names = names;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word();
        if (line.wordIndex() == 0 && line.line().stripLeading().startsWith("\\")) {
            for (String command : META_COMMANDS) {
                candidates.add(new Candidate(command, command, "meta-commands", null, null, null, true));
            }
            return;
        }
        boolean lower = !word.isEmpty() && Character.isLowerCase(word.charAt(0));
        for (String keyword : Keywords.ALL) {
            String text = lower ? keyword.toLowerCase(Locale.ROOT) : keyword;
            candidates.add(new Candidate(text, text, "keywords", null, null, null, true));
        }
        for (NameCache.Name name : names.names()) {
            String group = name.kind().name().toLowerCase(Locale.ROOT) + "s";
            candidates.add(new Candidate(name.text(), name.text(), group, null, null, null, true));
        }
    }
}
