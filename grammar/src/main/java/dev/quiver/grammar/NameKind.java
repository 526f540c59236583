package dev.quiver.grammar;

/**
 * What a name stands for where the grammar expects one, as {@link Completions} reports it: a completer fills the
 * kinds it knows from the live catalog (collections, partitions, fields, ...) and ignores the others.
 */
public enum NameKind {
    /** A collection (or an alias of one). */
    COLLECTION,
    /** A partition of the statement's collection. */
    PARTITION,
    /** A field of the statement's collection, in a select list, a filter, ORDER BY, a column list, an index. */
    FIELD,
    /** An index of the statement's collection. */
    INDEX,
    /** An alias. */
    ALIAS,
    /** A database. */
    DATABASE,
    /** A user. */
    USER,
    /** A role. */
    ROLE,
    /** A privilege of GRANT and REVOKE. */
    PRIVILEGE,
    /** A field type of CREATE COLLECTION, such as {@code FLOAT_VECTOR}: see {@link Vocabulary#typeNames()}. */
    FIELD_TYPE,
    /** A metric name, such as {@code COSINE}. */
    METRIC,
    /** An index type after {@code USING}, such as {@code HNSW}. */
    INDEX_TYPE,
    /** A filter function: see {@link Vocabulary#functions()}. */
    FUNCTION,
    /** A property key of a {@code WITH (...)} list. */
    PROPERTY,
    /** A session setting of SET and RESET. */
    SETTING,
    /** A template variable {@code {name}} of a filter. */
    VARIABLE,
    /** A file path, as a quoted string (COPY ... FROM / TO). */
    FILE_PATH,
    /** A name the statement defines (CREATE COLLECTION c): nothing known completes it. */
    NEW_NAME,
    /** A free value: a password, a comment, a JSON key, a LIKE pattern, a property value. */
    VALUE
}
