package dev.quiver.console.cli;

import dev.quiver.console.session.CommandTags;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Command tags from the driver's {@code dev.quiver.driver.MilvusStatement} extension ({@code getCommandTag()},
 * {@code getDetails()}), printed as {@code TAG (details)}, e.g. {@code FLUSH 1 (sealed 3 segments)}. The extension
 * is looked up by name so that the console also runs against other JDBC drivers; statements that are no
 * {@code MilvusStatement} get the fallback's tag.
 */
final class DriverCommandTags implements CommandTags {
    private static final String EXTENSION = "dev.quiver.driver.MilvusStatement";

    private final Class<?> extension;
    private final Method commandTag;
    private final @Nullable Method details;
    private final CommandTags fallback;

    private DriverCommandTags(Class<?> extension, Method commandTag, @Nullable Method details, CommandTags fallback) {
        this.extension = extension;
        this.commandTag = commandTag;
        this.details = details;
        this.fallback = fallback;
    }

    /** Tags from the driver extension when it is on the class path, else {@code fallback}. */
    static CommandTags orElse(CommandTags fallback) {
        try {
            Class<?> extension = Class.forName(EXTENSION, false, DriverCommandTags.class.getClassLoader());
            Method commandTag = extension.getMethod("getCommandTag");
            Method details = null;
            try {
                details = extension.getMethod("getDetails");
            } catch (NoSuchMethodException e) {
                details = null;
            }
            return new DriverCommandTags(extension, commandTag, details, fallback);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return fallback;
        }
    }

    @Override
    public String describe(Statement statement, String sql, long updateCount) throws SQLException {
        if (!statement.isWrapperFor(extension)) {
            return fallback.describe(statement, sql, updateCount);
        }
        Object milvusStatement = statement.unwrap(extension);
        Object tag = invoke(commandTag, milvusStatement);
        if (tag == null || tag.toString().isBlank()) {
            return fallback.describe(statement, sql, updateCount);
        }
        String detailText = details == null ? "" : render(invoke(details, milvusStatement));
        return detailText.isEmpty() ? tag.toString() : tag + " (" + detailText + ")";
    }

    private static @Nullable Object invoke(Method method, Object target) throws SQLException {
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof SQLException sqlException) {
                throw sqlException;
            }
            throw new SQLException("the driver's " + method.getName() + "() failed: " + cause, cause);
        }
    }

    private static String render(@Nullable Object details) {
        if (details == null) {
            return "";
        }
        if (details instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                    .collect(Collectors.joining(", "));
        }
        if (details instanceof java.util.Optional<?> optional) {
            return optional.map(Object::toString).orElse("");
        }
        return details.toString();
    }
}
