package dev.quiver.embedded.data;

import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.TemplateArrayValue;
import dev.quiver.proto.milvus.TemplateValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fast path for filters that only list primary keys ({@code pk in [1, 2]}, {@code pk == "a"},
 * {@code pk in {ids}}): what clients send for get-by-id and delete-by-id. Recognised without the general
 * expression compiler; anything else returns empty.
 */
final class PrimaryKeyList {
    private static final Pattern IN = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s+(?i:in)\\s+(.*?)\\s*$",
            Pattern.DOTALL);
    private static final Pattern EQ = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*==\\s*(.*?)\\s*$",
            Pattern.DOTALL);
    private static final Pattern TEMPLATE = Pattern.compile("^\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

    private PrimaryKeyList() {
    }

    /** The keys the expression lists, when it is exactly a key list over the primary key. */
    static Optional<List<Object>> of(FieldSchema pk, String expr, Map<String, TemplateValue> templates) {
        boolean strings = pk.getDataType() == DataType.VarChar;
        Matcher in = IN.matcher(expr);
        if (in.matches() && in.group(1).equals(pk.getName())) {
            String list = in.group(2).trim();
            Matcher template = TEMPLATE.matcher(list);
            if (template.matches()) {
                TemplateValue value = templates.get(template.group(1));
                return value == null || !value.hasArrayVal() ? Optional.empty()
                        : fromTemplate(value.getArrayVal(), strings);
            }
            if (!list.startsWith("[") || !list.endsWith("]")) {
                return Optional.empty();
            }
            return parseItems(list.substring(1, list.length() - 1), strings);
        }
        Matcher eq = EQ.matcher(expr);
        if (eq.matches() && eq.group(1).equals(pk.getName())) {
            String value = eq.group(2).trim();
            Matcher template = TEMPLATE.matcher(value);
            if (template.matches()) {
                TemplateValue t = templates.get(template.group(1));
                if (t == null) {
                    return Optional.empty();
                }
                if (strings && t.hasStringVal()) {
                    return Optional.of(List.of(t.getStringVal()));
                }
                if (!strings && t.hasInt64Val()) {
                    return Optional.of(List.of(t.getInt64Val()));
                }
                return Optional.empty();
            }
            Optional<List<Object>> items = parseItems(value, strings);
            return items.filter(l -> l.size() == 1);
        }
        return Optional.empty();
    }

    private static Optional<List<Object>> fromTemplate(TemplateArrayValue array, boolean strings) {
        if (strings && array.hasStringData()) {
            return Optional.of(new ArrayList<>(array.getStringData().getDataList()));
        }
        if (!strings && array.hasLongData()) {
            return Optional.of(new ArrayList<>(array.getLongData().getDataList()));
        }
        return Optional.empty();
    }

    private static Optional<List<Object>> parseItems(String text, boolean strings) {
        List<Object> items = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            if (strings) {
                if (c != '"' && c != '\'') {
                    return Optional.empty();
                }
                StringBuilder s = new StringBuilder();
                i++;
                while (i < n && text.charAt(i) != c) {
                    char ch = text.charAt(i);
                    if (ch == '\\' && i + 1 < n) {
                        char next = text.charAt(++i);
                        s.append(switch (next) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> next;
                        });
                    } else {
                        s.append(ch);
                    }
                    i++;
                }
                if (i >= n) {
                    return Optional.empty();
                }
                i++;
                items.add(s.toString());
            } else {
                int start = i;
                while (i < n && text.charAt(i) != ',' && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                try {
                    items.add(Long.decode(text.substring(start, i)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < n) {
                if (text.charAt(i) != ',') {
                    return Optional.empty();
                }
                i++;
            }
        }
        return Optional.of(items);
    }
}
