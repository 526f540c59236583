package dev.quiver.grammar.ast;

import org.jspecify.annotations.Nullable;

/**
 * One operation over every kind of {@link Statement}, dispatched by {@link Statement#accept}.
 *
 * <p>One method per statement kind and deliberately no default methods and no adapter class: adding a statement
 * kind means adding a method here, so every visitor that does not handle it stops compiling. {@link Timed} and
 * {@link Explain} wrap another statement; a visitor recurses into it when it needs to.
 *
 * @param <R> the result of visiting a statement
 */
public interface StatementVisitor<R extends @Nullable Object> {
    /** {@link Use}. */
    R visitUse(Use statement);

    /** {@link SetSetting}. */
    R visitSetSetting(SetSetting statement);

    /** {@link ResetSetting}. */
    R visitResetSetting(ResetSetting statement);

    /** {@link ShowSettings}. */
    R visitShowSettings(ShowSettings statement);

    /** {@link ShowVersion}. */
    R visitShowVersion(ShowVersion statement);

    /** {@link ShowHealth}. */
    R visitShowHealth(ShowHealth statement);

    /** {@link Explain}. */
    R visitExplain(Explain statement);

    /** {@link Timed}. */
    R visitTimed(Timed statement);

    /** {@link CreateDatabase}. */
    R visitCreateDatabase(CreateDatabase statement);

    /** {@link DropDatabase}. */
    R visitDropDatabase(DropDatabase statement);

    /** {@link AlterDatabase}. */
    R visitAlterDatabase(AlterDatabase statement);

    /** {@link ShowDatabases}. */
    R visitShowDatabases(ShowDatabases statement);

    /** {@link DescribeDatabase}. */
    R visitDescribeDatabase(DescribeDatabase statement);

    /** {@link CreateCollection}. */
    R visitCreateCollection(CreateCollection statement);

    /** {@link CreateCollectionQuick}. */
    R visitCreateCollectionQuick(CreateCollectionQuick statement);

    /** {@link DropCollection}. */
    R visitDropCollection(DropCollection statement);

    /** {@link RenameCollection}. */
    R visitRenameCollection(RenameCollection statement);

    /** {@link AlterCollection}. */
    R visitAlterCollection(AlterCollection statement);

    /** {@link AlterColumn}. */
    R visitAlterColumn(AlterColumn statement);

    /** {@link AddColumn}. */
    R visitAddColumn(AddColumn statement);

    /** {@link TruncateCollection}. */
    R visitTruncateCollection(TruncateCollection statement);

    /** {@link DescribeCollection}. */
    R visitDescribeCollection(DescribeCollection statement);

    /** {@link ShowCreateCollection}. */
    R visitShowCreateCollection(ShowCreateCollection statement);

    /** {@link ShowCollections}. */
    R visitShowCollections(ShowCollections statement);

    /** {@link ShowStatistics}. */
    R visitShowStatistics(ShowStatistics statement);

    /** {@link CreatePartition}. */
    R visitCreatePartition(CreatePartition statement);

    /** {@link DropPartition}. */
    R visitDropPartition(DropPartition statement);

    /** {@link ShowPartitions}. */
    R visitShowPartitions(ShowPartitions statement);

    /** {@link LoadCollection}. */
    R visitLoadCollection(LoadCollection statement);

    /** {@link LoadPartitions}. */
    R visitLoadPartitions(LoadPartitions statement);

    /** {@link ReleaseCollection}. */
    R visitReleaseCollection(ReleaseCollection statement);

    /** {@link ReleasePartitions}. */
    R visitReleasePartitions(ReleasePartitions statement);

    /** {@link ShowLoadState}. */
    R visitShowLoadState(ShowLoadState statement);

    /** {@link ShowLoadingProgress}. */
    R visitShowLoadingProgress(ShowLoadingProgress statement);

    /** {@link Flush}. */
    R visitFlush(Flush statement);

    /** {@link FlushPartition}. */
    R visitFlushPartition(FlushPartition statement);

    /** {@link FlushAll}. */
    R visitFlushAll(FlushAll statement);

    /** {@link ShowFlushState}. */
    R visitShowFlushState(ShowFlushState statement);

    /** {@link ShowFlushAllState}. */
    R visitShowFlushAllState(ShowFlushAllState statement);

    /** {@link Compact}. */
    R visitCompact(Compact statement);

    /** {@link ShowCompactionState}. */
    R visitShowCompactionState(ShowCompactionState statement);

    /** {@link ShowSegments}. */
    R visitShowSegments(ShowSegments statement);

    /** {@link CreateIndex}. */
    R visitCreateIndex(CreateIndex statement);

    /** {@link DropIndex}. */
    R visitDropIndex(DropIndex statement);

    /** {@link AlterIndex}. */
    R visitAlterIndex(AlterIndex statement);

    /** {@link ShowIndexes}. */
    R visitShowIndexes(ShowIndexes statement);

    /** {@link DescribeIndex}. */
    R visitDescribeIndex(DescribeIndex statement);

    /** {@link CreateAlias}. */
    R visitCreateAlias(CreateAlias statement);

    /** {@link AlterAlias}. */
    R visitAlterAlias(AlterAlias statement);

    /** {@link DropAlias}. */
    R visitDropAlias(DropAlias statement);

    /** {@link ShowAliases}. */
    R visitShowAliases(ShowAliases statement);

    /** {@link DescribeAlias}. */
    R visitDescribeAlias(DescribeAlias statement);

    /** {@link Insert}. */
    R visitInsert(Insert statement);

    /** {@link Delete}. */
    R visitDelete(Delete statement);

    /** {@link Query}. */
    R visitQuery(Query statement);

    /** {@link Search}. */
    R visitSearch(Search statement);

    /** {@link HybridSearch}. */
    R visitHybridSearch(HybridSearch statement);

    /** {@link CreateUser}. */
    R visitCreateUser(CreateUser statement);

    /** {@link AlterUser}. */
    R visitAlterUser(AlterUser statement);

    /** {@link DropUser}. */
    R visitDropUser(DropUser statement);

    /** {@link ShowUsers}. */
    R visitShowUsers(ShowUsers statement);

    /** {@link CreateRole}. */
    R visitCreateRole(CreateRole statement);

    /** {@link DropRole}. */
    R visitDropRole(DropRole statement);

    /** {@link GrantRole}. */
    R visitGrantRole(GrantRole statement);

    /** {@link RevokeRole}. */
    R visitRevokeRole(RevokeRole statement);

    /** {@link ShowRoles}. */
    R visitShowRoles(ShowRoles statement);

    /** {@link GrantPrivilege}. */
    R visitGrantPrivilege(GrantPrivilege statement);

    /** {@link RevokePrivilege}. */
    R visitRevokePrivilege(RevokePrivilege statement);

    /** {@link ShowGrants}. */
    R visitShowGrants(ShowGrants statement);

    /** {@link CopyFrom}. */
    R visitCopyFrom(CopyFrom statement);

    /** {@link CopyTo}. */
    R visitCopyTo(CopyTo statement);
}
