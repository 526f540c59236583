package dev.quiver.dsl;

import dev.quiver.grammar.ast.CreateIndex;
import dev.quiver.grammar.ast.Metric;
import dev.quiver.grammar.ast.Statement;

/**
 * {@code CREATE INDEX [IF NOT EXISTS] [name] ON c (field) [USING type] [WITH (...)] [NOWAIT]}. Immutable and
 * thread-safe.
 */
public final class CreateIndexStep extends Step<CommandResult> {
    private final CreateIndex statement;

    CreateIndexStep(Context context, CreateIndex statement) {
        super(context);
        this.statement = statement;
    }

    private CreateIndexStep with(CreateIndex changed) {
        return new CreateIndexStep(context(), changed);
    }

    /**
     * The index name (by default Milvus names it after the field).
     *
     * @param name the index name
     * @return a step with the name
     */
    public CreateIndexStep named(String name) {
        CreateIndex s = statement;
        return with(new CreateIndex(name, s.collection(), s.field(), s.ifNotExists(), s.indexType(), s.properties(),
                s.noWait()));
    }

    /**
     * The index type, such as {@code HNSW}, {@code IVF_FLAT}, {@code FLAT} or {@code AUTOINDEX}.
     *
     * @param indexType the type as Milvus names it
     * @return a step with {@code USING indexType}
     */
    public CreateIndexStep using(String indexType) {
        CreateIndex s = statement;
        return with(new CreateIndex(s.name(), s.collection(), s.field(), s.ifNotExists(), indexType, s.properties(),
                s.noWait()));
    }

    /**
     * The metric the index is built for.
     *
     * @param metric L2, IP, COSINE, HAMMING or JACCARD
     * @return a step with {@code metric_type = 'metric'}
     */
    public CreateIndexStep metric(Metric metric) {
        return param("metric_type", metric.name());
    }

    /**
     * An index parameter, such as {@code M = 16} or {@code efConstruction = 200} for HNSW.
     *
     * @param key the parameter name
     * @param value a number, string or boolean
     * @return a step with the parameter
     */
    public CreateIndexStep param(String key, Object value) {
        CreateIndex s = statement;
        return with(new CreateIndex(s.name(), s.collection(), s.field(), s.ifNotExists(), s.indexType(),
                Properties.with(s.properties(), key, value), s.noWait()));
    }

    /**
     * Succeeds without change when the index already exists.
     *
     * @return a step with IF NOT EXISTS
     */
    public CreateIndexStep ifNotExists() {
        CreateIndex s = statement;
        return with(new CreateIndex(s.name(), s.collection(), s.field(), true, s.indexType(), s.properties(),
                s.noWait()));
    }

    /**
     * Returns as soon as the index is created, without waiting for existing data to be indexed.
     *
     * @return a step with NOWAIT
     */
    public CreateIndexStep noWait() {
        CreateIndex s = statement;
        return with(new CreateIndex(s.name(), s.collection(), s.field(), s.ifNotExists(), s.indexType(),
                s.properties(), true));
    }

    @Override
    public Statement toAst() {
        return statement;
    }

    @Override
    CommandResult read(Outcome outcome) {
        return new CommandResult(outcome);
    }
}
