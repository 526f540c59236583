-- The seed walkthrough: a collection, a partition, flush, load and release, step by step.
-- Run it on the embedded engine (nothing to install):
--     ./quiver --echo -f examples/sql/seed-walkthrough.sql
-- or against a Milvus server:
--     ./quiver http://localhost:19530 --echo -f examples/sql/seed-walkthrough.sql
-- Lines starting with \echo print the narration; --echo prints each statement before its result.

\echo == 1. Quick setup: id INT64 primary key, vector FLOAT_VECTOR(5), AUTOINDEX (COSINE), loaded at once.
CREATE COLLECTION test_collection DIMENSION 5;
SHOW LOAD STATE OF test_collection;

\echo == 2. A partition. It is created loaded, because its collection is loaded.
CREATE PARTITION partition_A IN test_collection;
SHOW LOAD STATE OF test_collection PARTITION partition_A;

\echo == 3. The five example rows of Milvus's quickstart go into partition_A (color is a dynamic field).
INSERT INTO test_collection PARTITION partition_A (id, vector, color) VALUES
    (0, [0.3580376395471989, -0.6023495712049978, 0.18414012509913835, -0.26286205330961354, 0.9029438446296592], 'pink_8682'),
    (1, [0.19886812562848388, 0.06023560599112088, 0.6976963061752597, 0.2614474506242501, 0.838729485096104], 'red_7025'),
    (2, [0.43742130801983836, -0.5597502546264526, 0.6457887650909682, 0.7894058910881185, 0.20785793220625592], 'orange_6781'),
    (3, [0.3172005263489739, 0.9719044792798428, -0.36981146090600725, -0.4860894583077995, 0.95791889146345], 'pink_9298'),
    (4, [0.4452349528804562, -0.8757026943054742, 0.8220779437047674, 0.46406290649483184, 0.30337481143159106], 'red_4794');

\echo == 4. FLUSH seals the growing segment of the collection (Milvus flushes whole collections; the
\echo ==    partition named here must exist). Statistics count flushed rows: 5 entities.
FLUSH PARTITION partition_A FROM test_collection;
SHOW STATISTICS OF test_collection;

\echo == 5. FLUSH ALL flushes every collection of every database and waits until all are persisted.
FLUSH ALL;

\echo == 6. A vector search (COSINE: <=>) while partition_A is loaded: the closest rows come first.
SELECT id, color, distance() FROM test_collection
    ORDER BY vector <=> [0.19886812562848388, 0.06023560599112088, 0.6976963061752597, 0.2614474506242501, 0.838729485096104]
    LIMIT 3;

\echo == 7. Release partition_A. The partition is NotLoad; the collection stays Loaded, because its
\echo ==    _default partition still is.
RELEASE PARTITION partition_A FROM test_collection;
SHOW LOAD STATE OF test_collection PARTITION partition_A;
SHOW LOAD STATE OF test_collection;

\echo == 8. The same search now sees only loaded partitions: _default is empty, so no rows.
SELECT id, color, distance() FROM test_collection
    ORDER BY vector <=> [0.19886812562848388, 0.06023560599112088, 0.6976963061752597, 0.2614474506242501, 0.838729485096104]
    LIMIT 3;

\echo == 9. Release both partitions: now the whole collection is NotLoad (a search would fail with
\echo ==    "collection not loaded").
RELEASE PARTITIONS _default, partition_A FROM test_collection;
SHOW LOAD STATE OF test_collection;

\echo == 10. Load it again and search: the rows were never gone, only released from memory.
LOAD COLLECTION test_collection;
SELECT id, color, distance() FROM test_collection
    ORDER BY vector <=> [0.19886812562848388, 0.06023560599112088, 0.6976963061752597, 0.2614474506242501, 0.838729485096104]
    LIMIT 3;
