package dev.quiver.driver.internal.exec;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.expr.Parameter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parameters of a statement and their JDBC indexes. Positional {@code ?} parameters are numbered by the
 * parser from 1. Named {@code :name} parameters get indexes in order of first appearance ({@code :a ... :b ... :a}
 * has two parameters: 1 = a, 2 = b), so plain JDBC {@code setObject(1, ...)} binds them too. A statement cannot
 * mix the two kinds.
 */
public record ParameterLayout(int count, List<String> names) {
    /** A statement without parameters. */
    public static final ParameterLayout NONE = new ParameterLayout(0, List.of());

    public ParameterLayout {
        names = List.copyOf(names);
    }

    /** The layout of {@code statement}. */
    public static ParameterLayout of(Statement statement) throws SQLException {
        int[] maxPositional = {0};
        Set<String> named = new LinkedHashSet<>();
        ParameterScan.forEach(statement, node -> {
            if (node instanceof Parameter.Positional p) {
                maxPositional[0] = Math.max(maxPositional[0], p.index());
            } else if (node instanceof Parameter.Named n) {
                named.add(n.name());
            }
        });
        if (maxPositional[0] > 0 && !named.isEmpty()) {
            throw SqlExceptions.create(MilvusSqlState.SYNTAX_ERROR,
                    "a statement cannot mix ? and :name parameters");
        }
        return named.isEmpty() ? new ParameterLayout(maxPositional[0], List.of())
                : new ParameterLayout(named.size(), new ArrayList<>(named));
    }

    /** Whether the parameters are named. */
    public boolean isNamed() {
        return !names.isEmpty();
    }

    /** The 1-based JDBC index of {@code parameter}. */
    public int indexOf(Parameter parameter) throws SQLException {
        if (parameter instanceof Parameter.Positional p) {
            return p.index();
        }
        String name = ((Parameter.Named) parameter).name();
        int i = names.indexOf(name);
        if (i < 0) {
            throw SqlExceptions.create(MilvusSqlState.WRONG_PARAMETER_COUNT, "unknown parameter :" + name);
        }
        return i + 1;
    }

    /** The 1-based index of the named parameter {@code name} (with or without the colon). */
    public int indexOf(String name) throws SQLException {
        String bare = name.startsWith(":") ? name.substring(1) : name;
        int i = names.indexOf(bare);
        if (i < 0) {
            throw SqlExceptions.create(MilvusSqlState.WRONG_PARAMETER_COUNT, "the statement has no parameter :" + bare
                    + (names.isEmpty() ? "" : "; its parameters are :" + String.join(", :", names)));
        }
        return i + 1;
    }

    /** How parameter {@code index} is written in the statement: {@code ?3} style or {@code :name}. */
    public String describe(int index) {
        return isNamed() && index >= 1 && index <= names.size() ? ":" + names.get(index - 1) : "parameter " + index;
    }
}
