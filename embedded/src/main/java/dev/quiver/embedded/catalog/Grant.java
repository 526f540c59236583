package dev.quiver.embedded.catalog;

import java.util.Comparator;

/**
 * One privilege held by a role: {@code privilege} on {@code objectName} (or {@code *}) of {@code objectType} in
 * {@code database} (or {@code *}). Who granted it is kept beside it, not in it: granting the same privilege twice
 * is one grant, as in Milvus's metastore key. Immutable.
 *
 * @param objectType the object type ({@code Collection}, {@code Global}, {@code User})
 * @param database   the database, or {@code *}
 * @param objectName the object, or {@code *}
 * @param privilege  the privilege as the API spells it
 */
public record Grant(String objectType, String database, String objectName, String privilege) {
    /** The order Milvus's metastore keys list a role's grants in. */
    public static final Comparator<Grant> ORDER = Comparator.comparing(Grant::objectType)
            .thenComparing(Grant::database).thenComparing(Grant::objectName).thenComparing(Grant::privilege);

    /** The same grant of another privilege (a related privilege granted along with this one). */
    public Grant withPrivilege(String other) {
        return new Grant(objectType, database, objectName, other);
    }
}
