package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.CatalogSnapshot;
import dev.quiver.embedded.catalog.DatabaseInfo;
import dev.quiver.embedded.catalog.DatabaseState;
import dev.quiver.embedded.catalog.Names;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.AlterDatabaseRequest;
import dev.quiver.proto.milvus.CreateDatabaseRequest;
import dev.quiver.proto.milvus.DescribeDatabaseRequest;
import dev.quiver.proto.milvus.DescribeDatabaseResponse;
import dev.quiver.proto.milvus.DropDatabaseRequest;
import dev.quiver.proto.milvus.ListDatabasesResponse;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.MilvusError;
import java.util.LinkedHashMap;
import java.util.Map;

/** Create/Drop/List/Describe/AlterDatabase with Milvus's rules: {@code default} is permanent, at most 64. */
final class DatabaseRpcs {
    /** Milvus's {@code rootCoord.maxDatabaseNum}. */
    static final int MAX_DATABASES = 64;

    private final Catalog catalog;

    DatabaseRpcs(Catalog catalog) {
        this.catalog = catalog;
    }

    Status create(CreateDatabaseRequest request) {
        String name = request.getDbName();
        Names.checkDatabase(name);
        return catalog.modify(tx -> {
            CatalogSnapshot snapshot = tx.snapshot();
            if (snapshot.database(name).isPresent()) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, "database already exist: " + name);
            }
            if (snapshot.databases().size() >= MAX_DATABASES) {
                throw EngineException.with(MilvusError.DATABASE_NUM_LIMIT, "limit", Integer.toString(MAX_DATABASES));
            }
            long id = tx.nextTimestamp();
            DatabaseInfo info = new DatabaseInfo(name, id, id, KeyValues.toMap(request.getPropertiesList()));
            tx.replace(snapshot.with(DatabaseState.empty(info)));
            return Rpc.ok();
        });
    }

    Status drop(DropDatabaseRequest request) {
        String name = request.getDbName();
        if (name.equals(DatabaseInfo.DEFAULT)) {
            throw EngineException.withReason(MilvusError.UNEXPECTED, "can not drop default database");
        }
        return catalog.modify(tx -> {
            DatabaseState db = tx.snapshot().database(name).orElse(null);
            if (db == null) {
                return Rpc.ok();
            }
            if (!db.collections().isEmpty()) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, "database:" + name
                        + " not empty, must drop all collections before drop database");
            }
            tx.replace(tx.snapshot().without(name));
            return Rpc.ok();
        });
    }

    ListDatabasesResponse list() {
        ListDatabasesResponse.Builder response = ListDatabasesResponse.newBuilder().setStatus(Rpc.ok());
        for (DatabaseState db : catalog.snapshot().databases().values()) {
            response.addDbNames(db.info().name()).addCreatedTimestamp(db.info().createdTimestamp())
                    .addDbIds(db.info().id());
        }
        return response.build();
    }

    DescribeDatabaseResponse describe(DescribeDatabaseRequest request) {
        DatabaseInfo info = catalog.snapshot().requireDatabase(RequestContext.database(request.getDbName())).info();
        return DescribeDatabaseResponse.newBuilder().setStatus(Rpc.ok()).setDbName(info.name()).setDbID(info.id())
                .setCreatedTimestamp(info.createdTimestamp())
                .addAllProperties(KeyValues.toPairs(info.properties())).build();
    }

    Status alter(AlterDatabaseRequest request) {
        String name = RequestContext.database(request.getDbName());
        return catalog.modify(tx -> {
            DatabaseState db = tx.snapshot().requireDatabase(name);
            Map<String, String> properties = new LinkedHashMap<>(db.info().properties());
            properties.putAll(KeyValues.toMap(request.getPropertiesList()));
            request.getDeleteKeysList().forEach(properties::remove);
            DatabaseInfo info = new DatabaseInfo(name, db.info().id(), db.info().createdTimestamp(), properties);
            tx.replace(tx.snapshot().with(db.withInfo(info)));
            return Rpc.ok();
        });
    }
}
