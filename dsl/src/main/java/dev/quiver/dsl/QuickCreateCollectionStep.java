package dev.quiver.dsl;

import dev.quiver.grammar.ast.CreateCollectionQuick;
import dev.quiver.grammar.ast.Metric;
import dev.quiver.grammar.ast.Statement;

/**
 * The quick form {@code CREATE COLLECTION c DIMENSION d [METRIC m]}: an INT64 primary key {@code id}, a
 * {@code vector FLOAT_VECTOR(d)}, dynamic fields, an AUTOINDEX with the metric (COSINE by default), and the
 * collection loaded. Immutable and thread-safe.
 */
public final class QuickCreateCollectionStep extends Step<CommandResult> {
    private final CreateCollectionQuick statement;

    QuickCreateCollectionStep(Context context, CreateCollectionQuick statement) {
        super(context);
        this.statement = statement;
    }

    /**
     * The metric of the AUTOINDEX.
     *
     * @param metric L2, IP, COSINE, ...
     * @return a step with {@code METRIC metric}
     */
    public QuickCreateCollectionStep metric(Metric metric) {
        return new QuickCreateCollectionStep(context(), new CreateCollectionQuick(statement.name(),
                statement.ifNotExists(), statement.dimension(), metric, statement.properties()));
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
