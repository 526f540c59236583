-- Quiver statement corpus: every statement form of language.md and every clause option.
-- Each statement is parsed, formatted, re-parsed and compared (StatementCorpusTest).

-- session and server
USE films_db;
USE DATABASE films_db;
use `my db`;
SET timeout = 30s;
SET consistency_level = 'Strong';
SET consistency_level = Bounded;
SET flush_wait = true;
SET load_wait = 500ms;
SET batch.size = 1000;
RESET timeout;
RESET consistency_level;
SHOW SETTINGS;
SHOW VERSION;
SHOW HEALTH;
EXPLAIN FLUSH test_collection;
EXPLAIN SELECT * FROM films WHERE id > 10 LIMIT 5;
EXPLAIN LOAD COLLECTION films TIMEOUT 10s;

-- databases
CREATE DATABASE analytics;
CREATE DATABASE IF NOT EXISTS analytics;
CREATE DATABASE analytics WITH (replica_number = 1, resource_groups = 'rg1', database.max.collections = 64);
DROP DATABASE analytics;
DROP DATABASE IF EXISTS analytics;
ALTER DATABASE analytics SET (database.replica.number = 2);
ALTER DATABASE analytics SET (properties.key = 'value', other = -1.5);
SHOW DATABASES;
DESCRIBE DATABASE analytics;
DESC DATABASE analytics;

-- collections
CREATE COLLECTION films (
    id        INT64 PRIMARY KEY AUTO_ID,
    title     VARCHAR(256) NOT NULL DEFAULT 'untitled' COMMENT 'the film''s title',
    year      INT32 PARTITION KEY,
    tags      ARRAY<VARCHAR(32)>(16),
    meta      JSON,
    embedding FLOAT_VECTOR(768)
) WITH (description = 'films', dynamic_field = true, shards = 1, consistency_level = 'Bounded');
CREATE COLLECTION IF NOT EXISTS films (id INT64 PRIMARY KEY, embedding FLOAT_VECTOR(4));
CREATE TABLE t1 (pk VARCHAR(64) PRIMARY KEY, v BINARY_VECTOR(128));
CREATE COLLECTION all_types (
    b BOOL, i8 INT8, i16 INT16, i32 INT32, i64 INT64 PRIMARY KEY, f FLOAT, d DOUBLE,
    s VARCHAR(10) NULL, j JSON NULL, a ARRAY<INT64>(4), af ARRAY<DOUBLE>(8),
    v1 FLOAT_VECTOR(8), v2 BINARY_VECTOR(16), v3 FLOAT16_VECTOR(8), v4 BFLOAT16_VECTOR(8),
    v5 INT8_VECTOR(8), v6 SPARSE_FLOAT_VECTOR
);
CREATE COLLECTION defaults (
    id INT64 PRIMARY KEY, n INT32 DEFAULT -1, x DOUBLE DEFAULT 2.5e-3, flag BOOL DEFAULT false,
    name VARCHAR(8) DEFAULT "n/a" NULL, v FLOAT_VECTOR(2)
);
CREATE COLLECTION c_comment (id INT64 PRIMARY KEY COMMENT 'key', v FLOAT_VECTOR(3) COMMENT "vector");
create collection lower_case (Id int64 primary key auto_id, Vec float_vector(3)) with (mmap.enabled = true);
CREATE COLLECTION `odd name` (`the id` INT64 PRIMARY KEY, `select` FLOAT_VECTOR(2));
CREATE COLLECTION props (id INT64 PRIMARY KEY, v FLOAT_VECTOR(2)) WITH ('collection.ttl.seconds' = 3600, fields = [a, b]);
CREATE COLLECTION test_collection DIMENSION 5;
CREATE COLLECTION test_collection DIMENSION 5 METRIC COSINE;
CREATE COLLECTION IF NOT EXISTS quick DIMENSION 768 METRIC L2;
CREATE TABLE quick_ip DIMENSION 128 METRIC ip WITH (description = 'quick');
DROP COLLECTION films;
DROP COLLECTION IF EXISTS films;
DROP TABLE films;
RENAME COLLECTION films TO movies;
RENAME TABLE films TO movies;
ALTER COLLECTION films SET (collection.ttl.seconds = 86400);
ALTER TABLE films SET (mmap.enabled = false, description = 'x');
ALTER COLLECTION films DROP PROPERTIES (collection.ttl.seconds, 'odd key');
ALTER TABLE films ADD COLUMN rating INT32 NULL DEFAULT 5 COMMENT 'stars';
ALTER COLLECTION films ADD COLUMN tags ARRAY<VARCHAR(16)>(8) NULL;
ALTER COLLECTION films ALTER COLUMN title SET (max_length = 512, mmap.enabled = true);
ALTER COLLECTION films ALTER COLUMN `select` DROP PROPERTIES (mmap.enabled, warmup);
TRUNCATE COLLECTION films;
TRUNCATE TABLE films;
DESCRIBE COLLECTION films;
DESCRIBE TABLE films;
DESCRIBE films;
DESC films;
SHOW CREATE COLLECTION films;
SHOW CREATE TABLE films;
SHOW COLLECTIONS;
SHOW TABLES;
SHOW COLLECTIONS LIKE 'film%';
SHOW STATISTICS OF films;
SHOW STATISTICS OF films PARTITION p2024;

-- partitions
CREATE PARTITION p2024 IN films;
CREATE PARTITION IF NOT EXISTS p2024 ON films;
CREATE PARTITION p2025 FROM films;
DROP PARTITION p2024 FROM films;
DROP PARTITION IF EXISTS p2024 IN films;
DROP PARTITION p2024 ON films;
SHOW PARTITIONS FROM films;
SHOW PARTITIONS IN films;

-- load and release
LOAD COLLECTION films;
LOAD TABLE films NOWAIT;
LOAD COLLECTION films WITH (replicas = 1, fields = [id, embedding], refresh = true);
LOAD COLLECTION films WITH (replicas = 2) NOWAIT;
LOAD PARTITION p2024 FROM films;
LOAD PARTITIONS p2024, p2025 FROM films WITH (replicas = 1) NOWAIT;
LOAD PARTITION p2024 IN films NOWAIT;
RELEASE COLLECTION films;
RELEASE TABLE films;
RELEASE PARTITION partition_A FROM test_collection;
RELEASE PARTITIONS p, q FROM test_collection;
RELEASE PARTITIONS p ON test_collection;
SHOW LOAD STATE OF test_collection;
SHOW LOAD STATE OF test_collection PARTITION partition_A;
SHOW LOAD STATE OF test_collection PARTITIONS partition_A, partition_B;
SHOW LOADING PROGRESS OF films;
SHOW LOADING PROGRESS OF films PARTITIONS p2024, p2025;

-- flush and compaction
FLUSH test_collection;
FLUSH COLLECTION test_collection;
FLUSH test_collection, other_collection;
FLUSH test_collection NOWAIT;
FLUSH TABLE a, b, c NOWAIT;
FLUSH PARTITION partition_A FROM test_collection;
FLUSH PARTITION partition_A IN test_collection NOWAIT;
FLUSH ALL;
FLUSH ALL NOWAIT;
SHOW FLUSH STATE OF test_collection AT 449563948829196289;
SHOW FLUSH STATE OF test_collection AT ?;
SHOW FLUSH ALL STATE AT 449563948829196290;
COMPACT films;
COMPACT COLLECTION films CLUSTERING;
COMPACT films CLUSTERING;
SHOW COMPACTION STATE 449563948829196291;
SHOW COMPACTION STATE :compaction_id;
SHOW SEGMENTS FROM films;
SHOW SEGMENTS IN films;

-- indexes
CREATE INDEX ON films (embedding);
CREATE INDEX emb_idx ON films (embedding) USING HNSW WITH (metric_type = 'COSINE', M = 16, efConstruction = 200);
CREATE INDEX IF NOT EXISTS emb_idx ON films (embedding) USING IVF_FLAT WITH (metric_type = 'L2', nlist = 128) NOWAIT;
CREATE INDEX title_idx ON films (title) USING INVERTED;
CREATE INDEX ON films (embedding) USING AUTOINDEX NOWAIT;
CREATE INDEX flat_idx ON films (embedding) USING FLAT WITH (metric_type = "IP");
ALTER INDEX emb_idx ON films SET (mmap.enabled = true, warmup = 'sync');
ALTER INDEX emb_idx ON films DROP PROPERTIES (mmap.enabled);
DROP INDEX emb_idx ON films;
SHOW INDEXES FROM films;
SHOW INDEX FROM films;
DESCRIBE INDEX emb_idx ON films;

-- aliases
CREATE ALIAS cinema FOR films;
ALTER ALIAS cinema FOR movies;
DROP ALIAS cinema;
SHOW ALIASES;
SHOW ALIASES FOR films;
DESCRIBE ALIAS cinema;

-- writing data
INSERT INTO films VALUES (1, 'Alien', 1979, ['horror', 'sci-fi'], {"rating": 8.5}, [0.1, 0.2, 0.3]);
INSERT INTO films (id, title, embedding) VALUES (1, 'a', [0.1, 0.2]), (2, 'b', [0.3, -0.4]);
INSERT INTO films PARTITION p2024 (id, embedding) VALUES (3, [1, 2, 3]);
INSERT INTO films VALUES (?, ?, ?), (?, ?, ?);
INSERT INTO films (id, title, embedding) VALUES (:id, :title, :embedding);
INSERT INTO films VALUES (1, NULL, true, x'0F3C', {3: 0.5, 17: 0.25}, 'it''s', "say \"hi\"");
INSERT INTO films VALUES (-9223372036854775808, 1.5e10, -0.0, [], [[1, 2], [3, 4]], ['a', 1, null]);
INSERT INTO films VALUES (1, {"a": 1, "b": [1, 2], "c": {"d": "e"}, "f":true, "g": null});
UPSERT INTO films VALUES (1, 'Alien', [0.1, 0.2]);
UPSERT INTO films PARTITION p2024 (id, title) VALUES (1, 'x');
INSERT INTO films ROWS {"id": 1, "vector": [0.1, 0.2], "extra": "dynamic"}, {"id": 2, "vector": [0.3, 0.4]};
INSERT INTO films PARTITION p2024 ROWS {"id": 1};
UPSERT INTO films ROWS ?, :row;
INSERT INTO t VALUES (1, [1.0E-5, 2.0E10, 3]);
DELETE FROM films WHERE id IN [1, 2, 3];
DELETE FROM films WHERE id IN (1, 2, 3);
DELETE FROM films PARTITION p2024 WHERE year < 2000;
DELETE FROM films WHERE title == "Alien" && year != 1979;
DELETE FROM films WHERE id = ?;

-- reading data: queries
SELECT * FROM films;
SELECT id, title FROM films WHERE year >= 2000;
SELECT COUNT(*) FROM films;
SELECT count(*) FROM films PARTITION p2024 WHERE year > 2000;
SELECT * FROM films PARTITION p2024, p2025 WHERE id > 10 LIMIT 100 OFFSET 20;
SELECT * FROM films LIMIT 10;
SELECT * FROM films WHERE id > 0 LIMIT ? OFFSET ?;
SELECT * FROM films WITH (consistency_level = 'Strong');
SELECT id FROM films WHERE id > 0 LIMIT 5 WITH (consistency_level = 'Eventually', ignore_growing = true);
SELECT * FROM films WHERE title LIKE 'Ali%';
SELECT * FROM films WHERE title NOT LIKE 'Ali%';
SELECT * FROM films WHERE year BETWEEN 1990 AND 1999;
SELECT * FROM films WHERE year NOT BETWEEN 1990 AND 1999;
SELECT * FROM films WHERE 1990 < year <= 1999;
SELECT * FROM films WHERE 1999 >= year > 1990;
SELECT * FROM films WHERE id % 2 = 0;
SELECT * FROM films WHERE id + 1 > 10 AND id * 2 < 100 AND id - 3 != 0 AND id / 2 >= 1 AND id ** 2 <= 9;
SELECT * FROM films WHERE meta['a']['b'] = 'x';
SELECT * FROM films WHERE meta["rating"] > 8.0;
SELECT * FROM films WHERE tags[0] = 'horror';
SELECT * FROM films WHERE $meta['color'] == 'red';
SELECT * FROM films WHERE meta IS NULL;
SELECT * FROM films WHERE meta IS NOT NULL;
SELECT * FROM films WHERE id NOT IN [1, 2];
SELECT * FROM films WHERE title IN ('a', 'b');
SELECT * FROM films WHERE id IN ?;
SELECT * FROM films WHERE id IN {ids};
SELECT * FROM films WHERE NOT (id = 1 OR id = 2);
SELECT * FROM films WHERE !(id == 1) || id == 3;
SELECT * FROM films WHERE (a = 1 OR b = 2) AND c = 3;
SELECT * FROM films WHERE a = 1 OR b = 2 AND c = 3;
SELECT * FROM films WHERE a = 1 AND (b = 2 AND c = 3);
SELECT * FROM films WHERE json_contains(meta['tags'], 'x');
SELECT * FROM films WHERE json_contains_all(meta['tags'], ['a', 'b']) and json_contains_any(meta['tags'], ['c']);
SELECT * FROM films WHERE array_contains(tags, 'horror');
SELECT * FROM films WHERE ARRAY_CONTAINS_ALL(tags, ['a', 'b']) OR array_contains_any(tags, [1, 2]);
SELECT * FROM films WHERE array_length(tags) = 3;
SELECT * FROM films WHERE text_match(title, 'alien ship');
SELECT * FROM films WHERE phrase_match(title, 'the ship', 2);
SELECT * FROM films WHERE -id < -5 AND id > -(3);
SELECT * FROM films WHERE flag = true AND other = false;
SELECT * FROM films WHERE name = 'it''s' OR name = "a \"q\"" OR name = 'tab\there' OR name = 'a\%';
SELECT * FROM films WHERE id > :min AND id < :max;
SELECT `select`, `from` FROM `order` WHERE `where` = 1;
SELECT load, partition, flush FROM load WHERE partition = 1;

-- reading data: vector search
SELECT id, title, distance() FROM films ORDER BY embedding <-> [0.1, 0.2, 0.3] LIMIT 10;
SELECT id FROM films ORDER BY embedding <#> [0.1, 0.2] LIMIT 5;
SELECT id FROM films ORDER BY embedding <=> [0.1, 0.2] LIMIT 5 OFFSET 5;
SELECT id FROM films ORDER BY bits <~> x'0F3C' LIMIT 5;
SELECT id FROM films ORDER BY bits <%> x'FF00' LIMIT 5;
SELECT id FROM films ORDER BY sparse <#> {1: 0.5, 7: 0.25} LIMIT 3;
SELECT * FROM films PARTITION p2024 WHERE year > 2000 ORDER BY embedding <-> [1, 2, 3] LIMIT 10;
SELECT * FROM films PARTITIONS p2024, p2025 ORDER BY embedding <-> [1, 2, 3] ASC LIMIT 10;
SELECT id, distance() FROM films ORDER BY embedding <-> [[0.1, 0.2], [0.3, 0.4]] LIMIT 3;
SELECT id FROM films WHERE embedding <-> [0.1, 0.2] < 0.8 ORDER BY embedding <-> [0.1, 0.2] LIMIT 10;
SELECT id FROM films WHERE year > 2000 AND embedding <=> [0.1, 0.2] >= 0.5 ORDER BY embedding <=> [0.1, 0.2] LIMIT 10;
SELECT id FROM films WHERE distance() > 0.2 AND distance() <= 0.9 ORDER BY embedding <=> ? LIMIT 10;
SELECT id FROM films WHERE id = ? AND distance() < ? AND year > ? ORDER BY embedding <-> ? LIMIT ?;
SELECT id FROM films WHERE embedding <-> :q < 1.5 ORDER BY embedding <-> :q LIMIT 10;
SELECT id FROM films WHERE embedding <-> [0.1, 0.2] BETWEEN 0.5 AND 1.5 ORDER BY embedding <-> [0.1, 0.2] LIMIT 10;
SELECT id FROM films WHERE year > 2000 AND distance() BETWEEN ? AND ? ORDER BY embedding <=> ? LIMIT 10;
SELECT id, title FROM films GROUP BY year ORDER BY embedding <-> [0.1, 0.2] LIMIT 10;
SELECT id FROM films WHERE year > 1990 GROUP BY year ORDER BY embedding <-> ? LIMIT ? WITH (group_size = 2, strict_group_size = true);
SELECT * FROM films ORDER BY embedding <-> ? LIMIT 10 WITH (ef = 64, round_decimal = 4, nprobe = 16);
SELECT id FROM films ORDER BY embedding <-> :vector LIMIT :k OFFSET :skip TIMEOUT 2m;
SELECT id, distance() FROM films ORDER BY RRF(60, embedding <=> :q1, keywords <#> :q2) LIMIT 10;
SELECT id FROM films ORDER BY rrf(embedding <-> [0.1, 0.2]) LIMIT 5;
SELECT id, title FROM films PARTITION recent WHERE year > 1990 GROUP BY year ORDER BY WEIGHTED(0.7, 0.3, embedding <-> ? WHERE genre == 'drama' LIMIT 20, keywords <#> {1: 0.5, 7: 0.25} LIMIT ?) LIMIT ? OFFSET 5 WITH (norm_score = true, round_decimal = 3, group_size = 2);
EXPLAIN SELECT * FROM films ORDER BY WEIGHTED(:w1, :w2, embedding <=> :q1 WHERE year < 2000 OR title LIKE 'A%', embedding <=> :q2) LIMIT 3;

-- users and roles
CREATE USER alice PASSWORD 'S3cret!';
CREATE USER bob PASSWORD ?;
ALTER USER alice PASSWORD 'N3w!';
ALTER USER alice PASSWORD 'N3w!' REPLACE 'S3cret!';
DROP USER alice;
SHOW USERS;
CREATE ROLE reader;
DROP ROLE reader;
GRANT ROLE reader TO alice;
REVOKE ROLE reader FROM alice;
SHOW ROLES;
GRANT Search ON COLLECTION films TO reader;
GRANT Query ON TABLE * TO reader;
GRANT CreateCollection ON GLOBAL * TO admin;
GRANT UpdateUser ON USER alice TO admin;
GRANT `All` ON COLLECTION * TO admin;
GRANT * ON COLLECTION films TO admin;
REVOKE * ON GLOBAL * FROM admin;
REVOKE Search ON COLLECTION films FROM reader;
SHOW GRANTS FOR reader;

-- timeouts and non-reserved keywords as names
FLUSH films TIMEOUT 30s;
LOAD COLLECTION films TIMEOUT 5m;
RELEASE COLLECTION films TIMEOUT 500ms;
CREATE INDEX ON films (embedding) TIMEOUT 1h;
DROP COLLECTION load;
FLUSH `all`;
FLUSH partition;
SHOW PARTITIONS FROM partition;
LOAD COLLECTION collection;
CREATE COLLECTION status (partition INT64 PRIMARY KEY, load FLOAT_VECTOR(2), flush VARCHAR(3));
SELECT * FROM timeout WHERE timeout > 3 TIMEOUT 3s;

-- COPY: files read and written by the client
COPY films FROM 'films.csv';
COPY films PARTITION p2024 (id, title, vector) FROM '/data/films.csv' WITH (format = 'csv', header = true, delimiter = ';', batch_rows = 5000, on_error = 'skip');
copy films from "rows.jsonl" with (format = jsonl);
COPY films TO 'out/films.json' WITH (format = 'json');
COPY (SELECT id, title FROM films WHERE year > 2000 LIMIT 100) TO 'recent.csv' WITH (header = false);
COPY (SELECT id, distance() FROM films ORDER BY vector <-> [0.1, 0.2] LIMIT 3) TO 'near.jsonl';
EXPLAIN COPY films FROM 'films.csv' WITH (batch_rows = 2);
