package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.CatalogSnapshot;
import dev.quiver.embedded.catalog.CatalogTransaction;
import dev.quiver.embedded.catalog.CollectionEntry;
import dev.quiver.embedded.catalog.DatabaseState;
import dev.quiver.embedded.catalog.Names;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.AlterAliasRequest;
import dev.quiver.proto.milvus.CreateAliasRequest;
import dev.quiver.proto.milvus.DescribeAliasRequest;
import dev.quiver.proto.milvus.DescribeAliasResponse;
import dev.quiver.proto.milvus.DropAliasRequest;
import dev.quiver.proto.milvus.ListAliasesRequest;
import dev.quiver.proto.milvus.ListAliasesResponse;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.MilvusError;
import java.util.ArrayList;
import java.util.List;

/** Create/Drop/Alter/Describe/ListAliases with Milvus's codes 1600–1602. */
final class AliasRpcs {
    private final Catalog catalog;

    AliasRpcs(Catalog catalog) {
        this.catalog = catalog;
    }

    Status create(CreateAliasRequest request) {
        String database = RequestContext.database(request.getDbName());
        String alias = request.getAlias();
        Names.checkCollection(alias, "alias");
        return catalog.modify(tx -> {
            DatabaseState db = tx.snapshot().requireDatabase(database);
            CollectionEntry target = targetCollection(db, database, request.getCollectionName());
            if (db.collections().containsKey(alias)) {
                throw EngineException.with(MilvusError.ALIAS_COLLECTION_NAME_CONFLICT,
                        "database", database, "alias", alias);
            }
            CollectionEntry holder = db.aliasTarget(alias).orElse(null);
            if (holder != null) {
                if (holder.info().id() == target.info().id()) {
                    return Rpc.ok();
                }
                throw EngineException.withReason(MilvusError.ALIAS_ALREADY_EXISTS,
                        alias + " is alias to another collection: "
                        + holder.info().name() + ": " + MilvusError.ALIAS_ALREADY_EXISTS.leafMessage()
                        + "[database=" + database + "][alias=" + alias + "]");
            }
            addAlias(tx, database, target, alias);
            return Rpc.ok();
        });
    }

    Status drop(DropAliasRequest request) {
        String database = RequestContext.database(request.getDbName());
        String alias = request.getAlias();
        return catalog.modify(tx -> {
            DatabaseState db = tx.snapshot().requireDatabase(database);
            db.aliasTarget(alias).ifPresent(holder -> removeAlias(tx, database, holder, alias));
            return Rpc.ok();
        });
    }

    Status alter(AlterAliasRequest request) {
        String database = RequestContext.database(request.getDbName());
        String alias = request.getAlias();
        Names.checkCollection(alias, "alias");
        return catalog.modify(tx -> {
            DatabaseState db = tx.snapshot().requireDatabase(database);
            CollectionEntry target = targetCollection(db, database, request.getCollectionName());
            if (db.collections().containsKey(alias)) {
                throw EngineException.with(MilvusError.ALIAS_COLLECTION_NAME_CONFLICT,
                        "database", database, "alias", alias);
            }
            CollectionEntry holder = db.aliasTarget(alias)
                    .orElseThrow(() -> EngineException.with(MilvusError.ALIAS_NOT_FOUND,
                            "database", database, "alias", alias));
            if (holder.info().id() == target.info().id()) {
                return Rpc.ok();
            }
            removeAlias(tx, database, holder, alias);
            CollectionEntry refreshed = tx.snapshot().require(database, target.info().name());
            addAlias(tx, database, refreshed, alias);
            return Rpc.ok();
        });
    }

    DescribeAliasResponse describe(DescribeAliasRequest request) {
        String database = RequestContext.database(request.getDbName());
        String alias = request.getAlias();
        CollectionEntry holder = catalog.snapshot().requireDatabase(database).aliasTarget(alias)
                .orElseThrow(() -> EngineException.with(MilvusError.ALIAS_NOT_FOUND,
                        "database", database, "alias", alias));
        return DescribeAliasResponse.newBuilder().setStatus(Rpc.ok()).setDbName(database).setAlias(alias)
                .setCollection(holder.info().name()).build();
    }

    ListAliasesResponse list(ListAliasesRequest request) {
        String database = RequestContext.database(request.getDbName());
        DatabaseState db = catalog.snapshot().requireDatabase(database);
        ListAliasesResponse.Builder response = ListAliasesResponse.newBuilder().setStatus(Rpc.ok())
                .setDbName(database).setCollectionName(request.getCollectionName());
        if (request.getCollectionName().isEmpty()) {
            db.collections().values().forEach(c -> response.addAllAliases(c.info().aliases()));
        } else {
            CollectionEntry entry = db.find(request.getCollectionName())
                    .orElseThrow(() -> CatalogSnapshot.collectionNotFound(database, request.getCollectionName()));
            response.addAllAliases(entry.info().aliases());
        }
        return response.build();
    }

    private static CollectionEntry targetCollection(DatabaseState db, String database, String name) {
        CollectionEntry direct = db.collections().get(name);
        if (direct != null) {
            return direct;
        }
        if (db.aliasTarget(name).isPresent()) {
            throw EngineException.withReason(MilvusError.ALIAS_COLLECTION_NAME_CONFLICT,
                    "cannot create alias on alias: " + name
                    + ": " + MilvusError.ALIAS_COLLECTION_NAME_CONFLICT.leafMessage() + "[database=" + database
                    + "][alias=" + name + "]");
        }
        throw CatalogSnapshot.collectionNotFound(database, name);
    }

    private static void addAlias(CatalogTransaction tx, String database, CollectionEntry target, String alias) {
        List<String> aliases = new ArrayList<>(target.info().aliases());
        aliases.add(alias);
        tx.replace(tx.snapshot().with(database, target.withInfo(CollectionUpdates.withAliases(target.info(), aliases))));
    }

    private static void removeAlias(CatalogTransaction tx, String database, CollectionEntry holder, String alias) {
        List<String> aliases = new ArrayList<>(holder.info().aliases());
        aliases.remove(alias);
        tx.replace(tx.snapshot().with(database, holder.withInfo(CollectionUpdates.withAliases(holder.info(), aliases))));
    }
}
