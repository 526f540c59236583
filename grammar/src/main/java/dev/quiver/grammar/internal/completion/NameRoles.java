package dev.quiver.grammar.internal.completion;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each place where the grammar reads a name stands for: the table from a {@link CallSites} description to
 * the roles of the name read there. The grammar says where an identifier may stand; this table says which
 * identifier it is (the collection after {@code DROP COLLECTION}, a field in a filter), which the grammar cannot
 * say because every name is the same {@code identifier} rule. {@link #unknownSites()} lists the call sites the
 * table does not cover, so that a new place in the grammar is noticed by a test instead of completing nothing.
 */
public final class NameRoles {
    /** The role of a name, or of a quoted text, where the grammar reads it. */
    public enum Role {
        COLLECTION, PARTITION, FIELD, INDEX, ALIAS, DATABASE, USER, ROLE, PRIVILEGE, FIELD_TYPE, METRIC, INDEX_TYPE,
        FUNCTION, PROPERTY, SETTING, VARIABLE, FILE_PATH,
        /** A name that the statement defines, which nothing known can complete. */
        NEW_NAME,
        /** A free value (a password, a comment, a JSON key, a LIKE pattern, a property value). */
        VALUE
    }

    private static final Map<String, Set<Role>> TABLE = table();
    private static final Map<Integer, Set<Role>> BY_STATE = byState();

    private NameRoles() {
    }

    /** The roles of the name read by the call in ATN state {@code state}; empty when the state reads no name. */
    static Set<Role> at(int state) {
        return BY_STATE.getOrDefault(state, Set.of());
    }

    /** The descriptions of the grammar's call sites that the table has no entry for, sorted. */
    public static Set<String> unknownSites() {
        Set<String> unknown = new TreeSet<>();
        for (String site : CallSites.all().values()) {
            if (!TABLE.containsKey(site)) {
                unknown.add(site);
            }
        }
        return unknown;
    }

    /** The entries of the table that no call site of the grammar has any more, sorted. */
    public static Set<String> staleEntries() {
        Set<String> stale = new TreeSet<>(TABLE.keySet());
        stale.removeAll(CallSites.all().values());
        return stale;
    }

    private static Map<Integer, Set<Role>> byState() {
        Map<Integer, Set<Role>> roles = new HashMap<>();
        CallSites.all().forEach((state, site) -> roles.put(state, TABLE.getOrDefault(site, Set.of())));
        return Map.copyOf(roles);
    }

    private static Map<String, Set<Role>> table() {
        Map<String, Set<Role>> table = new HashMap<>();
        put(table, Role.COLLECTION,
                "aliasStatement: ALTER ALIAS identifier FOR ^identifier",
                "aliasStatement: CREATE ALIAS identifier FOR ^identifier",
                "aliasStatement: SHOW ALIASES FOR ^identifier",
                "accessStatement: GRANT nameOrStar ON grantObjectType ^nameOrStar",
                "accessStatement: REVOKE nameOrStar ON grantObjectType ^nameOrStar",
                "collectionStatement: ALTER collection ^identifier",
                "collectionStatement: DROP collection ^identifier",
                "collectionStatement: RENAME collection ^identifier",
                "collectionStatement: SHOW CREATE collection ^identifier",
                "collectionStatement: SHOW STATISTICS OF ^identifier",
                "collectionStatement: TRUNCATE collection ^identifier",
                "collectionStatement: describe ^identifier",
                "copyStatement: COPY ^identifier",
                "flushStatement: COMPACT ^identifier",
                "flushStatement: FLUSH PARTITION identifier fromPreposition ^identifier",
                "flushStatement: FLUSH ^identifierList",
                "flushStatement: SHOW FLUSH STATE OF ^identifier",
                "flushStatement: SHOW SEGMENTS fromPreposition ^identifier",
                "indexStatement: CREATE INDEX ON ^identifier",
                "indexStatement: ALTER INDEX identifier ON ^identifier",
                "indexStatement: DROP INDEX identifier ON ^identifier",
                "indexStatement: SHOW INDEX|INDEXES fromPreposition ^identifier",
                "indexStatement: describe INDEX identifier ON ^identifier",
                "loadStatement: LOAD collection ^identifier",
                "loadStatement: LOAD partitions identifierList fromPreposition ^identifier",
                "loadStatement: RELEASE collection ^identifier",
                "loadStatement: RELEASE partitions identifierList fromPreposition ^identifier",
                "loadStatement: SHOW LOAD STATE OF ^identifier",
                "loadStatement: SHOW LOADING PROGRESS OF ^identifier",
                "partitionStatement: CREATE PARTITION identifier inPreposition ^identifier",
                "partitionStatement: DROP PARTITION identifier fromPreposition ^identifier",
                "partitionStatement: SHOW PARTITIONS fromPreposition ^identifier",
                "queryStatement: SELECT selectItem FROM ^identifier",
                "writeStatement: DELETE FROM ^identifier",
                "writeStatement: INSERT|UPSERT INTO ^identifier");
        put(table, Role.PARTITION,
                "collectionStatement: SHOW STATISTICS OF identifier PARTITION ^identifier",
                "copyStatement: COPY identifier PARTITION ^identifier",
                "flushStatement: FLUSH PARTITION ^identifier",
                "loadStatement: LOAD partitions ^identifierList",
                "loadStatement: RELEASE partitions ^identifierList",
                "loadStatement: SHOW LOAD STATE OF identifier partitions ^identifierList",
                "loadStatement: SHOW LOADING PROGRESS OF identifier partitions ^identifierList",
                "partitionStatement: DROP PARTITION ^identifier",
                "queryStatement: SELECT selectItem FROM identifier partitions ^identifierList",
                "writeStatement: DELETE FROM identifier PARTITION ^identifier",
                "writeStatement: INSERT|UPSERT INTO identifier PARTITION ^identifier");
        put(table, Role.FIELD,
                "collectionStatement: ALTER collection identifier ALTER COLUMN ^identifier",
                "copyStatement: COPY identifier LPAREN ^identifier",
                "copyStatement: COPY identifier LPAREN identifier COMMA ^identifier",
                "indexStatement: CREATE INDEX ON identifier LPAREN ^identifier",
                "orderItem: ^identifier",
                "primaryExpression: ^identifier",
                "queryStatement: SELECT selectItem FROM identifier GROUP BY ^identifier",
                "rerankArgument: ^identifier",
                "selectItem: ^identifier",
                "writeStatement: INSERT|UPSERT INTO identifier LPAREN ^identifier",
                "writeStatement: INSERT|UPSERT INTO identifier LPAREN identifier COMMA ^identifier");
        put(table, Role.FUNCTION, "primaryExpression: ^identifier");
        put(table, Role.INDEX, "indexStatement: ALTER INDEX ^identifier", "indexStatement: DROP INDEX ^identifier",
                "indexStatement: describe INDEX ^identifier");
        put(table, Role.ALIAS, "aliasStatement: ALTER ALIAS ^identifier", "aliasStatement: DROP ALIAS ^identifier",
                "aliasStatement: describe ALIAS ^identifier");
        put(table, Role.DATABASE, "databaseStatement: ALTER DATABASE ^identifier",
                "databaseStatement: DROP DATABASE ^identifier", "databaseStatement: describe DATABASE ^identifier",
                "sessionStatement: USE ^identifier");
        put(table, Role.USER, "accessStatement: ALTER USER ^identifier", "accessStatement: DROP USER ^identifier",
                "accessStatement: GRANT ROLE identifier TO ^identifier",
                "accessStatement: REVOKE ROLE identifier FROM ^identifier");
        put(table, Role.ROLE, "accessStatement: DROP ROLE ^identifier", "accessStatement: GRANT ROLE ^identifier",
                "accessStatement: REVOKE ROLE ^identifier",
                "accessStatement: GRANT nameOrStar ON grantObjectType nameOrStar TO ^identifier",
                "accessStatement: REVOKE nameOrStar ON grantObjectType nameOrStar FROM ^identifier",
                "accessStatement: SHOW GRANTS FOR ^identifier");
        put(table, Role.PRIVILEGE, "accessStatement: GRANT ^nameOrStar", "accessStatement: REVOKE ^nameOrStar");
        put(table, Role.FIELD_TYPE, "dataType: ^identifier");
        put(table, Role.METRIC, "collectionStatement: CREATE collection identifier DIMENSION INTEGER_VALUE METRIC ^identifier");
        put(table, Role.INDEX_TYPE,
                "indexStatement: CREATE INDEX ON identifier LPAREN identifier RPAREN USING ^identifier");
        put(table, Role.PROPERTY, "columnOption: PARTITION KEY WITH LPAREN ^identifier", "propertyKey: ^identifier",
                "propertyKey: ^string",
                "propertyKey: identifier DOT ^identifier");
        put(table, Role.SETTING, "settingName: ^identifier", "settingName: identifier DOT ^identifier");
        put(table, Role.VARIABLE, "inList: LBRACE ^identifier", "primaryExpression: LBRACE ^identifier");
        put(table, Role.FILE_PATH, "copyStatement: COPY identifier FROM ^string",
                "copyStatement: COPY identifier TO ^string");
        // a FUNCTION's name is new; its input and output columns are the statement's own, not yet in any catalog
        put(table, Role.NEW_NAME, "functionDefinition: FUNCTION ^identifier",
                "functionDefinition: FUNCTION identifier identifier LPAREN ^identifier",
                "functionDefinition: FUNCTION identifier identifier LPAREN identifier COMMA ^identifier",
                "functionDefinition: FUNCTION identifier identifier LPAREN identifier RPAREN ARROW ^identifier",
                "functionDefinition: FUNCTION identifier identifier LPAREN identifier RPAREN ARROW identifier COMMA "
                        + "^identifier");
        put(table, Role.VALUE, "columnOption: ANALYZER ^string", "functionDefinition: FUNCTION identifier ^identifier");
        put(table, Role.NEW_NAME, "accessStatement: CREATE ROLE ^identifier", "accessStatement: CREATE USER ^identifier",
                "aliasStatement: CREATE ALIAS ^identifier", "collectionStatement: CREATE collection ^identifier",
                "collectionStatement: RENAME collection identifier TO ^identifier", "columnDefinition: ^identifier",
                "databaseStatement: CREATE DATABASE ^identifier", "indexStatement: CREATE INDEX ^identifier",
                "partitionStatement: CREATE PARTITION ^identifier");
        put(table, Role.VALUE, "collectionStatement: SHOW COLLECTIONS|TABLES LIKE ^string",
                "columnOption: COMMENT ^string", "literalValue: ^string", "objectEntry: ^string",
                "primaryExpression: ISO ^string", "primaryExpression: INTERVAL ^string",
                "pathStep: LBRACKET ^string", "propertyValue: ^identifier", "stringOrParameter: ^string");
        Map<String, Set<Role>> frozen = new HashMap<>();
        table.forEach((site, roles) -> frozen.put(site, Set.copyOf(roles)));
        return Map.copyOf(frozen);
    }

    private static void put(Map<String, Set<Role>> table, Role role, String... sites) {
        for (String site : List.of(sites)) {
            table.computeIfAbsent(site, key -> EnumSet.noneOf(Role.class)).add(role);
        }
    }
}
