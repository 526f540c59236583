package dev.quiver.embedded.server;

import java.util.Comparator;

/**
 * One privilege held by a role: {@code privilege} on {@code objectName} (or {@code *}) of {@code objectType} in
 * {@code database} (or {@code *}). Who granted it is kept beside it, not in it: granting the same privilege twice
 * is one grant, as in Milvus's metastore key.
 */
record Grant(String objectType, String database, String objectName, String privilege) {
    /** The order Milvus's metastore keys list a role's grants in. */
    static final Comparator<Grant> ORDER = Comparator.comparing(Grant::objectType).thenComparing(Grant::database)
            .thenComparing(Grant::objectName).thenComparing(Grant::privilege);

    /** The same grant of another privilege (a related privilege granted along with this one). */
    Grant withPrivilege(String other) {
        return new Grant(objectType, database, objectName, other);
    }
}
