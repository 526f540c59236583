package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.CompactionState;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.GetCompactionStateRequest;
import dev.quiver.proto.milvus.GetCompactionStateResponse;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.ManualCompactionResponse;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.MilvusError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ManualCompaction: per partition, rewrites the sealed segments that hold deleted rows (or merges several sealed
 * segments) into one new sealed segment without the deleted rows, with a new id, which replaces the sources in one
 * step (in file mode: the new file is written, then one manifest commit swaps it for the sources' files, then those
 * are deleted). Runs synchronously, so GetCompactionState reports Completed at once.
 */
final class Compactor {
    private final DataRegistry registry;
    private final Map<Long, Integer> plans = new ConcurrentHashMap<>();

    Compactor(DataRegistry registry) {
        this.registry = registry;
    }

    ManualCompactionResponse compact(String database, ManualCompactionRequest request) {
        CollectionInfo info = request.getCollectionID() != 0
                ? registry.catalog.collectionById(request.getCollectionID())
                    .orElseThrow(() -> EngineException.with(MilvusError.COLLECTION_NOT_FOUND,
                            "collection", Long.toString(request.getCollectionID())))
                : registry.catalog.resolveCollection(database, request.getCollectionName());
        CollectionData data = registry.collection(info);
        int planCount = 0;
        data.lock.lock();
        try {
            for (PartitionData partition : data.partitions()) {
                if (request.getPartitionId() != 0 && request.getPartitionId() != partition.id) {
                    continue;
                }
                planCount += compactPartition(data, partition, request.getSegmentIdsList());
            }
        } finally {
            data.lock.unlock();
        }
        long compactionId = registry.clock.next();
        plans.put(compactionId, planCount);
        return ManualCompactionResponse.newBuilder().setStatus(Status.newBuilder().build())
                .setCompactionID(compactionId).setCompactionPlanCount(planCount).build();
    }

    private int compactPartition(CollectionData data, PartitionData partition, List<Long> onlySegments) {
        long snapshot = registry.clock.current();
        ReadView all = new ReadView(data.schema(), List.of(), data.tombstones, snapshot);
        // The segments as loaded here: a handle may spill its data again before the second loop reads it.
        Map<SegmentHandle, Segment> sources = new LinkedHashMap<>();
        boolean anyDeleted = false;
        for (SegmentHandle handle : partition.segments()) {
            if (handle.growing() || (!onlySegments.isEmpty() && !onlySegments.contains(handle.id))) {
                continue;
            }
            Segment segment = registry.ensureInMemory(data, handle);
            if (segment == null) {
                continue;
            }
            sources.put(handle, segment);
            for (int row = 0; row < segment.rowCount() && !anyDeleted; row++) {
                anyDeleted = !all.visible(segment, row);
            }
        }
        if (sources.isEmpty() || (!anyDeleted && sources.size() < 2)) {
            return 0;
        }
        Segment target = new Segment(registry.clock.next(), data.id, partition.id, data.schema());
        long minLsn = Long.MAX_VALUE;
        long maxLsn = 0;
        for (Map.Entry<SegmentHandle, Segment> source : sources.entrySet()) {
            SegmentHandle handle = source.getKey();
            Segment segment = source.getValue();
            minLsn = Math.min(minLsn, handle.minLsn);
            maxLsn = Math.max(maxLsn, handle.maxLsn);
            List<Integer> kept = new ArrayList<>();
            for (int row = 0; row < segment.rowCount(); row++) {
                if (all.visible(segment, row)) {
                    kept.add(row);
                }
            }
            int[] rows = kept.stream().mapToInt(Integer::intValue).toArray();
            if (rows.length == 0) {
                continue;
            }
            List<FieldData> columns = new ArrayList<>();
            for (Column column : segment.columns().values()) {
                columns.add(column.write(rows, rows.length));
            }
            long[] ts = new long[rows.length];
            for (int i = 0; i < rows.length; i++) {
                ts[i] = segment.timestamp(rows[i]);
            }
            target.appendAll(columns, rows.length, ts);
        }
        registry.replaceSegments(data, partition, List.copyOf(sources.keySet()), target.rowCount() > 0 ? target : null,
                minLsn == Long.MAX_VALUE ? 0 : minLsn, maxLsn);
        return 1;
    }

    GetCompactionStateResponse state(GetCompactionStateRequest request) {
        Integer planCount = plans.get(request.getCompactionID());
        GetCompactionStateResponse.Builder response = GetCompactionStateResponse.newBuilder()
                .setStatus(Status.newBuilder().build());
        if (planCount == null) {
            return response.setState(CompactionState.UndefiedState).build();
        }
        return response.setState(CompactionState.Completed).setCompletedPlanNo(planCount).build();
    }
}
