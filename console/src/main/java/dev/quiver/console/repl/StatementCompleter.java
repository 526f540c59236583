package dev.quiver.console.repl;

import dev.quiver.grammar.Vocabulary;
import java.util.List;
import java.util.Locale;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: meta-commands at the start of a line, otherwise the language's keywords, field types and
 * filter functions (all from {@link Vocabulary}, so they follow the grammar) and the live names of the connection
 * (collections, fields, partitions, indexes, databases). Keywords and types are offered in the case the user types
 * them in.
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
        for (String keyword : Vocabulary.keywords()) {
            String text = lower ? keyword.toLowerCase(Locale.ROOT) : keyword;
            candidates.add(new Candidate(text, text, "keywords", null, null, null, true));
        }
        for (String type : Vocabulary.typeNames()) {
            String text = lower ? type.toLowerCase(Locale.ROOT) : type;
            candidates.add(new Candidate(text, text, "types", null, null, null, true));
        }
        for (String function : Vocabulary.functions()) {
            candidates.add(new Candidate(function, function, "functions", null, null, null, true));
        }
        for (NameCache.Name name : names.names()) {
            String group = name.kind().name().toLowerCase(Locale.ROOT) + "s";
            candidates.add(new Candidate(name.text(), name.text(), group, null, null, null, true));
        }
    }
}
