package dev.quiver.driver;

/**
 * Every SQLState the driver reports, in one place. Milvus-specific conditions use a standard SQLState class with
 * an {@code M} subclass (for example {@code 42M01}: collection not found), so tools that only look at the class
 * (the first two characters) still classify them correctly.
 *
 * <p>Which {@link java.sql.SQLException} subclass goes with each state is documented per constant.
 */
public enum MilvusSqlState {
    /** {@code 0A000}: the server or the driver does not support the feature ({@code SQLFeatureNotSupportedException}). */
    FEATURE_NOT_SUPPORTED("0A000"),
    /** {@code 08001}: the connection could not be established ({@code SQLNonTransientConnectionException}). */
    CONNECTION_REFUSED("08001"),
    /** {@code 08003}: the connection (or statement, result set) is closed ({@code SQLNonTransientConnectionException}). */
    CONNECTION_CLOSED("08003"),
    /** {@code 08006}: the transport failed during a call, for example UNAVAILABLE ({@code SQLTransientConnectionException}). */
    CONNECTION_FAILURE("08006"),
    /** {@code 08M01}: Milvus reports it is not ready or unavailable (codes 1, 2) ({@code SQLTransientConnectionException}). */
    SERVICE_UNAVAILABLE("08M01"),
    /** {@code 08M02}: a connection pool had no connection to give within its wait time ({@code SQLTransientConnectionException}). */
    POOL_EXHAUSTED("08M02"),
    /** {@code 22023}: an invalid parameter value: Milvus codes 1100–1102, bad bound values ({@code SQLDataException}). */
    INVALID_PARAMETER_VALUE("22023"),
    /** {@code 07001}: wrong number of bound parameters, or a parameter left unbound ({@code SQLDataException}). */
    WRONG_PARAMETER_COUNT("07001"),
    /** {@code 28000}: authentication failed: Milvus code 1400 or gRPC UNAUTHENTICATED ({@code SQLInvalidAuthorizationSpecException}). */
    INVALID_AUTHORIZATION("28000"),
    /** {@code 3D000}: the database does not exist: Milvus code 800 ({@code SQLNonTransientException}). */
    DATABASE_NOT_FOUND("3D000"),
    /** {@code 42501}: privilege not permitted: Milvus code 1401 or gRPC PERMISSION_DENIED ({@code SQLSyntaxErrorException}). */
    PRIVILEGE_NOT_PERMITTED("42501"),
    /** {@code 42601}: the statement text does not parse; the message names line and column ({@code SQLSyntaxErrorException}). */
    SYNTAX_ERROR("42601"),
    /** {@code 42602}: an invalid name: Milvus codes 802, 1701 ({@code SQLSyntaxErrorException}). */
    INVALID_NAME("42602"),
    /** {@code 42611}: an illegal collection schema: Milvus code 105 ({@code SQLSyntaxErrorException}). */
    INVALID_SCHEMA("42611"),
    /** {@code 42703}: the field does not exist: Milvus code 1700 ({@code SQLSyntaxErrorException}). */
    FIELD_NOT_FOUND("42703"),
    /** {@code 42710}: the object already exists: Milvus codes 702, 1601, 1602 ({@code SQLSyntaxErrorException}). */
    DUPLICATE_OBJECT("42710"),
    /**
     * {@code 42P07}: the collection already exists: CREATE COLLECTION without IF NOT EXISTS, or Milvus's "create
     * duplicate collection with different parameters" (code 65535) ({@code SQLSyntaxErrorException}).
     */
    DUPLICATE_COLLECTION("42P07"),
    /** {@code 42M01}: the collection does not exist: Milvus code 100 ({@code SQLSyntaxErrorException}). */
    COLLECTION_NOT_FOUND("42M01"),
    /** {@code 42M02}: the partition does not exist: Milvus code 200 ({@code SQLSyntaxErrorException}). */
    PARTITION_NOT_FOUND("42M02"),
    /** {@code 42M03}: the index does not exist: Milvus code 700 ({@code SQLSyntaxErrorException}). */
    INDEX_NOT_FOUND("42M03"),
    /** {@code 42M04}: the alias does not exist: Milvus code 1600 ({@code SQLSyntaxErrorException}). */
    ALIAS_NOT_FOUND("42M04"),
    /** {@code 53000}: a server resource or quota is exhausted: Milvus codes 3, 7, 9, 12, 102, 801 ({@code SQLNonTransientException}). */
    RESOURCES_EXHAUSTED("53000"),
    /** {@code 53M01}: the server rate-limited the request: Milvus codes 4, 8 (legacy 49) after retries ({@code SQLTransientException}). */
    RATE_LIMITED("53M01"),
    /** {@code 55M01}: the collection is not loaded: Milvus codes 101, 103 ({@code SQLNonTransientException}). */
    COLLECTION_NOT_LOADED("55M01"),
    /** {@code 55M02}: the partition is not loaded: Milvus codes 201, 202 ({@code SQLNonTransientException}). */
    PARTITION_NOT_LOADED("55M02"),
    /** {@code 55M03}: the statement needs the collection released first: Milvus code 104 ({@code SQLNonTransientException}). */
    COLLECTION_LOADED("55M03"),
    /** {@code 57014}: the statement was cancelled ({@code SQLException}; Milvus code 10000, gRPC CANCELLED). */
    QUERY_CANCELLED("57014"),
    /** {@code HY000}: any other server error; {@code getErrorCode()} holds Milvus's code ({@code SQLException}). */
    GENERAL_ERROR("HY000"),
    /** {@code HY010}: a method was called in the wrong state, for example getResultSet twice ({@code SQLException}). */
    FUNCTION_SEQUENCE_ERROR("HY010"),
    /** {@code HYT00}: the statement's timeout expired ({@code SQLTimeoutException}; Milvus code 10001, gRPC DEADLINE_EXCEEDED). */
    TIMEOUT("HYT00"),
    /** {@code 25000}: a transaction operation that auto-commit-only Milvus cannot honour ({@code SQLFeatureNotSupportedException} or {@code SQLException}). */
    INVALID_TRANSACTION_STATE("25000"),
    /** {@code 08M03}: an embedded URL was used but the engine is not on the class path ({@code SQLNonTransientConnectionException}). */
    EMBEDDED_ENGINE_MISSING("08M03"),
    /** {@code 08M04}: the URL or a connection property is invalid ({@code SQLNonTransientConnectionException}). */
    INVALID_CONNECTION_PROPERTY("08M04");

    private final String code;

    MilvusSqlState(String code) {
        this.code = code;
    }

    /** The five-character SQLState. */
    public String getCode() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
