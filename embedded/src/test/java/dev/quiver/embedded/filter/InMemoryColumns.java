package dev.quiver.embedded.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A test segment: named columns of boxed values (Long, Double, String, Boolean, JSON text, List for arrays; null for
 * null). Counts column look-ups so tests can check that {@link RowPredicate#bind} resolves each column once.
 */
final class InMemoryColumns implements ColumnAccess {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object[]> columns = new HashMap<>();
    private int lookups;

    InMemoryColumns column(String name, Object... values) {
        columns.put(name, values);
        return this;
    }

    /** A JSON column given as JSON texts (null for a null row). */
    InMemoryColumns json(String name, String... texts) {
        Object[] values = new Object[texts.length];
        for (int i = 0; i < texts.length; i++) {
            try {
                values[i] = texts[i] == null ? null : JSON.readTree(texts[i]);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        columns.put(name, values);
        return this;
    }

    int lookups() {
        return lookups;
    }

    @Override
    public ColumnReader column(String fieldName) {
        lookups++;
        Object[] values = columns.get(fieldName);
        if (values == null) {
            throw new IllegalArgumentException("no column " + fieldName);
        }
        return new Reader(values);
    }

    private record Reader(Object[] values) implements ColumnReader {
        @Override
        public boolean isNull(int row) {
            return values[row] == null;
        }

        @Override
        public long getLong(int row) {
            return (Long) values[row];
        }

        @Override
        public double getDouble(int row) {
            return (Double) values[row];
        }

        @Override
        public boolean getBoolean(int row) {
            return (Boolean) values[row];
        }

        @Override
        public String getString(int row) {
            return (String) values[row];
        }

        @Override
        public @Nullable JsonNode getJson(int row) {
            return (JsonNode) values[row];
        }

        @Override
        public ArrayValue getArray(int row) {
            List<?> list = (List<?>) values[row];
            return new ArrayValue() {
                @Override
                public int size() {
                    return list.size();
                }

                @Override
                public long getLong(int index) {
                    return (Long) list.get(index);
                }

                @Override
                public double getDouble(int index) {
                    return (Double) list.get(index);
                }

                @Override
                public boolean getBoolean(int index) {
                    return (Boolean) list.get(index);
                }

                @Override
                public String getString(int index) {
                    return (String) list.get(index);
                }
            };
        }
    }
}
