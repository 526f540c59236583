package dev.quiver.console.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The text of {@code \help}, from the resource {@code help.txt}: an overview, then one section per statement
 * family, each starting with a line {@code ## TITLE}. {@code \help WORDS} prints the sections whose title starts
 * with the words (case-insensitively), or, failing that, contains them.
 */
final class HelpText {
    private static final String OVERVIEW = "";
    private static final Map<String, String> SECTIONS = load();

    private HelpText() {
    }

    static String lookup(String topic) {
        String wanted = normalize(topic);
        if (wanted.isEmpty()) {
            return Objects.requireNonNull(SECTIONS.get(OVERVIEW), "the help file has an overview");
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
            if (!section.getKey().isEmpty() && section.getKey().startsWith(wanted)) {
                found.add(section.getValue());
            }
        }
        if (found.isEmpty()) {
            for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
                if (!section.getKey().isEmpty() && section.getKey().contains(wanted)) {
                    found.add(section.getValue());
                }
            }
        }
        if (found.isEmpty()) {
            return "No help for '" + topic.strip() + "'. \\help lists the topics.\n";
        }
        return String.join("\n", found);
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").replace(";", "").toUpperCase(Locale.ROOT);
    }

    private static Map<String, String> load() {
        String text;
        try (InputStream in = HelpText.class.getResourceAsStream("help.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource help.txt is missing from the console's jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> sections = new LinkedHashMap<>();
        String title = OVERVIEW;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("## ")) {
                sections.put(title, body.toString());
                title = normalize(line.substring(3));
                body.setLength(0);
                body.append(line.substring(3).strip()).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        sections.put(title, body.toString().stripTrailing() + "\n");
        return sections;
    }
}
