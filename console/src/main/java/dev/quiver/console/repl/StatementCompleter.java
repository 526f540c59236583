package dev.quiver.console.repl;

import dev.quiver.console.output.OutputFormat;
import dev.quiver.grammar.Vocabulary;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: meta-commands at the start of a line and their arguments (format names after {@code \\format},
 * collections after {@code \\d}, {@code \\di}, {@code \\dp}, file paths after {@code \\i} and {@code \\o}); collection
 * names alone after FROM, COLLECTION, TABLE, INTO and OF; otherwise the language's keywords, field types and
 * filter functions (all from {@link Vocabulary}, so they follow the grammar) and the live names of the connection
 * (collections, fields, partitions, indexes, databases). Keywords and types are offered in the case the user types
 * them in.
 */
final class StatementCompleter implements Completer {
    private static final List<String> META_COMMANDS = List.of("\\help", "\\q", "\\timing", "\\format", "\\x",
            "\\connect", "\\i", "\\o", "\\set", "\\unset", "\\echo", "\\d", "\\dt", "\\di", "\\dp", "\\l", "\\t",
            "\\maxrows");
    /** Meta-commands whose argument is a collection name. */
    private static final Set<String> COLLECTION_ARGUMENT = Set.of("\\d", "\\di", "\\dp");
    /** Meta-commands whose argument is a file. */
    private static final Set<String> FILE_ARGUMENT = Set.of("\\i", "\\include", "\\o", "\\out");
    /** Words after which only a collection name can follow (SELECT ... FROM c, DROP COLLECTION c, INSERT INTO c). */
    private static final Set<String> BEFORE_COLLECTION = Set.of("FROM", "COLLECTION", "TABLE", "INTO", "OF");

    private final Completer files = new Completers.FileNameCompleter();

    private final NameCache names;

    StatementCompleter(NameCache names) {
        this.names = names;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word();
        if (line.line().stripLeading().startsWith("\\")) {
            completeMetaCommand(reader, line, candidates);
            return;
        }
        int index = line.wordIndex();
        String previous = index > 0 ? line.words().get(index - 1).toUpperCase(Locale.ROOT) : "";
        if (BEFORE_COLLECTION.contains(previous)) {
            addNames(NameCache.Kind.COLLECTION, candidates);
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

    /** The meta-command itself, then its argument: a format, a collection or a file. */
    private void completeMetaCommand(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            for (String command : META_COMMANDS) {
                candidates.add(new Candidate(command, command, "meta-commands", null, null, null, true));
            }
            return;
        }
        if (line.wordIndex() != 1) {
            return;
        }
        String command = line.words().get(0).toLowerCase(Locale.ROOT);
        if (command.equals("\\format")) {
            for (OutputFormat format : OutputFormat.values()) {
                candidates.add(new Candidate(format.label(), format.label(), "formats", null, null, null, true));
            }
        } else if (COLLECTION_ARGUMENT.contains(command)) {
            addNames(NameCache.Kind.COLLECTION, candidates);
        } else if (FILE_ARGUMENT.contains(command)) {
            files.complete(reader, line, candidates);
        }
    }

    private void addNames(NameCache.Kind kind, List<Candidate> candidates) {
        for (NameCache.Name name : names.names()) {
            if (name.kind() == kind) {
                String group = kind.name().toLowerCase(Locale.ROOT) + "s";
                candidates.add(new Candidate(name.text(), name.text(), group, null, null, null, true));
            }
        }
    }
}
