package dev.quiver.embedded.server;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.security.ObjectTypes;
import dev.quiver.proto.milvus.ObjectPrivilege;
import dev.quiver.wire.MilvusError;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Milvus's privilege vocabulary as the API spells it (the {@code common.ObjectPrivilege} names without their
 * {@code Privilege}/{@code PrivilegeGroup} prefix): which privileges each object type accepts, the built-in privilege
 * groups, the privileges granted along with another, and the proxy's name checks. Immutable.
 */
final class Privileges {
    /** The wildcard privilege, object name or database ({@code util.AnyWord}). */
    static final String ANY = "*";
    static final String GLOBAL = "Global";
    /** Milvus's {@code proxy.maxNameLength} default. */
    static final int MAX_NAME_LENGTH = 255;

    private static final String PRIVILEGE_WORD = "Privilege";
    private static final String GROUP_WORD = "PrivilegeGroup";

    /** The object types in {@code common.ObjectType} order, each with the privileges it accepts. */
    private static final Map<String, Set<String>> BY_OBJECT_TYPE = byObjectType();
    private static final Set<String> DEFINED = Arrays.stream(ObjectPrivilege.values())
            .filter(p -> p != ObjectPrivilege.UNRECOGNIZED).map(p -> apiName(p.name())).collect(Collectors.toSet());
    private static final Set<String> BUILT_IN_GROUPS = Arrays.stream(ObjectPrivilege.values())
            .filter(p -> p != ObjectPrivilege.UNRECOGNIZED && p.name().startsWith(GROUP_WORD))
            .map(p -> apiName(p.name())).collect(Collectors.toSet());
    /** The RBAC v2 default privilege groups, which v1 grants may not name. */
    private static final Set<String> DEFAULT_GROUPS = Set.of("ClusterReadOnly", "ClusterReadWrite", "ClusterAdmin",
            "DatabaseReadOnly", "DatabaseReadWrite", "DatabaseAdmin", "CollectionReadOnly", "CollectionReadWrite",
            "CollectionAdmin");
    /** Privileges Milvus's proxy grants and revokes together with the key ({@code util.RelatedPrivileges}). */
    private static final Map<String, List<String>> RELATED = Map.of(
            "Load", List.of("GetLoadState", "GetLoadingProgress"),
            "Flush", List.of("GetFlushState"));

    private Privileges() {
    }

    private static Map<String, Set<String>> byObjectType() {
        return ObjectTypes.privilegesByType();
    }

    private static String apiName(String metastoreName) {
        if (metastoreName.startsWith(GROUP_WORD)) {
            return metastoreName.substring(GROUP_WORD.length());
        }
        return metastoreName.startsWith(PRIVILEGE_WORD) ? metastoreName.substring(PRIVILEGE_WORD.length())
                : metastoreName;
    }

    static boolean isObjectType(String objectType) {
        return BY_OBJECT_TYPE.containsKey(objectType);
    }

    /** The object types as Milvus lists them in its messages. */
    static String objectTypes() {
        return "[" + String.join(" ", BY_OBJECT_TYPE.keySet()) + "]";
    }

    /** Whether {@code name} is a built-in privilege group ({@code ReadOnly}, {@code ClusterAdmin}, ...). */
    static boolean isBuiltInGroup(String name) {
        return BUILT_IN_GROUPS.contains(name);
    }

    /** Whether {@code name} is a privilege or built-in group the engine knows. */
    static boolean isDefined(String name) {
        return DEFINED.contains(name);
    }

    /**
     * Root coordinator's v1 check ({@code isValidPrivilege}): {@code *}, or a privilege {@code objectType} accepts;
     * the RBAC v2 default groups are refused.
     */
    static void checkForObject(String privilege, String objectType) {
        if (privilege.equals(ANY)) {
            return;
        }
        if (DEFAULT_GROUPS.contains(privilege)) {
            throw EngineException.withReason(MilvusError.UNEXPECTED,
                    "can not operate the built-in privilege group [" + privilege + "]");
        }
        if (isDefined(privilege)) {
            Set<String> accepted = BY_OBJECT_TYPE.get(objectType);
            if (accepted == null) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, "not found the object type[name: " + objectType
                        + "], supported the object types: " + objectTypes());
            }
            if (accepted.contains(privilege)) {
                return;
            }
        }
        throw EngineException.withReason(MilvusError.UNEXPECTED,
                "not found the privilege name[" + privilege + "] in object["
                + objectType + "]");
    }

    /** Root coordinator's v2 check ({@code isValidPrivilegeV2}): {@code *} or any known privilege or group. */
    static void checkDefined(String privilege) {
        if (!privilege.equals(ANY) && !isDefined(privilege)) {
            throw EngineException.withReason(MilvusError.UNEXPECTED, "not found the privilege name[" + privilege + "]");
        }
    }

    /**
     * Root coordinator's {@code validatePrivilegeGroupParams}: a v2 default group's level constrains the database and
     * collection it may be granted on; single privileges are not constrained.
     */
    static void checkGroupScope(String privilege, String database, String collection) {
        if (!DEFAULT_GROUPS.contains(privilege)) {
            return;
        }
        if (privilege.startsWith("Cluster")) {
            if (!database.equals(ANY) || !collection.equals(ANY)) {
                throw EngineException.because(MilvusError.PARAMETER_INVALID, 
                        "dbName and collectionName should be * for the cluster level privilege: " + privilege);
            }
        } else if (privilege.startsWith("Database")) {
            if (!collection.isEmpty() && !collection.equals(ANY)) {
                throw EngineException.because(MilvusError.PARAMETER_INVALID, 
                        "collectionName should be * for the database level privilege: " + privilege);
            }
        } else if (database.equals(ANY) && !collection.equals(ANY) && !collection.isEmpty()) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, 
                    "please specify database name for the collection level privilege: " + privilege);
        }
    }

    /** The object type v2 grants record for {@code privilege} ({@code util.GetObjectType}). */
    static String objectTypeOf(String privilege) {
        return BY_OBJECT_TYPE.entrySet().stream().filter(e -> e.getValue().contains(privilege))
                .map(Map.Entry::getKey).findFirst().orElse(GLOBAL);
    }

    /** The privileges granted and revoked along with {@code privilege}, possibly none. */
    static List<String> relatedTo(String privilege) {
        return RELATED.getOrDefault(privilege, List.of());
    }

    /**
     * The proxy's {@code validateName(entity, nameType)}: trimmed, not empty, at most 255 bytes, first character an
     * underscore or letter, then letters, digits, underscores or dollars. Returns the trimmed name.
     */
    static String checkName(String entity, String nameType) {
        String name = entity.strip();
        if (name.isEmpty()) {
            throw invalid(nameType + " should be not empty: invalid parameter[expected=not empty][actual=]");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw invalid("the length of " + nameType + " must be not greater than limit: invalid parameter["
                    + name.length() + " out of range 0 <= value <= " + MAX_NAME_LENGTH + "]");
        }
        char first = name.charAt(0);
        if (first != '_' && !isAsciiLetter(first)) {
            throw invalid("the first character of " + nameType + " must be an underscore or letter: "
                    + "invalid parameter[expected=" + (int) '_' + "][actual=" + (int) first + "]");
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '$' && !isAsciiLetter(c) && !(c >= '0' && c <= '9')) {
                throw EngineException.because(MilvusError.PARAMETER_INVALID, nameType
                        + " can only contain numbers, letters, dollars and underscores, found " + c + " at " + i);
            }
        }
        return name;
    }

    /** {@link #checkName} unless {@code entity} is the wildcard. */
    static void checkNameOrAny(String entity, String nameType) {
        if (!entity.equals(ANY)) {
            checkName(entity, nameType);
        }
    }

    private static EngineException invalid(String reason) {
        return EngineException.withReason(MilvusError.PARAMETER_INVALID, reason);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
