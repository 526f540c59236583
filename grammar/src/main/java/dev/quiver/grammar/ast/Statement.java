package dev.quiver.grammar.ast;

import org.jspecify.annotations.Nullable;

/**
 * A parsed Quiver statement. Every implementation is an immutable record with value equality, so
 * {@code parse(format(statement)).equals(statement)} can be checked. Produced by
 * {@link dev.quiver.grammar.StatementParser}, printed by {@link dev.quiver.grammar.StatementFormatter}.
 */
public sealed interface Statement
        permits Use, SetSetting, ResetSetting, ShowSettings, ShowVersion, ShowHealth,
        Explain, Timed, CreateDatabase, DropDatabase, AlterDatabase, ShowDatabases,
        DescribeDatabase, CreateCollection, CreateCollectionQuick, DropCollection, RenameCollection, AlterCollection,
        AlterColumn, AddColumn, TruncateCollection, DescribeCollection, ShowCreateCollection, ShowCollections,
        ShowStatistics, CreatePartition,
        DropPartition, ShowPartitions, LoadCollection, LoadPartitions, ReleaseCollection, ReleasePartitions,
        ShowLoadState, ShowLoadingProgress, Flush, FlushPartition, FlushAll, ShowFlushState,
        ShowFlushAllState, Compact, ShowCompactionState, ShowSegments, CreateIndex, DropIndex, AlterIndex,
        ShowIndexes, DescribeIndex, CreateAlias, AlterAlias, DropAlias, ShowAliases,
        DescribeAlias, Insert, Delete, Query, Search, HybridSearch, CreateUser,
        AlterUser, DropUser, ShowUsers, CreateRole, DropRole, GrantRole,
        RevokeRole, ShowRoles, GrantPrivilege, RevokePrivilege, ShowGrants, CopyFrom, CopyTo {

    /**
     * Calls the method of {@code visitor} for this statement's kind and returns its result. Every statement kind
     * implements this itself, calling its own {@link StatementVisitor} method, so a new kind cannot compile
     * without a visitor method of its own.
     */
    <R extends @Nullable Object> R accept(StatementVisitor<R> visitor);
}
