package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The quick form {@code CREATE COLLECTION [IF NOT EXISTS] name DIMENSION d [METRIC m] [WITH (properties)]}: an
 * INT64 primary key {@code id}, a {@code vector FLOAT_VECTOR(d)}, dynamic fields, an AUTOINDEX and a load, as
 * {@code MilvusClient.create_collection(name, dimension=d)} does. {@code metric} is null when not written
 * (COSINE is meant).
 */
public record CreateCollectionQuick(String name, boolean ifNotExists, int dimension, @Nullable Metric metric,
        List<Property> properties) implements Statement {
    public CreateCollectionQuick {
        Objects.requireNonNull(name, "name");
        properties = List.copyOf(properties);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCreateCollectionQuick(this);
    }
}
