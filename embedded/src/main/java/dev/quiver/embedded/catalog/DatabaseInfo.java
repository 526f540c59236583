package dev.quiver.embedded.catalog;

import java.util.Map;

/**
 * An immutable snapshot of one database.
 *
 * @param name the database name
 * @param id the database id
 * @param createdTimestamp hybrid timestamp of creation
 * @param properties database properties
 */
public record DatabaseInfo(String name, long id, long createdTimestamp, Map<String, String> properties) {
    /** The database every engine has and nobody can drop. */
    public static final String DEFAULT = "default";

    public DatabaseInfo {
        properties = Map.copyOf(properties);
    }
}
