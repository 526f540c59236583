package dev.quiver.dsl;

import dev.quiver.grammar.ast.ColumnDefinition;
import dev.quiver.grammar.ast.AddColumn;
import dev.quiver.grammar.ast.*;
import dev.quiver.grammar.expr.Literal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the DSL: one factory method per statement of the Quiver language, each returning an immutable
 * {@link Step} to refine and then {@link Step#execute()} (or {@link Step#executeAsync()}).
 *
 * <pre>{@code
 * Quiver quiver = Quiver.using(dataSource);
 * quiver.createCollection("films", c -> {
 *     c.int64("id").primaryKey();
 *     c.varchar("title", 256);
 *     c.floatVector("embedding", 4);
 * }).execute();
 * List<Row> hits = quiver.search("films").vector("embedding", query).using(Metric.COSINE)
 *         .where(field("year").gt(2000)).limit(10).select("id", "title").fetch();
 * }</pre>
 *
 * <p>A Quiver made from a {@link DataSource} borrows a connection for each execution and returns it; one made from
 * a {@link Connection} shares that connection (it must then be thread-safe, as the Milvus driver's is); one made
 * from a URL owns its connection and closes it in {@link #close()}. {@link #detached()} builds statements without
 * any database. Instances are immutable and thread-safe; {@link #withTimeout(Duration)} and
 * {@link #withExecutor(Executor)} return configured copies.
 */
public final class Quiver implements AutoCloseable {
    private static final ExecutorService DEFAULT_EXECUTOR = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "quiver-dsl-async");
        thread.setDaemon(true);
        return thread;
    });

    private final Context context;
    private final @Nullable Connection owned;

    private Quiver(Context context, @Nullable Connection owned) {
        this.context = context;
        this.owned = owned;
    }

    /**
     * A Quiver that borrows a connection from {@code dataSource} for every execution (a pooled DataSource such as
     * the driver's {@code PooledMilvusDataSource} makes that cheap).
     *
     * @param dataSource a DataSource of {@code jdbc:milvus:} connections
     * @return the Quiver
     */
    public static Quiver using(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Quiver(new Context(new JdbcSession(new JdbcSession.ConnectionSource() {
            @Override
            public Connection open() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void release(Connection connection) throws SQLException {
                connection.close();
            }
        }, DEFAULT_EXECUTOR), null), null);
    }

    /**
     * A Quiver that runs every statement on {@code connection}, which it does not close.
     *
     * @param connection an open {@code jdbc:milvus:} connection
     * @return the Quiver
     */
    public static Quiver using(Connection connection) {
        return new Quiver(new Context(shared(connection), null), null);
    }

    /**
     * A Quiver with its own connection to {@code url}, closed by {@link #close()}.
     *
     * @param url a {@code jdbc:milvus:} URL, such as {@code jdbc:milvus:mem:demo} or
     *     {@code jdbc:milvus://localhost:19530/default}
     * @return the Quiver
     * @throws QuiverException when the connection fails
     */
    public static Quiver connect(String url) {
        return connect(url, new java.util.Properties());
    }

    /**
     * A Quiver with its own connection to {@code url} with connection properties ({@code user}, {@code password},
     * {@code token}, ...), closed by {@link #close()}.
     *
     * @param url a {@code jdbc:milvus:} URL
     * @param properties connection properties
     * @return the Quiver
     * @throws QuiverException when the connection fails
     */
    public static Quiver connect(String url, java.util.Properties properties) {
        try {
            Connection connection = DriverManager.getConnection(url, properties);
            return new Quiver(new Context(shared(connection), null), connection);
        } catch (SQLException e) {
            throw new QuiverException(e);
        }
    }

    /**
     * A Quiver without a database: its steps build ASTs and print statement text; executing them fails.
     *
     * @return the detached Quiver
     */
    public static Quiver detached() {
        return new Quiver(new Context(DetachedSession.INSTANCE, null), null);
    }

    private static JdbcSession shared(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        return new JdbcSession(new JdbcSession.ConnectionSource() {
            @Override
            public Connection open() {
                return connection;
            }

            @Override
            public void release(Connection c) {
                // shared: the connection stays open for the next statement
            }
        }, DEFAULT_EXECUTOR);
    }

    /**
     * A copy whose steps are bounded by {@code timeout} unless executed with an explicit one.
     *
     * @param timeout at least one millisecond
     * @return the configured copy, sharing this one's connection
     */
    public Quiver withTimeout(Duration timeout) {
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("a timeout must be at least 1ms, not " + timeout);
        }
        return new Quiver(new Context(context.session(), timeout), owned);
    }

    /**
     * A copy whose {@code ...Async()} executions run on {@code executor} (by default a shared pool of daemon
     * threads).
     *
     * @param executor where asynchronous executions run
     * @return the configured copy, sharing this one's connection
     */
    public Quiver withExecutor(Executor executor) {
        Objects.requireNonNull(executor, "executor");
        Session session = context.session() instanceof JdbcSession jdbc ? jdbc.withExecutor(executor) : context.session();
        return new Quiver(new Context(session, context.timeout()), owned);
    }

    /**
     * Closes the connection this Quiver opened in {@link #connect(String)}; does nothing for one made from a
     * DataSource or a Connection.
     *
     * @throws QuiverException when closing fails
     */
    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (SQLException e) {
                throw new QuiverException(e);
            }
        }
    }

    /**
     * Any statement AST, executed as it is.
     *
     * @param statement the statement
     * @return a step returning the command result
     */
    public Command statement(Statement statement) {
        return new Command(context, statement);
    }

    /**
     * Any reading statement AST, returning its rows.
     *
     * @param statement a SHOW, DESCRIBE, SELECT or EXPLAIN statement
     * @return a step returning the rows
     */
    public Listing listing(Statement statement) {
        return new Listing(context, statement);
    }

    // ---- session and server ----

    /**
     * {@code USE db}: makes {@code database} current for the connection.
     *
     * @param database the database
     * @return the step
     */
    public Command use(String database) {
        return new Command(context, new Use(database));
    }

    /**
     * {@code SET setting = value}: changes a session setting ({@code timeout}, {@code consistency_level}, ...).
     *
     * @param setting the setting name
     * @param value a number, string, boolean or {@link Duration}
     * @return the step
     */
    public Command set(String setting, Object value) {
        return new Command(context, new SetSetting(setting.toLowerCase(java.util.Locale.ROOT), Values.literal(value)));
    }

    /**
     * {@code RESET setting}.
     *
     * @param setting the setting name
     * @return the step
     */
    public Command reset(String setting) {
        return new Command(context, new ResetSetting(setting.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * {@code SHOW SETTINGS}.
     *
     * @return the step
     */
    public Listing showSettings() {
        return new Listing(context, new ShowSettings());
    }

    /**
     * {@code SHOW VERSION}.
     *
     * @return the step
     */
    public Listing showVersion() {
        return new Listing(context, new ShowVersion());
    }

    /**
     * {@code SHOW HEALTH}.
     *
     * @return the step
     */
    public Listing showHealth() {
        return new Listing(context, new ShowHealth());
    }

    /**
     * {@code EXPLAIN statement}: the RPCs {@code step} would send, executing nothing.
     *
     * @param step the step to explain
     * @return the step
     */
    public Listing explain(Step<?> step) {
        return new Listing(context, new Explain(step.toAst()));
    }

    // ---- databases ----

    /**
     * {@code CREATE DATABASE name}.
     *
     * @param name the database
     * @return the step
     */
    public CreateDatabaseStep createDatabase(String name) {
        return new CreateDatabaseStep(context, new CreateDatabase(name, false, List.of()));
    }

    /**
     * {@code DROP DATABASE name}.
     *
     * @param name the database
     * @return the step
     */
    public DropStep dropDatabase(String name) {
        return new DropStep(context, ifExists -> new DropDatabase(name, ifExists), false);
    }

    /**
     * {@code ALTER DATABASE name SET (...)}.
     *
     * @param name the database
     * @return the step; add properties with {@link AlterStep#set(String, Object)}
     */
    public AlterStep alterDatabase(String name) {
        return new AlterStep(context, name, true, List.of(), List.of());
    }

    /**
     * {@code SHOW DATABASES}.
     *
     * @return the step
     */
    public Listing showDatabases() {
        return new Listing(context, new ShowDatabases());
    }

    /**
     * {@code DESCRIBE DATABASE name}.
     *
     * @param name the database
     * @return the step
     */
    public Listing describeDatabase(String name) {
        return new Listing(context, new DescribeDatabase(name));
    }

    // ---- collections ----

    /**
     * {@code CREATE COLLECTION name (...)}; define columns with {@link CreateCollectionStep#columns(Consumer)} or
     * use the quick form {@link CreateCollectionStep#dimension(int)}.
     *
     * @param name the collection
     * @return the step
     */
    public CreateCollectionStep createCollection(String name) {
        return new CreateCollectionStep(context, name, false, List.of(), List.of());
    }

    /**
     * {@code CREATE COLLECTION name (...)} with the columns defined in {@code columns}.
     *
     * @param name the collection
     * @param columns receives a {@link Columns} to define the columns on
     * @return the step
     */
    public CreateCollectionStep createCollection(String name, Consumer<Columns> columns) {
        return createCollection(name).columns(columns);
    }

    /**
     * {@code DROP COLLECTION name}.
     *
     * @param name the collection
     * @return the step
     */
    public DropStep dropCollection(String name) {
        return new DropStep(context, ifExists -> new DropCollection(name, ifExists), false);
    }

    /**
     * {@code RENAME COLLECTION name TO newName}.
     *
     * @param name the collection
     * @param newName its new name
     * @return the step
     */
    public Command renameCollection(String name, String newName) {
        return new Command(context, new RenameCollection(name, newName));
    }

    /**
     * {@code ALTER COLLECTION name SET (...)}.
     *
     * @param name the collection
     * @return the step; add properties with {@link AlterStep#set(String, Object)}
     */
    public AlterStep alterCollection(String name) {
        return new AlterStep(context, name, false, List.of(), List.of());
    }

    /**
     * {@code ALTER COLLECTION collection ADD COLUMN ...}: the one column defined in {@code column}, which Milvus
     * requires to be nullable ({@code c -> c.int32("rating").nullable()}).
     *
     * @param collection the collection
     * @param column receives a {@link Columns} to define exactly one column on
     * @return the step
     */
    public Command addColumn(String collection, Consumer<Columns> column) {
        Columns collector = new Columns();
        column.accept(collector);
        List<ColumnDefinition> defined = collector.build();
        if (defined.size() != 1) {
            throw new IllegalArgumentException("addColumn defines exactly one column, not " + defined.size());
        }
        return new Command(context, new AddColumn(collection, defined.get(0)));
    }

    /**
     * {@code ALTER COLLECTION collection ALTER COLUMN column SET | DROP PROPERTIES (...)}.
     *
     * @param collection the collection
     * @param column the column (field)
     * @return the step; add properties with {@link PropertyStep#set} or remove them with {@link PropertyStep#drop}
     */
    public PropertyStep alterColumn(String collection, String column) {
        return new PropertyStep(context, collection, column, false, List.of(), List.of());
    }

    /**
     * {@code ALTER INDEX index ON collection SET | DROP PROPERTIES (...)}.
     *
     * @param collection the collection
     * @param index the index name
     * @return the step; add properties with {@link PropertyStep#set} or remove them with {@link PropertyStep#drop}
     */
    public PropertyStep alterIndex(String collection, String index) {
        return new PropertyStep(context, collection, index, true, List.of(), List.of());
    }

    /**
     * {@code TRUNCATE COLLECTION name}: deletes every row.
     *
     * @param name the collection
     * @return the step
     */
    public Command truncateCollection(String name) {
        return new Command(context, new TruncateCollection(name));
    }

    /**
     * {@code DESCRIBE COLLECTION name}: one row per field.
     *
     * @param name the collection
     * @return the step
     */
    public Listing describeCollection(String name) {
        return new Listing(context, new DescribeCollection(name));
    }

    /**
     * {@code SHOW CREATE COLLECTION name}.
     *
     * @param name the collection
     * @return the step
     */
    public Listing showCreateCollection(String name) {
        return new Listing(context, new ShowCreateCollection(name));
    }

    /**
     * {@code SHOW COLLECTIONS}.
     *
     * @return the step
     */
    public Listing showCollections() {
        return new Listing(context, new ShowCollections(null));
    }

    /**
     * {@code SHOW COLLECTIONS LIKE 'pattern'}.
     *
     * @param pattern a LIKE pattern such as {@code film%}
     * @return the step
     */
    public Listing showCollections(String pattern) {
        return new Listing(context, new ShowCollections(pattern));
    }

    /**
     * {@code SHOW STATISTICS OF collection}: its row count.
     *
     * @param collection the collection
     * @return the step
     */
    public Listing showStatistics(String collection) {
        return new Listing(context, new ShowStatistics(collection, null));
    }

    /**
     * {@code SHOW STATISTICS OF collection PARTITION partition}.
     *
     * @param collection the collection
     * @param partition one of its partitions
     * @return the step
     */
    public Listing showStatistics(String collection, String partition) {
        return new Listing(context, new ShowStatistics(collection, partition));
    }

    // ---- partitions ----

    /**
     * {@code CREATE PARTITION partition IN collection}.
     *
     * @param collection the collection
     * @param partition the new partition
     * @return the step
     */
    public CreateStep createPartition(String collection, String partition) {
        return new CreateStep(context, ifNotExists -> new CreatePartition(collection, partition, ifNotExists), false);
    }

    /**
     * {@code DROP PARTITION partition FROM collection}.
     *
     * @param collection the collection
     * @param partition the partition
     * @return the step
     */
    public DropStep dropPartition(String collection, String partition) {
        return new DropStep(context, ifExists -> new DropPartition(collection, partition, ifExists), false);
    }

    /**
     * {@code SHOW PARTITIONS FROM collection}.
     *
     * @param collection the collection
     * @return the step
     */
    public Listing showPartitions(String collection) {
        return new Listing(context, new ShowPartitions(collection));
    }

    // ---- load and release ----

    /**
     * {@code LOAD COLLECTION collection}.
     *
     * @param collection the collection
     * @return the step
     */
    public LoadStep loadCollection(String collection) {
        return new LoadStep(context, collection, List.of(), List.of(), false);
    }

    /**
     * {@code LOAD PARTITIONS p, q FROM collection}.
     *
     * @param collection the collection
     * @param partitions one or more partitions
     * @return the step
     */
    public LoadStep loadPartitions(String collection, String... partitions) {
        return new LoadStep(context, collection, nonEmpty(partitions, "LOAD PARTITIONS"), List.of(), false);
    }

    /**
     * {@code RELEASE COLLECTION collection}.
     *
     * @param collection the collection
     * @return the step
     */
    public ReleaseStep releaseCollection(String collection) {
        return new ReleaseStep(context, collection, List.of());
    }

    /**
     * {@code RELEASE PARTITIONS p, q FROM collection}.
     *
     * @param collection the collection
     * @param partitions one or more partitions
     * @return the step
     */
    public ReleaseStep releasePartitions(String collection, String... partitions) {
        return new ReleaseStep(context, collection, nonEmpty(partitions, "RELEASE PARTITIONS"));
    }

    /**
     * {@code SHOW LOAD STATE OF collection [PARTITIONS ...]}.
     *
     * @param collection the collection
     * @param partitions none for the whole collection, or some of its partitions
     * @return the step
     */
    public LoadStateStep loadState(String collection, String... partitions) {
        return new LoadStateStep(context, collection, List.of(partitions));
    }

    /**
     * {@code SHOW LOADING PROGRESS OF collection [PARTITIONS ...]}.
     *
     * @param collection the collection
     * @param partitions none for the whole collection, or some of its partitions
     * @return the step
     */
    public Listing loadingProgress(String collection, String... partitions) {
        return new Listing(context, new ShowLoadingProgress(collection, List.of(partitions)));
    }

    // ---- flush and compaction ----

    /**
     * {@code FLUSH collection [, ...]}.
     *
     * @param collection the first collection
     * @param more further collections
     * @return the step
     */
    public FlushStep flush(String collection, String... more) {
        List<String> all = new java.util.ArrayList<>();
        all.add(collection);
        all.addAll(List.of(more));
        return new FlushStep(context, all, null, false);
    }

    /**
     * {@code FLUSH PARTITION partition FROM collection} (Milvus flushes the whole collection; the partition must
     * exist).
     *
     * @param collection the collection
     * @param partition the partition
     * @return the step
     */
    public FlushStep flushPartition(String collection, String partition) {
        return new FlushStep(context, List.of(collection), partition, false);
    }

    /**
     * {@code FLUSH ALL}: every collection of every database.
     *
     * @return the step
     */
    public FlushAllStep flushAll() {
        return new FlushAllStep(context, false);
    }

    /**
     * {@code SHOW FLUSH STATE OF collection AT flushTimestamp}.
     *
     * @param collection the collection
     * @param flushTimestamp from {@link FlushResult#getFlushTimestamp(String)}
     * @return the step, returning whether the flush is persisted
     */
    public FlushStateStep flushState(String collection, long flushTimestamp) {
        return new FlushStateStep(context, new ShowFlushState(collection, Literal.of(flushTimestamp)));
    }

    /**
     * {@code SHOW FLUSH ALL STATE AT flushAllTimestamp}.
     *
     * @param flushAllTimestamp from {@link FlushAllResult#getFlushAllTimestamp()}
     * @return the step, returning whether every collection is flushed
     */
    public FlushStateStep flushAllState(long flushAllTimestamp) {
        return new FlushStateStep(context, new ShowFlushAllState(Literal.of(flushAllTimestamp)));
    }

    /**
     * {@code COMPACT collection}.
     *
     * @param collection the collection
     * @return the step
     */
    public Command compact(String collection) {
        return new Command(context, new Compact(collection, false));
    }

    /**
     * {@code COMPACT collection CLUSTERING}.
     *
     * @param collection the collection
     * @return the step
     */
    public Command compactClustering(String collection) {
        return new Command(context, new Compact(collection, true));
    }

    /**
     * {@code SHOW COMPACTION STATE id}.
     *
     * @param compactionId the id a COMPACT reported
     * @return the step
     */
    public Listing compactionState(long compactionId) {
        return new Listing(context, new ShowCompactionState(Literal.of(compactionId)));
    }

    /**
     * {@code SHOW SEGMENTS FROM collection}.
     *
     * @param collection the collection
     * @return the step
     */
    public Listing showSegments(String collection) {
        return new Listing(context, new ShowSegments(collection));
    }

    // ---- indexes and aliases ----

    /**
     * {@code CREATE INDEX ON collection (field)}.
     *
     * @param collection the collection
     * @param field the field to index
     * @return the step
     */
    public CreateIndexStep createIndex(String collection, String field) {
        return new CreateIndexStep(context, new CreateIndex(null, collection, field, false, null, List.of(), false));
    }

    /**
     * {@code DROP INDEX name ON collection}.
     *
     * @param collection the collection
     * @param name the index
     * @return the step
     */
    public Command dropIndex(String collection, String name) {
        return new Command(context, new DropIndex(name, collection));
    }

    /**
     * {@code SHOW INDEXES FROM collection}.
     *
     * @param collection the collection
     * @return the step
     */
    public Listing showIndexes(String collection) {
        return new Listing(context, new ShowIndexes(collection));
    }

    /**
     * {@code DESCRIBE INDEX name ON collection}.
     *
     * @param collection the collection
     * @param name the index
     * @return the step
     */
    public Listing describeIndex(String collection, String name) {
        return new Listing(context, new DescribeIndex(name, collection));
    }

    /**
     * {@code CREATE ALIAS alias FOR collection}.
     *
     * @param alias the alias
     * @param collection the collection
     * @return the step
     */
    public Command createAlias(String alias, String collection) {
        return new Command(context, new CreateAlias(alias, collection));
    }

    /**
     * {@code ALTER ALIAS alias FOR collection}.
     *
     * @param alias the alias
     * @param collection the collection it now stands for
     * @return the step
     */
    public Command alterAlias(String alias, String collection) {
        return new Command(context, new AlterAlias(alias, collection));
    }

    /**
     * {@code DROP ALIAS alias}.
     *
     * @param alias the alias
     * @return the step
     */
    public Command dropAlias(String alias) {
        return new Command(context, new DropAlias(alias));
    }

    /**
     * {@code SHOW ALIASES}.
     *
     * @return the step
     */
    public Listing showAliases() {
        return new Listing(context, new ShowAliases(null));
    }

    /**
     * {@code SHOW ALIASES FOR collection}.
     *
     * @param collection the collection
     * @return the step
     */
    public Listing showAliases(String collection) {
        return new Listing(context, new ShowAliases(collection));
    }

    /**
     * {@code DESCRIBE ALIAS alias}.
     *
     * @param alias the alias
     * @return the step
     */
    public Listing describeAlias(String alias) {
        return new Listing(context, new DescribeAlias(alias));
    }

    // ---- data ----

    /**
     * {@code INSERT INTO collection ...}.
     *
     * @param collection the collection
     * @return the step; add rows to it
     */
    public InsertStep insertInto(String collection) {
        return new InsertStep(context, collection, null, false, null, List.of(), List.of());
    }

    /**
     * {@code UPSERT INTO collection ...}: inserts, replacing rows with the same primary key.
     *
     * @param collection the collection
     * @return the step; add rows to it
     */
    public InsertStep upsertInto(String collection) {
        return new InsertStep(context, collection, null, true, null, List.of(), List.of());
    }

    /**
     * {@code DELETE FROM collection WHERE ...}.
     *
     * @param collection the collection
     * @return the step; it needs {@link DeleteStep#where(Filter)}
     */
    public DeleteStep deleteFrom(String collection) {
        return new DeleteStep(context, collection, null, null);
    }

    /**
     * A query: {@code SELECT ... FROM collection}.
     *
     * @param collection the collection
     * @return the step
     */
    public QueryStep selectFrom(String collection) {
        return new QueryStep(context, collection, Reads.empty(), null);
    }

    /**
     * A vector search in {@code collection}.
     *
     * @param collection the collection
     * @return the step; it needs a query vector
     */
    public SearchStep search(String collection) {
        return new SearchStep(context, collection, Reads.empty(), SearchStep.DEFAULT_VECTOR_FIELD, Metric.COSINE,
                null, List.of(), null, SearchStep.DEFAULT_LIMIT);
    }

    /**
     * A hybrid search in {@code collection}: several searches fused by RRF (the default) or weighted scores.
     *
     * @param collection the collection
     * @return the step; it needs at least one {@link AnnSearch}
     */
    public HybridSearchStep hybridSearch(String collection) {
        return new HybridSearchStep(context, collection, Reads.empty(), List.of(),
                new dev.quiver.grammar.ast.HybridSearch.Rrf(null), null, SearchStep.DEFAULT_LIMIT);
    }

    // ---- users and roles ----

    /**
     * {@code CREATE USER name PASSWORD '...'}; the password never appears in the AST's {@code toString()}.
     *
     * @param name the user
     * @param password the password
     * @return the step
     */
    public Command createUser(String name, String password) {
        return new Command(context, new CreateUser(name, Literal.of(password)));
    }

    /**
     * {@code ALTER USER name PASSWORD 'new' REPLACE 'old'}.
     *
     * @param name the user
     * @param oldPassword the current password
     * @param newPassword the new password
     * @return the step
     */
    public Command alterUserPassword(String name, String oldPassword, String newPassword) {
        return new Command(context, new AlterUser(name, Literal.of(newPassword), Literal.of(oldPassword)));
    }

    /**
     * {@code DROP USER name}.
     *
     * @param name the user
     * @return the step
     */
    public Command dropUser(String name) {
        return new Command(context, new DropUser(name));
    }

    /**
     * {@code SHOW USERS}.
     *
     * @return the step
     */
    public Listing showUsers() {
        return new Listing(context, new ShowUsers());
    }

    /**
     * {@code CREATE ROLE name}.
     *
     * @param name the role
     * @return the step
     */
    public Command createRole(String name) {
        return new Command(context, new CreateRole(name));
    }

    /**
     * {@code DROP ROLE name}.
     *
     * @param name the role
     * @return the step
     */
    public Command dropRole(String name) {
        return new Command(context, new DropRole(name));
    }

    /**
     * {@code GRANT ROLE role TO user}.
     *
     * @param role the role
     * @param user the user
     * @return the step
     */
    public Command grantRole(String role, String user) {
        return new Command(context, new GrantRole(role, user));
    }

    /**
     * {@code REVOKE ROLE role FROM user}.
     *
     * @param role the role
     * @param user the user
     * @return the step
     */
    public Command revokeRole(String role, String user) {
        return new Command(context, new RevokeRole(role, user));
    }

    /**
     * {@code SHOW ROLES}.
     *
     * @return the step
     */
    public Listing showRoles() {
        return new Listing(context, new ShowRoles());
    }

    /**
     * {@code GRANT privilege ON objectType objectName TO role}.
     *
     * @param privilege a Milvus privilege such as {@code Search}, {@code Insert} or {@code All}
     * @param objectType the kind of object
     * @param objectName the object, or {@code *}
     * @param role the role
     * @return the step
     */
    public Command grant(String privilege, GrantObjectType objectType, String objectName, String role) {
        return new Command(context, new GrantPrivilege(privilege, objectType, objectName, role));
    }

    /**
     * {@code REVOKE privilege ON objectType objectName FROM role}.
     *
     * @param privilege a Milvus privilege
     * @param objectType the kind of object
     * @param objectName the object, or {@code *}
     * @param role the role
     * @return the step
     */
    public Command revoke(String privilege, GrantObjectType objectType, String objectName, String role) {
        return new Command(context, new RevokePrivilege(privilege, objectType, objectName, role));
    }

    /**
     * {@code SHOW GRANTS FOR role}.
     *
     * @param role the role
     * @return the step
     */
    public Listing showGrants(String role) {
        return new Listing(context, new ShowGrants(role));
    }

    private static List<String> nonEmpty(String[] names, String statement) {
        if (names.length == 0) {
            throw new IllegalArgumentException(statement + " needs at least one partition");
        }
        return List.of(names);
    }
}
