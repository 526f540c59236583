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
        statement.accept(new Writer(out));
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
        return Literals.quote(value);
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

    /** Writes one statement, one visitor method per statement kind. */
    private static final class Writer implements StatementVisitor<Writer> {
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

        @Override
        public Writer visitTimed(Timed timed) {
            timed.statement().accept(this);
            return text(" TIMEOUT ").text(formatDuration(timed.timeout()));
        }

        @Override
        public Writer visitExplain(Explain explain) {
            text("EXPLAIN ");
            return explain.statement().accept(this);
        }

        @Override
        public Writer visitUse(Use use) {
            return text("USE ").name(use.database());
        }

        @Override
        public Writer visitSetSetting(SetSetting set) {
            return text("SET ").settingName(set.name()).text(" = ").value(set.value());
        }

        @Override
        public Writer visitResetSetting(ResetSetting reset) {
            return text("RESET ").settingName(reset.name());
        }

        @Override
        public Writer visitShowSettings(ShowSettings statement) {
            return text("SHOW SETTINGS");
        }

        @Override
        public Writer visitShowVersion(ShowVersion statement) {
            return text("SHOW VERSION");
        }

        @Override
        public Writer visitShowHealth(ShowHealth statement) {
            return text("SHOW HEALTH");
        }

        @Override
        public Writer visitCreateDatabase(CreateDatabase create) {
            return text("CREATE DATABASE ").ifNotExists(create.ifNotExists()).name(create.name())
                    .with(create.properties());
        }

        @Override
        public Writer visitDropDatabase(DropDatabase drop) {
            return text("DROP DATABASE ").ifExists(drop.ifExists()).name(drop.name());
        }

        @Override
        public Writer visitAlterDatabase(AlterDatabase alter) {
            return text("ALTER DATABASE ").name(alter.name()).text(" SET ").properties(alter.properties());
        }

        @Override
        public Writer visitShowDatabases(ShowDatabases statement) {
            return text("SHOW DATABASES");
        }

        @Override
        public Writer visitDescribeDatabase(DescribeDatabase describe) {
            return text("DESCRIBE DATABASE ").name(describe.name());
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

        @Override
        public Writer visitCreateCollection(CreateCollection create) {
            text("CREATE COLLECTION ").ifNotExists(create.ifNotExists()).name(create.name()).text(" (");
            for (int i = 0; i < create.columns().size(); i++) {
                text(i == 0 ? "" : ", ").column(create.columns().get(i));
            }
            for (FunctionDefinition function : create.functions()) {
                text(", FUNCTION ").name(function.name()).text(" ").text(function.type()).text(" (");
                for (int i = 0; i < function.inputs().size(); i++) {
                    text(i == 0 ? "" : ", ").name(function.inputs().get(i));
                }
                text(") -> ");
                for (int i = 0; i < function.outputs().size(); i++) {
                    text(i == 0 ? "" : ", ").name(function.outputs().get(i));
                }
            }
            text(")").with(create.properties());
            return this;
        }

        @Override
        public Writer visitCreateCollectionQuick(CreateCollectionQuick quick) {
            text("CREATE COLLECTION ").ifNotExists(quick.ifNotExists()).name(quick.name())
                    .text(" DIMENSION ").text(Integer.toString(quick.dimension()));
            if (quick.metric() != null) {
                text(" METRIC ").text(quick.metric().name());
            }
            with(quick.properties());
            return this;
        }

        @Override
        public Writer visitDropCollection(DropCollection drop) {
            return text("DROP COLLECTION ").ifExists(drop.ifExists()).name(drop.name());
        }

        @Override
        public Writer visitRenameCollection(RenameCollection rename) {
            return text("RENAME COLLECTION ").name(rename.name()).text(" TO ").name(rename.newName());
        }

        @Override
        public Writer visitAlterCollection(AlterCollection alter) {
            text("ALTER COLLECTION ").name(alter.name());
            return alterations(alter.properties(), alter.dropKeys());
        }

        @Override
        public Writer visitAlterColumn(AlterColumn alter) {
            text("ALTER COLLECTION ").name(alter.collection()).text(" ALTER COLUMN ").name(alter.column());
            return alterations(alter.properties(), alter.dropKeys());
        }

        @Override
        public Writer visitAddColumn(AddColumn add) {
            return text("ALTER COLLECTION ").name(add.collection()).text(" ADD COLUMN ").column(add.column());
        }

        /** {@code SET (k = v, ...)} or {@code DROP PROPERTIES (k, ...)}. */
        private Writer alterations(List<Property> properties, List<String> dropKeys) {
            if (!properties.isEmpty()) {
                return text(" SET ").properties(properties);
            }
            text(" DROP PROPERTIES (");
            for (int i = 0; i < dropKeys.size(); i++) {
                text(i == 0 ? "" : ", ").propertyKey(dropKeys.get(i));
            }
            return text(")");
        }

        @Override
        public Writer visitTruncateCollection(TruncateCollection truncate) {
            return text("TRUNCATE COLLECTION ").name(truncate.name());
        }

        @Override
        public Writer visitDescribeCollection(DescribeCollection describe) {
            return text("DESCRIBE COLLECTION ").name(describe.name());
        }

        @Override
        public Writer visitShowCreateCollection(ShowCreateCollection show) {
            return text("SHOW CREATE COLLECTION ").name(show.name());
        }

        @Override
        public Writer visitShowCollections(ShowCollections show) {
            text("SHOW COLLECTIONS");
            if (show.pattern() != null) {
                text(" LIKE ").string(show.pattern());
            }
            return this;
        }

        @Override
        public Writer visitShowStatistics(ShowStatistics show) {
            text("SHOW STATISTICS OF ").name(show.collection());
            if (show.partition() != null) {
                text(" PARTITION ").name(show.partition());
            }
            return this;
        }

        @Override
        public Writer visitCreatePartition(CreatePartition create) {
            return text("CREATE PARTITION ").ifNotExists(create.ifNotExists()).name(create.partition())
                    .text(" IN ").name(create.collection());
        }

        @Override
        public Writer visitDropPartition(DropPartition drop) {
            return text("DROP PARTITION ").ifExists(drop.ifExists()).name(drop.partition())
                    .text(" FROM ").name(drop.collection());
        }

        @Override
        public Writer visitShowPartitions(ShowPartitions show) {
            return text("SHOW PARTITIONS FROM ").name(show.collection());
        }

        @Override
        public Writer visitCreateIndex(CreateIndex create) {
            text("CREATE INDEX ").ifNotExists(create.ifNotExists());
            if (create.name() != null) {
                name(create.name()).text(" ");
            }
            text("ON ").name(create.collection()).text(" (").name(create.field()).text(")");
            if (create.indexType() != null) {
                text(" USING ").name(create.indexType());
            }
            with(create.properties()).noWait(create.noWait());
            return this;
        }

        @Override
        public Writer visitDropIndex(DropIndex drop) {
            return text("DROP INDEX ").name(drop.name()).text(" ON ").name(drop.collection());
        }

        @Override
        public Writer visitAlterIndex(AlterIndex alter) {
            text("ALTER INDEX ").name(alter.name()).text(" ON ").name(alter.collection());
            return alterations(alter.properties(), alter.dropKeys());
        }

        @Override
        public Writer visitShowIndexes(ShowIndexes show) {
            return text("SHOW INDEXES FROM ").name(show.collection());
        }

        @Override
        public Writer visitDescribeIndex(DescribeIndex describe) {
            return text("DESCRIBE INDEX ").name(describe.name()).text(" ON ").name(describe.collection());
        }

        @Override
        public Writer visitCreateAlias(CreateAlias create) {
            return text("CREATE ALIAS ").name(create.alias()).text(" FOR ").name(create.collection());
        }

        @Override
        public Writer visitAlterAlias(AlterAlias alter) {
            return text("ALTER ALIAS ").name(alter.alias()).text(" FOR ").name(alter.collection());
        }

        @Override
        public Writer visitDropAlias(DropAlias drop) {
            return text("DROP ALIAS ").name(drop.alias());
        }

        @Override
        public Writer visitShowAliases(ShowAliases show) {
            text("SHOW ALIASES");
            if (show.collection() != null) {
                text(" FOR ").name(show.collection());
            }
            return this;
        }

        @Override
        public Writer visitDescribeAlias(DescribeAlias describe) {
            return text("DESCRIBE ALIAS ").name(describe.alias());
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
            if (column.analyzer()) {
                text(" ANALYZER");
                if (column.analyzerParams() != null) {
                    text(" ").string(column.analyzerParams());
                }
            }
            if (column.match()) {
                text(" MATCH");
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

        @Override
        public Writer visitLoadCollection(LoadCollection load) {
            return text("LOAD COLLECTION ").name(load.collection()).with(load.properties()).noWait(load.noWait());
        }

        @Override
        public Writer visitLoadPartitions(LoadPartitions load) {
            return text("LOAD ").partitionsKeyword(load.partitions()).names(load.partitions())
                    .text(" FROM ").name(load.collection()).with(load.properties()).noWait(load.noWait());
        }

        @Override
        public Writer visitReleaseCollection(ReleaseCollection release) {
            return text("RELEASE COLLECTION ").name(release.collection());
        }

        @Override
        public Writer visitReleasePartitions(ReleasePartitions release) {
            return text("RELEASE ").partitionsKeyword(release.partitions()).names(release.partitions())
                    .text(" FROM ").name(release.collection());
        }

        @Override
        public Writer visitShowLoadState(ShowLoadState show) {
            return text("SHOW LOAD STATE OF ").name(show.collection()).partitionsSuffix(show.partitions());
        }

        @Override
        public Writer visitShowLoadingProgress(ShowLoadingProgress show) {
            return text("SHOW LOADING PROGRESS OF ").name(show.collection()).partitionsSuffix(show.partitions());
        }

        @Override
        public Writer visitFlush(Flush flush) {
            return text("FLUSH ").names(flush.collections()).noWait(flush.noWait());
        }

        @Override
        public Writer visitFlushPartition(FlushPartition flush) {
            return text("FLUSH PARTITION ").name(flush.partition()).text(" FROM ").name(flush.collection())
                    .noWait(flush.noWait());
        }

        @Override
        public Writer visitFlushAll(FlushAll flush) {
            return text("FLUSH ALL").noWait(flush.noWait());
        }

        @Override
        public Writer visitShowFlushState(ShowFlushState show) {
            return text("SHOW FLUSH STATE OF ").name(show.collection()).text(" AT ").value(show.flushTimestamp());
        }

        @Override
        public Writer visitShowFlushAllState(ShowFlushAllState show) {
            return text("SHOW FLUSH ALL STATE AT ").value(show.flushAllTimestamp());
        }

        @Override
        public Writer visitCopyFrom(CopyFrom copy) {
            text("COPY ").name(copy.collection());
            if (copy.partition() != null) {
                text(" PARTITION ").name(copy.partition());
            }
            if (!copy.columns().isEmpty()) {
                text(" (").names(copy.columns()).text(")");
            }
            return text(" FROM ").string(copy.path()).with(copy.options());
        }

        @Override
        public Writer visitCopyTo(CopyTo copy) {
            text("COPY ");
            if (copy.collection() != null) {
                name(copy.collection());
            } else {
                text("(");
                java.util.Objects.requireNonNull(copy.query()).accept(this);
                text(")");
            }
            return text(" TO ").string(copy.path()).with(copy.options());
        }

        @Override
        public Writer visitCompact(Compact compact) {
            return text("COMPACT ").name(compact.collection()).text(compact.clustering() ? " CLUSTERING" : "");
        }

        @Override
        public Writer visitShowCompactionState(ShowCompactionState show) {
            return text("SHOW COMPACTION STATE ").value(show.compactionId());
        }

        @Override
        public Writer visitShowSegments(ShowSegments show) {
            return text("SHOW SEGMENTS FROM ").name(show.collection());
        }

        private Writer partitionsSuffix(List<String> partitions) {
            return partitions.isEmpty() ? this : text(" ").partitionsKeyword(partitions).names(partitions);
        }

        @Override
        public Writer visitInsert(Insert insert) {
            text(insert.upsert() ? "UPSERT INTO " : "INSERT INTO ").name(insert.collection());
            if (insert.partition() != null) {
                text(" PARTITION ").name(insert.partition());
            }
            insertSource(insert.source());
            return this;
        }

        @Override
        public Writer visitDelete(Delete delete) {
            text("DELETE FROM ").name(delete.collection());
            if (delete.partition() != null) {
                text(" PARTITION ").name(delete.partition());
            }
            text(" WHERE ").value(delete.filter());
            return this;
        }

        @Override
        public Writer visitQuery(Query query) {
            select(query.items(), query.collection(), query.partitions());
            if (query.filter() != null) {
                text(" WHERE ").value(query.filter());
            }
            limitOffset(query.limit(), query.offset()).with(query.properties());
            return this;
        }

        @Override
        public Writer visitSearch(Search search) {
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
            return limitOffset(search.limit(), search.offset()).with(search.properties());
        }

        @Override
        public Writer visitHybridSearch(HybridSearch search) {
            select(search.items(), search.collection(), search.partitions());
            if (search.filter() != null) {
                text(" WHERE ").value(search.filter());
            }
            if (search.groupBy() != null) {
                text(" GROUP BY ").name(search.groupBy());
            }
            List<Expression> numbers = new ArrayList<>();
            if (search.rerank() instanceof HybridSearch.Rrf rrf) {
                text(" ORDER BY RRF(");
                if (rrf.k() != null) {
                    numbers.add(rrf.k());
                }
            } else {
                text(" ORDER BY WEIGHTED(");
                numbers.addAll(((HybridSearch.Weighted) search.rerank()).weights());
            }
            for (Expression number : numbers) {
                value(number).text(", ");
            }
            for (int i = 0; i < search.searches().size(); i++) {
                HybridSearch.AnnSearch ann = search.searches().get(i);
                text(i == 0 ? "" : ", ").name(ann.order().field()).text(" ").text(ann.order().metric().getOperator())
                        .text(" ").value(ann.order().vector());
                if (ann.filter() != null) {
                    text(" WHERE ").value(ann.filter());
                }
                if (ann.limit() != null) {
                    text(" LIMIT ").value(ann.limit());
                }
            }
            text(")");
            return limitOffset(search.limit(), search.offset()).with(search.properties());
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

        @Override
        public Writer visitCreateUser(CreateUser create) {
            return text("CREATE USER ").name(create.name()).text(" PASSWORD ").value(create.password());
        }

        @Override
        public Writer visitAlterUser(AlterUser alter) {
            text("ALTER USER ").name(alter.name()).text(" PASSWORD ").value(alter.password());
            if (alter.oldPassword() != null) {
                text(" REPLACE ").value(alter.oldPassword());
            }
            return this;
        }

        @Override
        public Writer visitDropUser(DropUser drop) {
            return text("DROP USER ").name(drop.name());
        }

        @Override
        public Writer visitShowUsers(ShowUsers statement) {
            return text("SHOW USERS");
        }

        @Override
        public Writer visitCreateRole(CreateRole create) {
            return text("CREATE ROLE ").name(create.name());
        }

        @Override
        public Writer visitDropRole(DropRole drop) {
            return text("DROP ROLE ").name(drop.name());
        }

        @Override
        public Writer visitGrantRole(GrantRole grant) {
            return text("GRANT ROLE ").name(grant.role()).text(" TO ").name(grant.user());
        }

        @Override
        public Writer visitRevokeRole(RevokeRole revoke) {
            return text("REVOKE ROLE ").name(revoke.role()).text(" FROM ").name(revoke.user());
        }

        @Override
        public Writer visitShowRoles(ShowRoles statement) {
            return text("SHOW ROLES");
        }

        @Override
        public Writer visitGrantPrivilege(GrantPrivilege grant) {
            return text("GRANT ").objectName(grant.privilege()).text(" ON ").text(grant.objectType().name()).text(" ")
                    .objectName(grant.objectName()).text(" TO ").name(grant.role());
        }

        @Override
        public Writer visitRevokePrivilege(RevokePrivilege revoke) {
            return text("REVOKE ").objectName(revoke.privilege()).text(" ON ").text(revoke.objectType().name()).text(" ")
                    .objectName(revoke.objectName()).text(" FROM ").name(revoke.role());
        }

        @Override
        public Writer visitShowGrants(ShowGrants show) {
            return text("SHOW GRANTS FOR ").name(show.role());
        }

        private Writer objectName(String name) {
            return name.equals("*") ? text("*") : name(name);
        }
    }
}
