package dev.quiver.grammar;

import dev.quiver.grammar.ast.*;
import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.Or;
import dev.quiver.grammar.internal.Keywords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Prints a statement AST as canonical statement text: upper-case keywords, {@code COLLECTION} (never
 * {@code TABLE}), {@code IN} after the partition of CREATE PARTITION and {@code FROM} elsewhere, names that are
 * keywords or not plain identifiers in backticks, strings in single quotes, and filters and literal values as
 * {@link MilvusExpressions#renderStatementText(Expression)} prints them. For every statement the parser produces,
 * {@code parse(format(statement)).equals(statement)}, and formatting is idempotent.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatementFormatter {
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private StatementFormatter() {
    }

    /** The canonical text of {@code statement}, without a trailing {@code ;}. */
    public static String format(Statement statement) {
        StringBuilder out = new StringBuilder();
        new Writer(out).statement(statement);
        return out.toString();
    }

    /** {@code name} as statement text: as is when it is a plain identifier and no keyword, else in backticks. */
    public static String formatName(String name) {
        if (PLAIN_IDENTIFIER.matcher(name).matches() && !Keywords.isKeyword(name)) {
            return name;
        }
        return '`' + name.replace("`", "``") + '`';
    }

    /** {@code value} as a single-quoted string literal: quotes doubled, backslashes escaped. */
    public static String formatString(String value) {
        return '\'' + value.replace("\\", "\\\\").replace("'", "''") + '\'';
    }

    /** The statement-text form of a duration: the largest of h, m, s, ms that divides it. */
    static String formatDuration(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 3_600_000 == 0 && millis > 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0 && millis > 0) {
            return millis / 60_000 + "m";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return millis + "ms";
    }

    /** Writes one statement; a small class so that the dispatch reads top-down. */
    private static final class Writer {
        private final StringBuilder out;

        Writer(StringBuilder out) {
            this.out = out;
        }

        private Writer text(String text) {
            out.append(text);
            return this;
        }

        private Writer name(String name) {
            out.append(formatName(name));
            return this;
        }

        private Writer string(String value) {
            out.append(formatString(value));
            return this;
        }

        private Writer value(Expression expression) {
            out.append(MilvusExpressions.renderStatementText(expression));
            return this;
        }

        private Writer names(List<String> names) {
            for (int i = 0; i < names.size(); i++) {
                text(i == 0 ? "" : ", ").name(names.get(i));
            }
            return this;
        }

        private Writer ifNotExists(boolean flag) {
            return text(flag ? "IF NOT EXISTS " : "");
        }

        private Writer ifExists(boolean flag) {
            return text(flag ? "IF EXISTS " : "");
        }

        private Writer noWait(boolean flag) {
            return text(flag ? " NOWAIT" : "");
        }

        private Writer partitionsKeyword(List<String> partitions) {
            return text(partitions.size() == 1 ? "PARTITION " : "PARTITIONS ");
        }

        private Writer with(List<Property> properties) {
            return properties.isEmpty() ? this : text(" WITH ").properties(properties);
        }

        private Writer properties(List<Property> properties) {
            text("(");
            for (int i = 0; i < properties.size(); i++) {
                Property property = properties.get(i);
                text(i == 0 ? "" : ", ").propertyKey(property.key()).text(" = ").value(property.value());
            }
            return text(")");
        }

        private Writer propertyKey(String key) {
            for (String part : key.split("\\.", -1)) {
                if (!PLAIN_IDENTIFIER.matcher(part).matches()) {
                    return string(key);
                }
            }
            return text(dottedName(key));
        }

        void statement(Statement statement) {
            if (statement instanceof Timed timed) {
                statement(timed.statement());
                text(" TIMEOUT ").text(formatDuration(timed.timeout()));
            } else if (statement instanceof Explain explain) {
                text("EXPLAIN ");
                statement(explain.statement());
            } else if (!session(statement) && !schema(statement) && !dataManagement(statement)
                    && !data(statement) && !security(statement)) {
                throw new IllegalArgumentException("unknown statement " + statement);
            }
        }

        private boolean session(Statement statement) {
            if (statement instanceof Use use) {
                text("USE ").name(use.database());
            } else if (statement instanceof SetSetting set) {
                text("SET ").settingName(set.name()).text(" = ").value(set.value());
            } else if (statement instanceof ResetSetting reset) {
                text("RESET ").settingName(reset.name());
            } else if (statement instanceof ShowSettings) {
                text("SHOW SETTINGS");
            } else if (statement instanceof ShowVersion) {
                text("SHOW VERSION");
            } else if (statement instanceof ShowHealth) {
                text("SHOW HEALTH");
            } else if (statement instanceof CreateDatabase create) {
                text("CREATE DATABASE ").ifNotExists(create.ifNotExists()).name(create.name())
                        .with(create.properties());
            } else if (statement instanceof DropDatabase drop) {
                text("DROP DATABASE ").ifExists(drop.ifExists()).name(drop.name());
            } else if (statement instanceof AlterDatabase alter) {
                text("ALTER DATABASE ").name(alter.name()).text(" SET ").properties(alter.properties());
            } else if (statement instanceof ShowDatabases) {
                text("SHOW DATABASES");
            } else if (statement instanceof DescribeDatabase describe) {
                text("DESCRIBE DATABASE ").name(describe.name());
            } else {
                return false;
            }
            return true;
        }

        private Writer settingName(String name) {
            return text(dottedName(name));
        }

        /**
         * A setting name or property key: here keywords can only be names, so only reserved words and parts that
         * are not plain identifiers are quoted.
         */
        private static String dottedName(String name) {
            List<String> parts = new ArrayList<>();
            for (String part : name.split("\\.", -1)) {
                boolean plain = PLAIN_IDENTIFIER.matcher(part).matches() && !Keywords.isReserved(part);
                parts.add(plain ? part : '`' + part.replace("`", "``") + '`');
            }
            return String.join(".", parts);
        }

        private boolean schema(Statement statement) {
            if (statement instanceof CreateCollection create) {
                text("CREATE COLLECTION ").ifNotExists(create.ifNotExists()).name(create.name()).text(" (");
                for (int i = 0; i < create.columns().size(); i++) {
                    text(i == 0 ? "" : ", ").column(create.columns().get(i));
                }
                text(")").with(create.properties());
            } else if (statement instanceof CreateCollectionQuick quick) {
                text("CREATE COLLECTION ").ifNotExists(quick.ifNotExists()).name(quick.name())
                        .text(" DIMENSION ").text(Integer.toString(quick.dimension()));
                if (quick.metric() != null) {
                    text(" METRIC ").text(quick.metric().name());
                }
                with(quick.properties());
            } else if (statement instanceof DropCollection drop) {
                text("DROP COLLECTION ").ifExists(drop.ifExists()).name(drop.name());
            } else if (statement instanceof RenameCollection rename) {
                text("RENAME COLLECTION ").name(rename.name()).text(" TO ").name(rename.newName());
            } else if (statement instanceof AlterCollection alter) {
                text("ALTER COLLECTION ").name(alter.name()).text(" SET ").properties(alter.properties());
            } else if (statement instanceof TruncateCollection truncate) {
                text("TRUNCATE COLLECTION ").name(truncate.name());
            } else if (statement instanceof DescribeCollection describe) {
                text("DESCRIBE COLLECTION ").name(describe.name());
            } else if (statement instanceof ShowCreateCollection show) {
                text("SHOW CREATE COLLECTION ").name(show.name());
            } else if (statement instanceof ShowCollections show) {
                text("SHOW COLLECTIONS");
                if (show.pattern() != null) {
                    text(" LIKE ").string(show.pattern());
                }
            } else if (statement instanceof ShowStatistics show) {
                text("SHOW STATISTICS OF ").name(show.collection());
                if (show.partition() != null) {
                    text(" PARTITION ").name(show.partition());
                }
            } else if (statement instanceof CreatePartition create) {
                text("CREATE PARTITION ").ifNotExists(create.ifNotExists()).name(create.partition())
                        .text(" IN ").name(create.collection());
            } else if (statement instanceof DropPartition drop) {
                text("DROP PARTITION ").ifExists(drop.ifExists()).name(drop.partition())
                        .text(" FROM ").name(drop.collection());
            } else if (statement instanceof ShowPartitions show) {
                text("SHOW PARTITIONS FROM ").name(show.collection());
            } else if (statement instanceof CreateIndex create) {
                text("CREATE INDEX ").ifNotExists(create.ifNotExists());
                if (create.name() != null) {
                    name(create.name()).text(" ");
                }
                text("ON ").name(create.collection()).text(" (").name(create.field()).text(")");
                if (create.indexType() != null) {
                    text(" USING ").name(create.indexType());
                }
                with(create.properties()).noWait(create.noWait());
            } else if (statement instanceof DropIndex drop) {
                text("DROP INDEX ").name(drop.name()).text(" ON ").name(drop.collection());
            } else if (statement instanceof ShowIndexes show) {
                text("SHOW INDEXES FROM ").name(show.collection());
            } else if (statement instanceof DescribeIndex describe) {
                text("DESCRIBE INDEX ").name(describe.name()).text(" ON ").name(describe.collection());
            } else if (statement instanceof CreateAlias create) {
                text("CREATE ALIAS ").name(create.alias()).text(" FOR ").name(create.collection());
            } else if (statement instanceof AlterAlias alter) {
                text("ALTER ALIAS ").name(alter.alias()).text(" FOR ").name(alter.collection());
            } else if (statement instanceof DropAlias drop) {
                text("DROP ALIAS ").name(drop.alias());
            } else if (statement instanceof ShowAliases show) {
                text("SHOW ALIASES");
                if (show.collection() != null) {
                    text(" FOR ").name(show.collection());
                }
            } else if (statement instanceof DescribeAlias describe) {
                text("DESCRIBE ALIAS ").name(describe.alias());
            } else {
                return false;
            }
            return true;
        }

        private Writer column(ColumnDefinition column) {
            name(column.name()).text(" ").type(column.type());
            if (column.primaryKey()) {
                text(" PRIMARY KEY");
            }
            if (column.autoId()) {
                text(" AUTO_ID");
            }
            if (column.nullable() != null) {
                text(column.nullable() ? " NULL" : " NOT NULL");
            }
            if (column.defaultValue() != null) {
                text(" DEFAULT ").value(column.defaultValue());
            }
            if (column.comment() != null) {
                text(" COMMENT ").string(column.comment());
            }
            if (column.partitionKey()) {
                text(" PARTITION KEY");
            }
            return this;
        }

        private Writer type(DataTypeSpec type) {
            text(type.type().name());
            if (type.elementType() != null) {
                text("<").type(type.elementType()).text(">");
            }
            Integer size = type.maxLength() != null ? type.maxLength()
                    : type.dimension() != null ? type.dimension() : type.maxCapacity();
            if (size != null) {
                text("(").text(size.toString()).text(")");
            }
            return this;
        }

        private boolean dataManagement(Statement statement) {
            if (statement instanceof LoadCollection load) {
                text("LOAD COLLECTION ").name(load.collection()).with(load.properties()).noWait(load.noWait());
            } else if (statement instanceof LoadPartitions load) {
                text("LOAD ").partitionsKeyword(load.partitions()).names(load.partitions())
                        .text(" FROM ").name(load.collection()).with(load.properties()).noWait(load.noWait());
            } else if (statement instanceof ReleaseCollection release) {
                text("RELEASE COLLECTION ").name(release.collection());
            } else if (statement instanceof ReleasePartitions release) {
                text("RELEASE ").partitionsKeyword(release.partitions()).names(release.partitions())
                        .text(" FROM ").name(release.collection());
            } else if (statement instanceof ShowLoadState show) {
                text("SHOW LOAD STATE OF ").name(show.collection()).partitionsSuffix(show.partitions());
            } else if (statement instanceof ShowLoadingProgress show) {
                text("SHOW LOADING PROGRESS OF ").name(show.collection()).partitionsSuffix(show.partitions());
            } else if (statement instanceof Flush flush) {
                text("FLUSH ").names(flush.collections()).noWait(flush.noWait());
            } else if (statement instanceof FlushPartition flush) {
                text("FLUSH PARTITION ").name(flush.partition()).text(" FROM ").name(flush.collection())
                        .noWait(flush.noWait());
            } else if (statement instanceof FlushAll flush) {
                text("FLUSH ALL").noWait(flush.noWait());
            } else if (statement instanceof ShowFlushState show) {
                text("SHOW FLUSH STATE OF ").name(show.collection()).text(" AT ").value(show.flushTimestamp());
            } else if (statement instanceof ShowFlushAllState show) {
                text("SHOW FLUSH ALL STATE AT ").value(show.flushAllTimestamp());
            } else if (statement instanceof Compact compact) {
                text("COMPACT ").name(compact.collection()).text(compact.clustering() ? " CLUSTERING" : "");
            } else if (statement instanceof ShowCompactionState show) {
                text("SHOW COMPACTION STATE ").value(show.compactionId());
            } else if (statement instanceof ShowSegments show) {
                text("SHOW SEGMENTS FROM ").name(show.collection());
            } else {
                return false;
            }
            return true;
        }

        private Writer partitionsSuffix(List<String> partitions) {
            return partitions.isEmpty() ? this : text(" ").partitionsKeyword(partitions).names(partitions);
        }

        private boolean data(Statement statement) {
            if (statement instanceof Insert insert) {
                text(insert.upsert() ? "UPSERT INTO " : "INSERT INTO ").name(insert.collection());
                if (insert.partition() != null) {
                    text(" PARTITION ").name(insert.partition());
                }
                insertSource(insert.source());
            } else if (statement instanceof Delete delete) {
                text("DELETE FROM ").name(delete.collection());
                if (delete.partition() != null) {
                    text(" PARTITION ").name(delete.partition());
                }
                text(" WHERE ").value(delete.filter());
            } else if (statement instanceof Query query) {
                select(query.items(), query.collection(), query.partitions());
                if (query.filter() != null) {
                    text(" WHERE ").value(query.filter());
                }
                limitOffset(query.limit(), query.offset()).with(query.properties());
            } else if (statement instanceof Search search) {
                search(search);
            } else {
                return false;
            }
            return true;
        }

        private void insertSource(InsertSource source) {
            if (source instanceof InsertSource.Values values) {
                if (!values.columns().isEmpty()) {
                    text(" (").names(values.columns()).text(")");
                }
                text(" VALUES ");
                for (int row = 0; row < values.rows().size(); row++) {
                    text(row == 0 ? "(" : ", (");
                    List<Expression> cells = values.rows().get(row);
                    for (int i = 0; i < cells.size(); i++) {
                        text(i == 0 ? "" : ", ").value(cells.get(i));
                    }
                    text(")");
                }
            } else {
                List<Expression> rows = ((InsertSource.Rows) source).rows();
                text(" ROWS ");
                for (int i = 0; i < rows.size(); i++) {
                    text(i == 0 ? "" : ", ").value(rows.get(i));
                }
            }
        }

        private Writer select(List<SelectItem> items, String collection, List<String> partitions) {
            text("SELECT ");
            for (int i = 0; i < items.size(); i++) {
                text(i == 0 ? "" : ", ");
                SelectItem item = items.get(i);
                if (item instanceof SelectItem.AllColumns) {
                    text("*");
                } else if (item instanceof SelectItem.CountAll) {
                    text("COUNT(*)");
                } else if (item instanceof SelectItem.Distance) {
                    text("distance()");
                } else {
                    name(((SelectItem.Column) item).name());
                }
            }
            text(" FROM ").name(collection);
            return partitionsSuffix(partitions);
        }

        private Writer limitOffset(@Nullable Expression limit, @Nullable Expression offset) {
            if (limit != null) {
                text(" LIMIT ").value(limit);
            }
            if (offset != null) {
                text(" OFFSET ").value(offset);
            }
            return this;
        }

        private void search(Search search) {
            select(search.items(), search.collection(), search.partitions());
            List<Consumer<Writer>> terms = whereTerms(search.filter(), search.distanceBounds());
            for (int i = 0; i < terms.size(); i++) {
                text(i == 0 ? " WHERE " : " AND ");
                terms.get(i).accept(this);
            }
            if (search.groupBy() != null) {
                text(" GROUP BY ").name(search.groupBy());
            }
            VectorOrder order = search.orderBy();
            text(" ORDER BY ").name(order.field()).text(" ").text(order.metric().getOperator()).text(" ")
                    .value(order.vector());
            limitOffset(search.limit(), search.offset()).with(search.properties());
        }

        /**
         * The AND terms of a search's WHERE: the filter's top-level conjuncts and the distance bounds, merged so
         * that positional parameters keep their text order (the parser numbers {@code ?} in text order).
         */
        private static List<Consumer<Writer>> whereTerms(@Nullable Expression filter, List<DistanceBound> bounds) {
            List<Expression> conjuncts = new ArrayList<>();
            @Nullable Expression current = filter;
            while (current instanceof And and) {
                conjuncts.add(and.right());
                current = and.left();
            }
            if (current != null) {
                conjuncts.add(current);
            }
            Collections.reverse(conjuncts);
            List<Consumer<Writer>> terms = new ArrayList<>();
            int next = 0;
            for (Expression conjunct : conjuncts) {
                int index = firstPositional(conjunct);
                while (next < bounds.size() && index != Integer.MAX_VALUE
                        && firstPositional(bounds.get(next).value()) < index) {
                    terms.add(bound(bounds.get(next++)));
                }
                terms.add(writer -> writer.conjunct(conjunct));
            }
            while (next < bounds.size()) {
                terms.add(bound(bounds.get(next++)));
            }
            return terms;
        }

        private static Consumer<Writer> bound(DistanceBound bound) {
            return writer -> writer.text("distance() ").text(bound.operator().milvusText()).text(" ")
                    .value(bound.value());
        }

        private void conjunct(Expression conjunct) {
            if (conjunct instanceof And || conjunct instanceof Or) {
                text("(").value(conjunct).text(")");
            } else {
                value(conjunct);
            }
        }

        /** The smallest positional parameter index in {@code expression}, or MAX_VALUE when there is none. */
        private static int firstPositional(Expression expression) {
            return PositionalParameters.first(expression);
        }

        private boolean security(Statement statement) {
            if (statement instanceof CreateUser create) {
                text("CREATE USER ").name(create.name()).text(" PASSWORD ").value(create.password());
            } else if (statement instanceof AlterUser alter) {
                text("ALTER USER ").name(alter.name()).text(" PASSWORD ").value(alter.password());
                if (alter.oldPassword() != null) {
                    text(" REPLACE ").value(alter.oldPassword());
                }
            } else if (statement instanceof DropUser drop) {
                text("DROP USER ").name(drop.name());
            } else if (statement instanceof ShowUsers) {
                text("SHOW USERS");
            } else if (statement instanceof CreateRole create) {
                text("CREATE ROLE ").name(create.name());
            } else if (statement instanceof DropRole drop) {
                text("DROP ROLE ").name(drop.name());
            } else if (statement instanceof GrantRole grant) {
                text("GRANT ROLE ").name(grant.role()).text(" TO ").name(grant.user());
            } else if (statement instanceof RevokeRole revoke) {
                text("REVOKE ROLE ").name(revoke.role()).text(" FROM ").name(revoke.user());
            } else if (statement instanceof ShowRoles) {
                text("SHOW ROLES");
            } else if (statement instanceof GrantPrivilege grant) {
                text("GRANT ").objectName(grant.privilege()).text(" ON ").text(grant.objectType().name()).text(" ")
                        .objectName(grant.objectName()).text(" TO ").name(grant.role());
            } else if (statement instanceof RevokePrivilege revoke) {
                text("REVOKE ").objectName(revoke.privilege()).text(" ON ").text(revoke.objectType().name()).text(" ")
                        .objectName(revoke.objectName()).text(" FROM ").name(revoke.role());
            } else if (statement instanceof ShowGrants show) {
                text("SHOW GRANTS FOR ").name(show.role());
            } else {
                return false;
            }
            return true;
        }

        private Writer objectName(String name) {
            return name.equals("*") ? text("*") : name(name);
        }
    }
}
