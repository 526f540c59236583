package dev.quiver.console.repl;

import dev.quiver.console.output.OutputFormat;
import dev.quiver.grammar.Completion;
import dev.quiver.grammar.Completions;
import dev.quiver.grammar.NameKind;
import dev.quiver.grammar.StatementFormatter;
import dev.quiver.grammar.Vocabulary;
import dev.quiver.grammar.ast.Metric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion. Meta-commands at the start of a line and their arguments (format names after {@code \\format},
 * collections after {@code \\d}, {@code \\di}, {@code \\dp}, file paths after {@code \\i} and {@code \\o}). In a
 * statement, what the grammar accepts at the cursor ({@link Completions}): its keywords, in the case the user
 * types them in, and names of the kinds it expects, filled from the live catalog ({@link NameCache}): collections,
 * the partitions, fields and indexes of the collections the statement names, databases, field types, filter
 * functions, metrics, and file paths inside the quotes of COPY. Nothing is offered where the grammar accepts
 * nothing (after a syntax error).
 */
final class StatementCompleter implements Completer {
    private static final List<String> META_COMMANDS = List.of("\\help", "\\q", "\\timing", "\\format", "\\x",
            "\\connect", "\\i", "\\o", "\\set", "\\unset", "\\echo", "\\d", "\\dt", "\\di", "\\dp", "\\l", "\\t",
            "\\maxrows");
    /** Meta-commands whose argument is a collection name. */
    private static final Set<String> COLLECTION_ARGUMENT = Set.of("\\d", "\\di", "\\dp");
    /** Meta-commands whose argument is a file. */
    private static final Set<String> FILE_ARGUMENT = Set.of("\\i", "\\include", "\\o", "\\out");
    /** The kinds of names the catalog holds, and the group completion shows them in. */
    private static final Map<NameKind, NameCache.Kind> CATALOG_KINDS = Map.of(
            NameKind.COLLECTION, NameCache.Kind.COLLECTION, NameKind.PARTITION, NameCache.Kind.PARTITION,
            NameKind.FIELD, NameCache.Kind.FIELD, NameKind.INDEX, NameCache.Kind.INDEX,
            NameKind.DATABASE, NameCache.Kind.DATABASE);

    private final Completer files = new Completers.FileNameCompleter();

    private final NameCache names;

    StatementCompleter(NameCache names) {
        this.names = names;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.line().stripLeading().startsWith("\\")) {
            completeMetaCommand(reader, line, candidates);
            return;
        }
        String buffer = line.line();
        int cursor = Math.min(line.cursor(), buffer.length());
        Completion completion = Completions.at(buffer, cursor);
        // JLine matches candidates against its own word (split at blanks only): "(ti" where the grammar's word is
        // "ti", so what lies between the two starts is put in front of every candidate.
        int jlineWordStart = Math.max(0, cursor - line.wordCursor());
        String lead = completion.wordStart() > jlineWordStart ? buffer.substring(jlineWordStart,
                completion.wordStart()) : "";
        String word = buffer.substring(Math.min(completion.wordStart(), cursor), cursor);
        boolean lower = !word.isEmpty() && Character.isLowerCase(word.charAt(0));
        List<Candidate> found = new ArrayList<>();
        for (String keyword : completion.keywords()) {
            String text = lower ? keyword.toLowerCase(Locale.ROOT) : keyword;
            found.add(candidate(lead + text, text, "keywords", true));
        }
        for (NameKind kind : completion.nameKinds()) {
            addNames(kind, completion, word, lower, lead, found);
        }
        Set<String> values = new HashSet<>();
        for (Candidate candidate : found) {
            if (values.add(candidate.value())) {
                candidates.add(candidate);
            }
        }
    }

    private void addNames(NameKind kind, Completion completion, String word, boolean lower, String lead,
            List<Candidate> candidates) {
        NameCache.Kind catalogKind = CATALOG_KINDS.get(kind);
        if (catalogKind != null) {
            for (NameCache.Name name : names.names(catalogKind, knownCollections(completion.collections()))) {
                String text = StatementFormatter.formatName(name.text());
                candidates.add(candidate(lead + text, text, group(catalogKind), true));
            }
            return;
        }
        switch (kind) {
            case FIELD_TYPE -> Vocabulary.typeNames().forEach(type -> {
                String text = lower ? type.toLowerCase(Locale.ROOT) : type;
                candidates.add(candidate(lead + text, text, "types", true));
            });
            case FUNCTION -> Vocabulary.functions().forEach(function ->
                    candidates.add(candidate(lead + function, function, "functions", true)));
            case METRIC -> {
                for (Metric metric : Metric.values()) {
                    String text = lower ? metric.name().toLowerCase(Locale.ROOT) : metric.name();
                    candidates.add(candidate(lead + text, text, "metrics", true));
                }
            }
            case FILE_PATH -> {
                for (QuotedPaths.Entry entry : QuotedPaths.complete(word)) {
                    candidates.add(candidate(lead + entry.text(), entry.display(), "files", entry.complete()));
                }
            }
            default -> {
                // Names the catalog does not hold (users, roles, new names, free values): nothing to offer.
            }
        }
    }

    /** The named collections the catalog knows; none (so every collection's names fit) when it knows none. */
    private List<String> knownCollections(List<String> named) {
        List<String> known = new ArrayList<>();
        for (NameCache.Name collection : names.names(NameCache.Kind.COLLECTION, List.of())) {
            if (named.contains(collection.text())) {
                known.add(collection.text());
            }
        }
        return known;
    }

    private static String group(NameCache.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + "s";
    }

    private static Candidate candidate(String value, String display, String group, boolean complete) {
        return new Candidate(value, display, group, null, null, null, complete);
    }

    /** The meta-command itself, then its argument: a format, a collection or a file. */
    private void completeMetaCommand(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            for (String command : META_COMMANDS) {
                candidates.add(candidate(command, command, "meta-commands", true));
            }
            return;
        }
        if (line.wordIndex() != 1) {
            return;
        }
        String command = line.words().get(0).toLowerCase(Locale.ROOT);
        if (command.equals("\\format")) {
            for (OutputFormat format : OutputFormat.values()) {
                candidates.add(candidate(format.label(), format.label(), "formats", true));
            }
        } else if (COLLECTION_ARGUMENT.contains(command)) {
            for (NameCache.Name name : names.names(NameCache.Kind.COLLECTION, List.of())) {
                String text = StatementFormatter.formatName(name.text());
                candidates.add(candidate(text, text, "collections", true));
            }
        } else if (FILE_ARGUMENT.contains(command)) {
            files.complete(reader, line, candidates);
        }
    }
}
