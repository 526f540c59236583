package dev.quiver.dsl;

import dev.quiver.grammar.ast.ColumnDefinition;
import dev.quiver.grammar.ast.FunctionDefinition;
import dev.quiver.grammar.ast.CreateCollection;
import dev.quiver.grammar.ast.CreateCollectionQuick;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code CREATE COLLECTION [IF NOT EXISTS] c (columns) [WITH (...)]}. Columns come from {@link #columns(Consumer)}
 * blocks (or the block given to {@link Quiver#createCollection(String, Consumer)}); {@link #dimension(int)} switches
 * to the quick form instead. Immutable and thread-safe.
 */
public final class CreateCollectionStep extends Step<CommandResult> {
    private final String name;
    private final boolean ifNotExists;
    private final List<ColumnDefinition> columns;
    private final List<Property> properties;
    private final List<FunctionDefinition> functions;

    CreateCollectionStep(Context context, String name, boolean ifNotExists, List<ColumnDefinition> columns,
                         List<Property> properties) {
        this(context, name, ifNotExists, columns, properties, List.of());
    }

    private CreateCollectionStep(Context context, String name, boolean ifNotExists, List<ColumnDefinition> columns,
                                 List<Property> properties, List<FunctionDefinition> functions) {
        super(context);
        this.name = name;
        this.ifNotExists = ifNotExists;
        this.columns = List.copyOf(columns);
        this.properties = List.copyOf(properties);
        this.functions = List.copyOf(functions);
    }

    /**
     * Adds a BM25 function ({@code FUNCTION name BM25 (input) -> output}): Milvus fills the SPARSE_FLOAT_VECTOR
     * column {@code output} from the analyzed VARCHAR column {@code input} at insert.
     *
     * @param functionName the function's name
     * @param input a VARCHAR column with an analyzer
     * @param output a SPARSE_FLOAT_VECTOR column, never written by inserts
     * @return a step with the function
     */
    public CreateCollectionStep bm25Function(String functionName, String input, String output) {
        List<FunctionDefinition> all = new ArrayList<>(functions);
        all.add(new FunctionDefinition(functionName, "BM25", List.of(input), List.of(output)));
        return new CreateCollectionStep(context(), name, ifNotExists, columns, properties, all);
    }

    /**
     * Adds the columns defined in {@code block}, after any defined before.
     *
     * @param block receives a {@link Columns} to define columns on
     * @return a step with the columns
     */
    public CreateCollectionStep columns(Consumer<Columns> block) {
        Columns collector = new Columns();
        block.accept(collector);
        List<ColumnDefinition> all = new ArrayList<>(columns);
        all.addAll(collector.build());
        return new CreateCollectionStep(context(), name, ifNotExists, all, properties, functions);
    }

    /**
     * Succeeds without change when the collection already exists.
     *
     * @return a step with IF NOT EXISTS
     */
    public CreateCollectionStep ifNotExists() {
        return new CreateCollectionStep(context(), name, true, columns, properties, functions);
    }

    /**
     * Sets a collection property of the WITH list.
     *
     * @param key the key, such as {@code shards} or {@code mmap.enabled}
     * @param value a number, string or boolean
     * @return a step with the property
     */
    public CreateCollectionStep property(String key, Object value) {
        return new CreateCollectionStep(context(), name, ifNotExists, columns, Properties.with(properties, key, value),
                functions);
    }

    /**
     * The collection's description.
     *
     * @param text the description
     * @return a step with {@code description = 'text'}
     */
    public CreateCollectionStep description(String text) {
        return property("description", text);
    }

    /**
     * Whether rows may carry keys that are not declared columns (stored in the dynamic field).
     *
     * @param enabled true to enable the dynamic field
     * @return a step with {@code dynamic_field = enabled}
     */
    public CreateCollectionStep dynamicField(boolean enabled) {
        return property("dynamic_field", enabled);
    }

    /**
     * The number of shards.
     *
     * @param count positive
     * @return a step with {@code shards = count}
     */
    public CreateCollectionStep shards(int count) {
        return property("shards", count);
    }

    /**
     * The default consistency level of reads.
     *
     * @param level {@code Strong}, {@code Bounded}, {@code Session} or {@code Eventually}
     * @return a step with {@code consistency_level = 'level'}
     */
    public CreateCollectionStep consistencyLevel(String level) {
        return property("consistency_level", level);
    }

    /**
     * Switches to the quick form, as {@code MilvusClient.create_collection(name, dimension=d)} does: an INT64 primary
     * key {@code id}, a {@code vector FLOAT_VECTOR(dimension)}, dynamic fields, an AUTOINDEX and a load. Columns
     * defined so far are not allowed with it.
     *
     * @param dimension the vector dimension, positive
     * @return the quick-form step, keeping IF NOT EXISTS and the properties
     * @throws IllegalStateException when columns were defined
     */
    public QuickCreateCollectionStep dimension(int dimension) {
        if (!columns.isEmpty()) {
            throw new IllegalStateException("the quick form (dimension) defines its own columns; collection " + name
                    + " already has " + columns.size());
        }
        if (dimension <= 0) {
            throw new IllegalArgumentException("the dimension must be positive, not " + dimension);
        }
        return new QuickCreateCollectionStep(context(),
                new CreateCollectionQuick(name, ifNotExists, dimension, null, properties));
    }

    @Override
    public Statement toAst() {
        Set<String> names = new HashSet<>();
        int primaryKeys = 0;
        for (ColumnDefinition column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalStateException("column '" + column.name() + "' of collection " + name
                        + " is defined twice");
            }
            primaryKeys += column.primaryKey() ? 1 : 0;
        }
        if (primaryKeys != 1) {
            throw new IllegalStateException("collection " + name + " needs exactly one primaryKey() column, not "
                    + primaryKeys);
        }
        return new CreateCollection(name, ifNotExists, columns, properties, functions);
    }

    @Override
    CommandResult read(Outcome outcome) {
        return new CommandResult(outcome);
    }
}
