package dev.quiver.driver.internal.jdbc;

import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.ColumnType;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ParameterBindings;
import dev.quiver.driver.internal.exec.RowSource;
import dev.quiver.driver.internal.rpc.CallScope;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.DescribeIndexRequest;
import dev.quiver.proto.milvus.DescribeIndexResponse;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.IndexDescription;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import dev.quiver.proto.milvus.ValueField;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Metadata for tools. Catalogs are databases; there are no schemas ({@code getSchemas} is empty and schema
 * arguments are ignored); tables are collections with table type {@code COLLECTION} (a {@code types} filter
 * containing {@code TABLE} also matches them, for tools that ask only for tables); columns are fields with their
 * Milvus type names and vector dimensions as COLUMN_SIZE; primary keys and indexes come from DescribeCollection
 * and DescribeIndex. Every other query answers an empty result set with the standard JDBC columns.
 */
public final class MilvusDatabaseMetaData extends SelfWrapper implements DatabaseMetaData {
    /** The table type of collections. */
    public static final String COLLECTION = "COLLECTION";

    private final MilvusConnectionImpl connection;
    private final Connection facade;

    public MilvusDatabaseMetaData(MilvusConnectionImpl connection, Connection facade) {
        this.connection = connection;
        this.facade = facade;
    }

    private ExecutionContext context() {
        return new ExecutionContext(connection.session(), new CallScope(connection.session().settings().timeout()),
                ParameterBindings.none(), 0, 0);
    }

    /** Columns written as {@code NAME} (VARCHAR) or {@code NAME:int|short|bool|long}. */
    static List<Column> columns(String... specs) {
        List<Column> out = new ArrayList<>(specs.length);
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            String name = colon < 0 ? spec : spec.substring(0, colon);
            ColumnType type = colon < 0 ? ColumnType.VARCHAR : switch (spec.substring(colon + 1)) {
                case "int" -> ColumnType.INTEGER;
                case "short" -> ColumnType.SMALLINT;
                case "bool" -> ColumnType.BOOLEAN;
                case "long" -> ColumnType.BIGINT;
                default -> throw new IllegalArgumentException(spec);
            };
            out.add(Column.of(name, type));
        }
        return out;
    }

    private static ResultSet empty(String... specs) {
        return ResultSets.of(RowSource.of(columns(specs), List.of()));
    }

    private static ResultSet rows(List<Column> columns, List<Object[]> rows) {
        return ResultSets.of(RowSource.of(columns, rows));
    }

    /** A JDBC LIKE pattern ({@code %}, {@code _}, escape {@code \}) as a regex; null matches everything. */
    static Pattern like(@Nullable String pattern) {
        if (pattern == null) {
            return Pattern.compile(".*", Pattern.DOTALL);
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private List<String> databases(@Nullable String catalog) throws SQLException {
        List<String> all = context().call(MilvusServiceGrpc.getListDatabasesMethod(),
                ListDatabasesRequest.getDefaultInstance()).getDbNamesList();
        if (catalog == null) {
            return all.stream().sorted().toList();
        }
        return all.contains(catalog) ? List.of(catalog) : List.of();
    }

    private List<String> collections(String database, @Nullable String tablePattern) throws SQLException {
        Pattern p = like(tablePattern);
        return context().call(MilvusServiceGrpc.getShowCollectionsMethod(),
                        ShowCollectionsRequest.newBuilder().setDbName(database).build())
                .getCollectionNamesList().stream().filter(n -> p.matcher(n).matches()).sorted().toList();
    }

    private DescribeCollectionResponse describe(String database, String collection) throws SQLException {
        return context().call(MilvusServiceGrpc.getDescribeCollectionMethod(),
                DescribeCollectionRequest.newBuilder().setDbName(database).setCollectionName(collection).build());
    }

    private static List<FieldSchema> userFields(DescribeCollectionResponse response) {
        return response.getSchema().getFieldsList().stream().filter(f -> !f.getIsDynamic() && !f.getName().equals("$meta")).toList();
    }

    // ---- catalogs, schemas, tables ----

    @Override
    public ResultSet getCatalogs() throws SQLException {
        List<Object[]> rows = databases(null).stream().map(d -> new Object[] {d}).toList();
        return rows(columns("TABLE_CAT"), rows);
    }

    @Override
    public ResultSet getSchemas() {
        return empty("TABLE_SCHEM", "TABLE_CATALOG");
    }

    @Override
    public ResultSet getSchemas(String catalog, String schemaPattern) {
        return getSchemas();
    }

    @Override
    public ResultSet getTableTypes() {
        return rows(columns("TABLE_TYPE"), List.<Object[]>of(new Object[] {COLLECTION}));
    }

    @Override
    public ResultSet getTables(@Nullable String catalog, @Nullable String schemaPattern, @Nullable String tableNamePattern,
                               String @Nullable [] types) throws SQLException {
        List<Column> cols = columns("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS", "TYPE_CAT",
                "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION");
        if (types != null && Arrays.stream(types).noneMatch(t -> t != null
                && (t.equalsIgnoreCase(COLLECTION) || t.equalsIgnoreCase("TABLE")))) {
            return rows(cols, List.of());
        }
        List<Object[]> rows = new ArrayList<>();
        for (String db : databases(catalog)) {
            for (String name : collections(db, tableNamePattern)) {
                rows.add(new Object[] {db, null, name, COLLECTION, null, null, null, null, null, null});
            }
        }
        return rows(cols, rows);
    }

    @Override
    public ResultSet getColumns(@Nullable String catalog, @Nullable String schemaPattern, @Nullable String tableNamePattern,
                                @Nullable String columnNamePattern) throws SQLException {
        List<Column> cols = columns("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE:int",
                "TYPE_NAME", "COLUMN_SIZE:int", "BUFFER_LENGTH:int", "DECIMAL_DIGITS:int", "NUM_PREC_RADIX:int",
                "NULLABLE:int", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE:int", "SQL_DATETIME_SUB:int",
                "CHAR_OCTET_LENGTH:int", "ORDINAL_POSITION:int", "IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA",
                "SCOPE_TABLE", "SOURCE_DATA_TYPE:short", "IS_AUTOINCREMENT", "IS_GENERATEDCOLUMN");
        Pattern columnPattern = like(columnNamePattern);
        List<Object[]> rows = new ArrayList<>();
        for (String db : databases(catalog)) {
            for (String collection : collections(db, tableNamePattern)) {
                int position = 0;
                for (FieldSchema field : userFields(describe(db, collection))) {
                    position++;
                    if (!columnPattern.matcher(field.getName()).matches()) {
                        continue;
                    }
                    ColumnType type = ColumnType.of(field);
                    boolean nullable = field.getNullable() && !field.getIsPrimaryKey();
                    Integer size = type.size() > 0 ? Integer.valueOf(type.size()) : type.precision() > 0 ? type.precision() : null;
                    Integer digits = type.jdbcType() == Types.REAL || type.jdbcType() == Types.DOUBLE ? null
                            : type.jdbcType() == Types.BIGINT || type.jdbcType() == Types.INTEGER
                            || type.jdbcType() == Types.SMALLINT || type.jdbcType() == Types.TINYINT ? 0 : null;
                    rows.add(new Object[] {db, null, collection, field.getName(), type.jdbcType(), type.typeName(), size,
                            null, digits, type.precision() > 0 && type.jdbcType() != Types.VARCHAR ? 10 : null,
                            nullable ? columnNullable : columnNoNulls, field.getDescription().isEmpty() ? null : field.getDescription(),
                            defaultValue(field), null, null, type.jdbcType() == Types.VARCHAR ? size : null, position,
                            nullable ? "YES" : "NO", null, null, null, null,
                            field.getAutoID() ? "YES" : "NO", "NO"});
                }
            }
        }
        return rows(cols, rows);
    }

    private static @Nullable String defaultValue(FieldSchema field) {
        if (!field.hasDefaultValue()) {
            return null;
        }
        ValueField v = field.getDefaultValue();
        return switch (v.getDataCase()) {
            case BOOL_DATA -> Boolean.toString(v.getBoolData());
            case INT_DATA -> Integer.toString(v.getIntData());
            case LONG_DATA -> Long.toString(v.getLongData());
            case FLOAT_DATA -> Float.toString(v.getFloatData());
            case DOUBLE_DATA -> Double.toString(v.getDoubleData());
            case STRING_DATA -> "'" + v.getStringData().replace("'", "''") + "'";
            default -> null;
        };
    }

    @Override
    public ResultSet getPrimaryKeys(@Nullable String catalog, @Nullable String schema, String table) throws SQLException {
        List<Column> cols = columns("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ:short", "PK_NAME");
        List<Object[]> rows = new ArrayList<>();
        for (String db : databases(catalog)) {
            if (!collections(db, escape(table)).contains(table)) {
                continue;
            }
            for (FieldSchema field : userFields(describe(db, table))) {
                if (field.getIsPrimaryKey()) {
                    rows.add(new Object[] {db, null, table, field.getName(), (short) 1, "PRIMARY"});
                }
            }
        }
        return rows(cols, rows);
    }

    private static String escape(String name) {
        return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public ResultSet getIndexInfo(@Nullable String catalog, @Nullable String schema, String table, boolean unique,
                                  boolean approximate) throws SQLException {
        List<Column> cols = columns("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "NON_UNIQUE:bool", "INDEX_QUALIFIER",
                "INDEX_NAME", "TYPE:short", "ORDINAL_POSITION:short", "COLUMN_NAME", "ASC_OR_DESC", "CARDINALITY:long",
                "PAGES:long", "FILTER_CONDITION");
        List<Object[]> rows = new ArrayList<>();
        if (unique) {
            return rows(cols, rows);
        }
        for (String db : databases(catalog)) {
            if (!collections(db, escape(table)).contains(table)) {
                continue;
            }
            DescribeIndexResponse response = context().callRaw(MilvusServiceGrpc.getDescribeIndexMethod(),
                    DescribeIndexRequest.newBuilder().setDbName(db).setCollectionName(table).build());
            for (IndexDescription index : response.getIndexDescriptionsList()) {
                String type = index.getParamsList().stream().filter(kv -> kv.getKey().equals("index_type"))
                        .map(KeyValuePair::getValue).findFirst().orElse(null);
                rows.add(new Object[] {db, null, table, true, type, index.getIndexName(), tableIndexOther,
                        (short) 1, index.getFieldName(), null, index.getTotalRows(), 0L, null});
            }
        }
        return rows(cols, rows);
    }

    @Override
    public ResultSet getTypeInfo() {
        List<Column> cols = columns("TYPE_NAME", "DATA_TYPE:int", "PRECISION:int", "LITERAL_PREFIX", "LITERAL_SUFFIX",
                "CREATE_PARAMS", "NULLABLE:short", "CASE_SENSITIVE:bool", "SEARCHABLE:short", "UNSIGNED_ATTRIBUTE:bool",
                "FIXED_PREC_SCALE:bool", "AUTO_INCREMENT:bool", "LOCAL_TYPE_NAME", "MINIMUM_SCALE:short",
                "MAXIMUM_SCALE:short", "SQL_DATA_TYPE:int", "SQL_DATETIME_SUB:int", "NUM_PREC_RADIX:int");
        List<Object[]> rows = new ArrayList<>();
        Object[][] types = {
            {DataType.Bool, null, null}, {DataType.Int8, null, null}, {DataType.Int16, null, null},
            {DataType.Int32, null, null}, {DataType.Int64, null, null}, {DataType.Float, null, null},
            {DataType.Double, null, null}, {DataType.VarChar, "max_length", "'"}, {DataType.JSON, null, null},
            {DataType.Timestamptz, null, "ISO '", "'"}, {DataType.Geometry, null, "'"},
            {DataType.Array, "element_type,max_capacity", null}, {DataType.FloatVector, "dim", null},
            {DataType.BinaryVector, "dim", null}, {DataType.Float16Vector, "dim", null},
            {DataType.BFloat16Vector, "dim", null}, {DataType.Int8Vector, "dim", null},
            {DataType.SparseFloatVector, null, null},
        };
        for (Object[] t : types) {
            ColumnType type = ColumnType.of((DataType) t[0], 0, null);
            boolean number = type.precision() > 0 && type.jdbcType() != Types.VARCHAR && type.jdbcType() != Types.BOOLEAN;
            rows.add(new Object[] {type.baseName(), type.jdbcType(), type.precision() > 0 ? type.precision() : null,
                    t[2], t.length > 3 ? t[3] : t[2], t[1], (short) typeNullable, type.jdbcType() == Types.VARCHAR,
                    (short) (type.isVector() ? typePredNone : typeSearchable), !number, false, false, type.baseName(),
                    (short) 0, (short) 0, null, null, number ? 10 : null});
        }
        rows.sort((a, b) -> Integer.compare((Integer) a[1], (Integer) b[1]));
        return rows(cols, rows);
    }

    // ---- empty answers with the standard columns ----

    @Override
    public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern) {
        return empty("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "RESERVED1", "RESERVED2", "RESERVED3",
                "REMARKS", "PROCEDURE_TYPE:short", "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern,
                                         String columnNamePattern) {
        return empty("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "COLUMN_NAME", "COLUMN_TYPE:short",
                "DATA_TYPE:int", "TYPE_NAME", "PRECISION:int", "LENGTH:int", "SCALE:short", "RADIX:short",
                "NULLABLE:short", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE:int", "SQL_DATETIME_SUB:int",
                "CHAR_OCTET_LENGTH:int", "ORDINAL_POSITION:int", "IS_NULLABLE", "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern) {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "GRANTOR", "GRANTEE", "PRIVILEGE",
                "IS_GRANTABLE");
    }

    @Override
    public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern) {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "GRANTOR", "GRANTEE", "PRIVILEGE", "IS_GRANTABLE");
    }

    @Override
    public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable) {
        return empty("SCOPE:short", "COLUMN_NAME", "DATA_TYPE:int", "TYPE_NAME", "COLUMN_SIZE:int",
                "BUFFER_LENGTH:int", "DECIMAL_DIGITS:short", "PSEUDO_COLUMN:short");
    }

    @Override
    public ResultSet getVersionColumns(String catalog, String schema, String table) {
        return empty("SCOPE:short", "COLUMN_NAME", "DATA_TYPE:int", "TYPE_NAME", "COLUMN_SIZE:int",
                "BUFFER_LENGTH:int", "DECIMAL_DIGITS:short", "PSEUDO_COLUMN:short");
    }

    private static ResultSet keys() {
        return empty("PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME", "FKTABLE_CAT", "FKTABLE_SCHEM",
                "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ:short", "UPDATE_RULE:short", "DELETE_RULE:short", "FK_NAME",
                "PK_NAME", "DEFERRABILITY:short");
    }

    @Override
    public ResultSet getImportedKeys(String catalog, String schema, String table) {
        return keys();
    }

    @Override
    public ResultSet getExportedKeys(String catalog, String schema, String table) {
        return keys();
    }

    @Override
    public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
                                       String foreignCatalog, String foreignSchema, String foreignTable) {
        return keys();
    }

    @Override
    public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types) {
        return empty("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "CLASS_NAME", "DATA_TYPE:int", "REMARKS", "BASE_TYPE:short");
    }

    @Override
    public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) {
        return empty("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SUPERTYPE_CAT", "SUPERTYPE_SCHEM", "SUPERTYPE_NAME");
    }

    @Override
    public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern) {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "SUPERTABLE_NAME");
    }

    @Override
    public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
                                   String attributeNamePattern) {
        return empty("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "ATTR_NAME", "DATA_TYPE:int", "ATTR_TYPE_NAME",
                "ATTR_SIZE:int", "DECIMAL_DIGITS:int", "NUM_PREC_RADIX:int", "NULLABLE:int", "REMARKS", "ATTR_DEF",
                "SQL_DATA_TYPE:int", "SQL_DATETIME_SUB:int", "CHAR_OCTET_LENGTH:int", "ORDINAL_POSITION:int",
                "IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE:short");
    }

    @Override
    public ResultSet getClientInfoProperties() {
        return rows(columns("NAME", "MAX_LEN:int", "DEFAULT_VALUE", "DESCRIPTION"), List.<Object[]>of(
                new Object[] {"ApplicationName", 256, null, "The name of the application using the connection"}));
    }

    @Override
    public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern) {
        return empty("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "REMARKS", "FUNCTION_TYPE:short", "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern,
                                        String columnNamePattern) {
        return empty("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "COLUMN_NAME", "COLUMN_TYPE:short",
                "DATA_TYPE:int", "TYPE_NAME", "PRECISION:int", "LENGTH:int", "SCALE:short", "RADIX:short",
                "NULLABLE:short", "REMARKS", "CHAR_OCTET_LENGTH:int", "ORDINAL_POSITION:int", "IS_NULLABLE",
                "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern,
                                      String columnNamePattern) {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE:int", "COLUMN_SIZE:int",
                "DECIMAL_DIGITS:int", "NUM_PREC_RADIX:int", "COLUMN_USAGE", "REMARKS", "CHAR_OCTET_LENGTH:int",
                "IS_NULLABLE");
    }

    // ---- product, driver, limits ----

    @Override
    public Connection getConnection() {
        return facade;
    }

    @Override
    public String getDatabaseProductName() {
        return "Milvus";
    }

    @Override
    public String getDatabaseProductVersion() throws SQLException {
        return connection.getServerVersion();
    }

    private int[] serverVersionNumbers() {
        try {
            String v = connection.getServerVersion().replaceFirst("^[vV]", "");
            String[] parts = v.split("[.\\-+]");
            int major = parts.length > 0 ? Integer.parseInt(parts[0]) : 0;
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return new int[] {major, minor};
        } catch (SQLException | NumberFormatException e) {
            return new int[] {0, 0};
        }
    }

    @Override
    public int getDatabaseMajorVersion() {
        return serverVersionNumbers()[0];
    }

    @Override
    public int getDatabaseMinorVersion() {
        return serverVersionNumbers()[1];
    }

    @Override
    public String getDriverName() {
        return DriverVersion.NAME;
    }

    @Override
    public String getDriverVersion() {
        return DriverVersion.VERSION;
    }

    @Override
    public int getDriverMajorVersion() {
        return DriverVersion.MAJOR;
    }

    @Override
    public int getDriverMinorVersion() {
        return DriverVersion.MINOR;
    }

    @Override
    public int getJDBCMajorVersion() {
        return 4;
    }

    @Override
    public int getJDBCMinorVersion() {
        return 2;
    }

    @Override
    public String getURL() {
        return connection.config().redactedUrl();
    }

    @Override
    public @Nullable String getUserName() {
        return connection.config().string(dev.quiver.driver.ConnectionProperty.USER);
    }

    @Override
    public String getIdentifierQuoteString() {
        return "`";
    }

    @Override
    public String getCatalogSeparator() {
        return ".";
    }

    @Override
    public String getCatalogTerm() {
        return "database";
    }

    @Override
    public String getSchemaTerm() {
        return "schema";
    }

    @Override
    public String getProcedureTerm() {
        return "procedure";
    }

    @Override
    public String getSearchStringEscape() {
        return "\\";
    }

    @Override
    public String getExtraNameCharacters() {
        return "";
    }

    @Override
    public String getSQLKeywords() {
        return "COLLECTION,PARTITION,LOAD,RELEASE,FLUSH,COMPACT,INDEX,ALIAS,UPSERT,ROWS,DIMENSION,METRIC,NOWAIT,"
                + "TIMEOUT,SHOW,DESCRIBE,USE,EXPLAIN,DATABASES,COLLECTIONS,PARTITIONS,SEGMENTS,STATISTICS";
    }

    @Override
    public String getNumericFunctions() {
        return "";
    }

    @Override
    public String getStringFunctions() {
        return "";
    }

    @Override
    public String getSystemFunctions() {
        return "";
    }

    @Override
    public String getTimeDateFunctions() {
        return "";
    }

    @Override
    public int getDefaultTransactionIsolation() {
        return Connection.TRANSACTION_NONE;
    }

    @Override
    public int getResultSetHoldability() {
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public RowIdLifetime getRowIdLifetime() {
        return RowIdLifetime.ROWID_UNSUPPORTED;
    }

    @Override
    public int getSQLStateType() {
        return sqlStateSQL;
    }

    @Override
    public int getMaxBinaryLiteralLength() {
        return 0;
    }

    @Override
    public int getMaxCatalogNameLength() {
        return 255;
    }

    @Override
    public int getMaxCharLiteralLength() {
        return 65535;
    }

    @Override
    public int getMaxColumnNameLength() {
        return 255;
    }

    @Override
    public int getMaxColumnsInGroupBy() {
        return 1;
    }

    @Override
    public int getMaxColumnsInIndex() {
        return 1;
    }

    @Override
    public int getMaxColumnsInOrderBy() {
        return 1;
    }

    @Override
    public int getMaxColumnsInSelect() {
        return 0;
    }

    @Override
    public int getMaxColumnsInTable() {
        return 64;
    }

    @Override
    public int getMaxConnections() {
        return 0;
    }

    @Override
    public int getMaxCursorNameLength() {
        return 0;
    }

    @Override
    public int getMaxIndexLength() {
        return 0;
    }

    @Override
    public int getMaxProcedureNameLength() {
        return 0;
    }

    @Override
    public int getMaxRowSize() {
        return 0;
    }

    @Override
    public int getMaxSchemaNameLength() {
        return 0;
    }

    @Override
    public int getMaxStatementLength() {
        return 0;
    }

    @Override
    public int getMaxStatements() {
        return 0;
    }

    @Override
    public int getMaxTableNameLength() {
        return 255;
    }

    @Override
    public int getMaxTablesInSelect() {
        return 1;
    }

    @Override
    public int getMaxUserNameLength() {
        return 32;
    }

    @Override
    public boolean supportsResultSetType(int type) {
        return type == ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public boolean supportsResultSetConcurrency(int type, int concurrency) {
        return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public boolean supportsResultSetHoldability(int holdability) {
        return holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public boolean supportsTransactionIsolationLevel(int level) {
        return level == Connection.TRANSACTION_NONE;
    }

    // ---- capabilities ----

    @Override
    public boolean allProceduresAreCallable() {
        return false;
    }

    @Override
    public boolean allTablesAreSelectable() {
        return true;
    }

    @Override
    public boolean autoCommitFailureClosesAllResultSets() {
        return false;
    }

    @Override
    public boolean dataDefinitionCausesTransactionCommit() {
        return false;
    }

    @Override
    public boolean dataDefinitionIgnoredInTransactions() {
        return false;
    }

    @Override
    public boolean deletesAreDetected(int p0) {
        return false;
    }

    @Override
    public boolean doesMaxRowSizeIncludeBlobs() {
        return false;
    }

    @Override
    public boolean generatedKeyAlwaysReturned() {
        return false;
    }

    @Override
    public boolean insertsAreDetected(int p0) {
        return false;
    }

    @Override
    public boolean isCatalogAtStart() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public boolean locatorsUpdateCopy() {
        return false;
    }

    @Override
    public boolean nullPlusNonNullIsNull() {
        return true;
    }

    @Override
    public boolean nullsAreSortedAtEnd() {
        return true;
    }

    @Override
    public boolean nullsAreSortedAtStart() {
        return false;
    }

    @Override
    public boolean nullsAreSortedHigh() {
        return false;
    }

    @Override
    public boolean nullsAreSortedLow() {
        return false;
    }

    @Override
    public boolean othersDeletesAreVisible(int p0) {
        return false;
    }

    @Override
    public boolean othersInsertsAreVisible(int p0) {
        return false;
    }

    @Override
    public boolean othersUpdatesAreVisible(int p0) {
        return false;
    }

    @Override
    public boolean ownDeletesAreVisible(int p0) {
        return false;
    }

    @Override
    public boolean ownInsertsAreVisible(int p0) {
        return false;
    }

    @Override
    public boolean ownUpdatesAreVisible(int p0) {
        return false;
    }

    @Override
    public boolean storesLowerCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean storesLowerCaseQuotedIdentifiers() {
        return false;
    }

    @Override
    public boolean storesMixedCaseIdentifiers() {
        return true;
    }

    @Override
    public boolean storesMixedCaseQuotedIdentifiers() {
        return true;
    }

    @Override
    public boolean storesUpperCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean storesUpperCaseQuotedIdentifiers() {
        return false;
    }

    @Override
    public boolean supportsANSI92EntryLevelSQL() {
        return false;
    }

    @Override
    public boolean supportsANSI92FullSQL() {
        return false;
    }

    @Override
    public boolean supportsANSI92IntermediateSQL() {
        return false;
    }

    @Override
    public boolean supportsAlterTableWithAddColumn() {
        return false;
    }

    @Override
    public boolean supportsAlterTableWithDropColumn() {
        return false;
    }

    @Override
    public boolean supportsBatchUpdates() {
        return true;
    }

    @Override
    public boolean supportsCatalogsInDataManipulation() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInIndexDefinitions() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInPrivilegeDefinitions() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInProcedureCalls() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInTableDefinitions() {
        return false;
    }

    @Override
    public boolean supportsColumnAliasing() {
        return false;
    }

    @Override
    public boolean supportsConvert() {
        return false;
    }

    @Override
    public boolean supportsConvert(int p0, int p1) {
        return false;
    }

    @Override
    public boolean supportsCoreSQLGrammar() {
        return false;
    }

    @Override
    public boolean supportsCorrelatedSubqueries() {
        return false;
    }

    @Override
    public boolean supportsDataDefinitionAndDataManipulationTransactions() {
        return false;
    }

    @Override
    public boolean supportsDataManipulationTransactionsOnly() {
        return false;
    }

    @Override
    public boolean supportsDifferentTableCorrelationNames() {
        return false;
    }

    @Override
    public boolean supportsExpressionsInOrderBy() {
        return false;
    }

    @Override
    public boolean supportsExtendedSQLGrammar() {
        return false;
    }

    @Override
    public boolean supportsFullOuterJoins() {
        return false;
    }

    @Override
    public boolean supportsGetGeneratedKeys() {
        return true;
    }

    @Override
    public boolean supportsGroupBy() {
        return false;
    }

    @Override
    public boolean supportsGroupByBeyondSelect() {
        return false;
    }

    @Override
    public boolean supportsGroupByUnrelated() {
        return false;
    }

    @Override
    public boolean supportsIntegrityEnhancementFacility() {
        return false;
    }

    @Override
    public boolean supportsLikeEscapeClause() {
        return false;
    }

    @Override
    public boolean supportsLimitedOuterJoins() {
        return false;
    }

    @Override
    public boolean supportsMinimumSQLGrammar() {
        return false;
    }

    @Override
    public boolean supportsMixedCaseIdentifiers() {
        return true;
    }

    @Override
    public boolean supportsMixedCaseQuotedIdentifiers() {
        return true;
    }

    @Override
    public boolean supportsMultipleOpenResults() {
        return false;
    }

    @Override
    public boolean supportsMultipleResultSets() {
        return false;
    }

    @Override
    public boolean supportsMultipleTransactions() {
        return true;
    }

    @Override
    public boolean supportsNamedParameters() {
        return true;
    }

    @Override
    public boolean supportsNonNullableColumns() {
        return true;
    }

    @Override
    public boolean supportsOpenCursorsAcrossCommit() {
        return true;
    }

    @Override
    public boolean supportsOpenCursorsAcrossRollback() {
        return true;
    }

    @Override
    public boolean supportsOpenStatementsAcrossCommit() {
        return true;
    }

    @Override
    public boolean supportsOpenStatementsAcrossRollback() {
        return true;
    }

    @Override
    public boolean supportsOrderByUnrelated() {
        return false;
    }

    @Override
    public boolean supportsOuterJoins() {
        return false;
    }

    @Override
    public boolean supportsPositionedDelete() {
        return false;
    }

    @Override
    public boolean supportsPositionedUpdate() {
        return false;
    }

    @Override
    public boolean supportsSavepoints() {
        return false;
    }

    @Override
    public boolean supportsSchemasInDataManipulation() {
        return false;
    }

    @Override
    public boolean supportsSchemasInIndexDefinitions() {
        return false;
    }

    @Override
    public boolean supportsSchemasInPrivilegeDefinitions() {
        return false;
    }

    @Override
    public boolean supportsSchemasInProcedureCalls() {
        return false;
    }

    @Override
    public boolean supportsSchemasInTableDefinitions() {
        return false;
    }

    @Override
    public boolean supportsSelectForUpdate() {
        return false;
    }

    @Override
    public boolean supportsStatementPooling() {
        return false;
    }

    @Override
    public boolean supportsStoredFunctionsUsingCallSyntax() {
        return false;
    }

    @Override
    public boolean supportsStoredProcedures() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInComparisons() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInExists() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInIns() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInQuantifieds() {
        return false;
    }

    @Override
    public boolean supportsTableCorrelationNames() {
        return false;
    }

    @Override
    public boolean supportsTransactions() {
        return false;
    }

    @Override
    public boolean supportsUnion() {
        return false;
    }

    @Override
    public boolean supportsUnionAll() {
        return false;
    }

    @Override
    public boolean updatesAreDetected(int p0) {
        return false;
    }

    @Override
    public boolean usesLocalFilePerTable() {
        return false;
    }

    @Override
    public boolean usesLocalFiles() {
        return false;
    }
}
