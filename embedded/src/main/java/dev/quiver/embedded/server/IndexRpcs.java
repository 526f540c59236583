package dev.quiver.embedded.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.CollectionEntry;
import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.catalog.IndexInfo;
import dev.quiver.embedded.catalog.IndexProgress;
import dev.quiver.embedded.catalog.IndexSpecs;
import dev.quiver.embedded.catalog.Names;
import dev.quiver.embedded.catalog.DataStore;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.AlterIndexRequest;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.DescribeIndexRequest;
import dev.quiver.proto.milvus.DescribeIndexResponse;
import dev.quiver.proto.milvus.DropIndexRequest;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.GetIndexBuildProgressRequest;
import dev.quiver.proto.milvus.GetIndexBuildProgressResponse;
import dev.quiver.proto.milvus.GetIndexStateRequest;
import dev.quiver.proto.milvus.GetIndexStatisticsRequest;
import dev.quiver.proto.milvus.GetIndexStatisticsResponse;
import dev.quiver.proto.milvus.GetIndexStateResponse;
import dev.quiver.proto.milvus.IndexDescription;
import dev.quiver.proto.milvus.IndexState;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.MilvusError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Create/Describe/DropIndex (and the deprecated GetIndexState/GetIndexBuildProgress). CreateIndex records the index
 * and returns; the data path then builds it for every flushed segment in the background, and DescribeIndex reports
 * its progress as Milvus's DataCoord does: {@code total_rows} over flushed segments, {@code indexed_rows} and
 * {@code pending_index_rows}, state {@code InProgress} until every flushed segment has it, then {@code Finished}
 * (clients that wait, like the SDKs' sync CreateIndex and the driver without NOWAIT, poll it).
 */
final class IndexRpcs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalog catalog;
    private final DataStore data;

    IndexRpcs(Catalog catalog, DataStore data) {
        this.catalog = catalog;
        this.data = data;
    }

    Status create(CreateIndexRequest request) {
        String database = RequestContext.database(request.getDbName());
        long[] changed = {0};
        Status status = catalog.modify(tx -> {
            CollectionEntry entry = tx.snapshot().require(database, request.getCollectionName());
            CollectionInfo info = entry.info();
            FieldSchema field = info.schema().getFieldsList().stream()
                    .filter(f -> f.getName().equals(request.getFieldName()) && !f.getIsDynamic()).findFirst()
                    .orElseThrow(() -> EngineException.with(MilvusError.FIELD_NOT_FOUND,
                            "field", request.getFieldName()));
            String name = request.getIndexName().isEmpty() ? field.getName() : request.getIndexName();
            Names.checkIndex(name);
            IndexInfo candidate = IndexSpecs.parse(field, request.getExtraParamsList(), 0, name);
            IndexInfo existing = info.indexes().get(field.getName());
            if (existing != null) {
                if (existing.name().equals(name) && IndexSpecs.sameDefinition(existing, candidate)) {
                    return Rpc.ok();
                }
                throw EngineException.withReason(MilvusError.UNEXPECTED,
                        "CreateIndex failed: at most one distinct index is allowed per field");
            }
            boolean nameTaken = info.indexes().values().stream().anyMatch(i -> i.name().equals(name));
            if (nameTaken) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, 
                        "CreateIndex failed: index already exist, but parameters are inconsistent");
            }
            IndexInfo index = new IndexInfo(tx.nextTimestamp(), name, field.getName(), candidate.indexType(),
                    candidate.metricType(), candidate.params());
            Map<String, IndexInfo> indexes = new LinkedHashMap<>(info.indexes());
            indexes.put(field.getName(), index);
            tx.replace(tx.snapshot().with(database, entry.withInfo(CollectionUpdates.withIndexes(info, indexes))));
            changed[0] = info.id();
            return Rpc.ok();
        });
        if (changed[0] != 0) {
            data.indexesChanged(changed[0]);
        }
        return status;
    }

    DescribeIndexResponse describe(DescribeIndexRequest request) {
        String database = RequestContext.database(request.getDbName());
        CollectionInfo info = catalog.snapshot().require(database, request.getCollectionName()).info();
        List<IndexInfo> matching = select(info, request.getIndexName(), request.getFieldName());
        DescribeIndexResponse.Builder response = DescribeIndexResponse.newBuilder().setStatus(Rpc.ok());
        for (IndexInfo index : matching) {
            IndexProgress progress = data.indexProgress(info.id(), index);
            response.addIndexDescriptions(IndexDescription.newBuilder().setIndexName(index.name())
                    .setIndexID(index.id()).addAllParams(describeParams(index)).setFieldName(index.fieldName())
                    .setIndexedRows(progress.indexedRows()).setTotalRows(progress.totalRows())
                    .setPendingIndexRows(progress.pendingRows()).setState(state(progress))
                    .setIndexStateFailReason(progress.failReason()));
        }
        return response.build();
    }

    /** Milvus's proxy answers GetIndexStatistics with the same index descriptions as DescribeIndex. */
    GetIndexStatisticsResponse statistics(GetIndexStatisticsRequest request) {
        DescribeIndexResponse described = describe(DescribeIndexRequest.newBuilder().setDbName(request.getDbName())
                .setCollectionName(request.getCollectionName()).setIndexName(request.getIndexName()).build());
        return GetIndexStatisticsResponse.newBuilder().setStatus(described.getStatus())
                .addAllIndexDescriptions(described.getIndexDescriptionsList()).build();
    }

    GetIndexStateResponse state(GetIndexStateRequest request) {
        String database = RequestContext.database(request.getDbName());
        CollectionInfo info = catalog.snapshot().require(database, request.getCollectionName()).info();
        List<IndexInfo> matching = select(info, request.getIndexName(), request.getFieldName());
        IndexState state = IndexState.Finished;
        for (IndexInfo index : matching) {
            IndexState own = state(data.indexProgress(info.id(), index));
            if (own == IndexState.Failed || (own == IndexState.InProgress && state == IndexState.Finished)) {
                state = own;
            }
        }
        return GetIndexStateResponse.newBuilder().setStatus(Rpc.ok()).setState(state).build();
    }

    GetIndexBuildProgressResponse buildProgress(GetIndexBuildProgressRequest request) {
        String database = RequestContext.database(request.getDbName());
        CollectionInfo info = catalog.snapshot().require(database, request.getCollectionName()).info();
        IndexInfo index = select(info, request.getIndexName(), request.getFieldName()).get(0);
        IndexProgress progress = data.indexProgress(info.id(), index);
        return GetIndexBuildProgressResponse.newBuilder().setStatus(Rpc.ok()).setIndexedRows(progress.indexedRows())
                .setTotalRows(progress.totalRows()).build();
    }

    Status drop(DropIndexRequest request) {
        String database = RequestContext.database(request.getDbName());
        long[] changed = {0};
        Status status = catalog.modify(tx -> {
            CollectionEntry entry = tx.snapshot().require(database, request.getCollectionName());
            CollectionInfo info = entry.info();
            if (info.isLoaded()) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, 
                        "index cannot be dropped, collection is loaded, please release it first");
            }
            List<IndexInfo> matching = info.indexes().values().stream()
                    .filter(i -> request.getIndexName().isEmpty() || i.name().equals(request.getIndexName()))
                    .filter(i -> request.getFieldName().isEmpty() || i.fieldName().equals(request.getFieldName()))
                    .toList();
            if (matching.isEmpty()) {
                return Rpc.ok();
            }
            if (matching.size() > 1) {
                throw EngineException.withReason(MilvusError.UNEXPECTED,
                        "there are multiple indexes, please specify the index_name");
            }
            Map<String, IndexInfo> indexes = new LinkedHashMap<>(info.indexes());
            indexes.remove(matching.get(0).fieldName());
            tx.replace(tx.snapshot().with(database, entry.withInfo(CollectionUpdates.withIndexes(info, indexes))));
            changed[0] = info.id();
            return Rpc.ok();
        });
        if (changed[0] != 0) {
            data.indexesChanged(changed[0]);
        }
        return status;
    }

    /**
     * AlterIndex as Milvus 2.6's proxy and data coordinator do it: only the configurable keys ({@code mmap.enabled},
     * {@code indexoffsetcache.enabled}, {@code warmup}) may be set or dropped, never on a loaded collection; the
     * build parameters stay as they are. DescribeIndex then reports the keys next to {@code index_type}.
     */
    Status alter(AlterIndexRequest request) {
        for (KeyValuePair pair : request.getExtraParamsList()) {
            checkConfigurable(pair.getKey());
        }
        request.getDeleteKeysList().forEach(IndexRpcs::checkConfigurable);
        String database = RequestContext.database(request.getDbName());
        return catalog.modify(tx -> {
            CollectionEntry entry = tx.snapshot().require(database, request.getCollectionName());
            CollectionInfo info = entry.info();
            if (request.getIndexName().isEmpty()) {
                throw EngineException.because(MilvusError.PARAMETER_INVALID, "index name is empty");
            }
            Names.checkIndex(request.getIndexName());
            if (info.isLoaded()) {
                throw EngineException.withReason(MilvusError.COLLECTION_LOADED, "can't alter index on loaded "
                        + "collection, please release the collection first: "
                        + MilvusError.COLLECTION_LOADED.reason("collection", info.name()));
            }
            IndexInfo index = info.indexes().values().stream()
                    .filter(i -> i.name().equals(request.getIndexName())).findFirst()
                    .orElseThrow(() -> EngineException.with(MilvusError.INDEX_NOT_FOUND, "indexName",
                            request.getIndexName()));
            Map<String, String> params = new LinkedHashMap<>(index.params());
            for (KeyValuePair pair : request.getExtraParamsList()) {
                checkValue(pair.getKey(), pair.getValue());
                params.put(pair.getKey(), pair.getValue());
            }
            request.getDeleteKeysList().forEach(params::remove);
            Map<String, IndexInfo> indexes = new LinkedHashMap<>(info.indexes());
            indexes.put(index.fieldName(), new IndexInfo(index.id(), index.name(), index.fieldName(),
                    index.indexType(), index.metricType(), params));
            tx.replace(tx.snapshot().with(database, entry.withInfo(CollectionUpdates.withIndexes(info, indexes))));
            return Rpc.ok();
        });
    }

    private static void checkConfigurable(String key) {
        if (!IndexSpecs.CONFIGURABLE.contains(key)) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, key
                    + " is not a configable index proptery");
        }
    }

    private static void checkValue(String key, String value) {
        boolean bool = value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
        if ((key.equals(IndexSpecs.MMAP_ENABLED) || key.equals(IndexSpecs.OFFSET_CACHE_ENABLED)) && !bool) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "invalid " + key + " value: " + value
                    + ", expected true or false");
        }
        if (key.equals(IndexSpecs.WARMUP) && !value.equals("sync") && !value.equals("disable")) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "invalid warmup policy: " + value
                    + ", expected sync or disable");
        }
    }

    /** Milvus's precedence: any failed segment makes the index Failed, any pending one InProgress. */
    private static IndexState state(IndexProgress progress) {
        if (progress.failed()) {
            return IndexState.Failed;
        }
        return progress.finished() ? IndexState.Finished : IndexState.InProgress;
    }

    private static List<IndexInfo> select(CollectionInfo info, String indexName, String fieldName) {
        if (info.indexes().isEmpty()) {
            throw EngineException.with(MilvusError.INDEX_NOT_FOUND, "collection", info.name());
        }
        List<IndexInfo> matching = info.indexes().values().stream()
                .filter(i -> indexName.isEmpty() || i.name().equals(indexName))
                .filter(i -> fieldName.isEmpty() || i.fieldName().equals(fieldName))
                .toList();
        if (matching.isEmpty()) {
            throw indexName.isEmpty() ? EngineException.with(MilvusError.INDEX_NOT_FOUND, "collection", info.name())
                    : EngineException.with(MilvusError.INDEX_NOT_FOUND, "indexName", indexName);
        }
        return matching;
    }

    /** {@code index_type}, {@code metric_type} and the build parameters as one JSON {@code params}, as Milvus reports. */
    private static List<KeyValuePair> describeParams(IndexInfo index) {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put(IndexSpecs.INDEX_TYPE, index.indexType());
        if (!index.metricType().isEmpty()) {
            pairs.put(IndexSpecs.METRIC_TYPE, index.metricType());
        }
        ObjectNode rest = JSON.createObjectNode();
        index.params().forEach((key, value) -> {
            if (!key.equals(IndexSpecs.INDEX_TYPE) && !key.equals(IndexSpecs.METRIC_TYPE)
                    && !IndexSpecs.CONFIGURABLE.contains(key)) {
                rest.put(key, value);
            }
        });
        if (!rest.isEmpty()) {
            pairs.put("params", rest.toString());
        }
        // an altered key is a user index param of its own in Milvus, not part of the build params' JSON
        index.params().forEach((key, value) -> {
            if (IndexSpecs.CONFIGURABLE.contains(key)) {
                pairs.put(key, value);
            }
        });
        return pairs.entrySet().stream()
                .map(e -> KeyValuePair.newBuilder().setKey(e.getKey()).setValue(e.getValue()).build()).toList();
    }
}
