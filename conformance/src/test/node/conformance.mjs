// Drives `quiver serve` with the official Node SDK. Usage: node conformance.mjs HOST:PORT
// Each check prints PASS or FAIL; the process exits 1 when any check failed.
import assert from 'node:assert/strict';
import { MilvusClient, WeightedRanker } from '@zilliz/milvus2-sdk-node';

const client = new MilvusClient({ address: process.argv[2] });
const FUTURE_TS = String((BigInt(Date.now()) + 86400000n) << 18n);
let failures = 0;

async function check(name, body) {
  try {
    await body();
    console.log(`PASS ${name}`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${e && e.stack ? e.stack : e}`);
  }
}

function ok(status) {
  assert.equal(status.error_code, 'Success', JSON.stringify(status));
}

await check('describeCollection sends update_timestamp_str as decimal digits, so insert works', async () => {
  ok(await client.createCollection({ collection_name: 'node_c', dimension: 4 }));
  const described = await client.describeCollection({ collection_name: 'node_c' });
  ok(described.status);
  assert.match(described.update_timestamp_str, /^[0-9]+$/);
  const inserted = await client.insert({
    collection_name: 'node_c',
    data: [1, 2, 3].map((id) => ({ id, vector: [id, 0, 0, 1] })),
  });
  ok(inserted.status);
  assert.equal(String(inserted.insert_cnt), '3');
});

await check('alias responses carry every field', async () => {
  ok(await client.createAlias({ collection_name: 'node_c', alias: 'node_a' }));
  const described = await client.describeAlias({ collection_name: 'node_c', alias: 'node_a' });
  ok(described.status);
  assert.equal(described.alias, 'node_a');
  assert.equal(described.collection, 'node_c');
  assert.equal(described.db_name, 'default');
  const listed = await client.listAliases({ collection_name: 'node_c' });
  ok(listed.status);
  assert.deepEqual(listed.aliases, ['node_a']);
  assert.equal(listed.collection_name, 'node_c');
  assert.equal(listed.db_name, 'default');
  ok(await client.alterAlias({ collection_name: 'node_c', alias: 'node_a' }));
  ok(await client.dropAlias({ alias: 'node_a' }));
});

await check('delete reports delete_cnt and leaves IDs empty', async () => {
  const deleted = await client.delete({ collection_name: 'node_c', filter: 'id in [1, 2]' });
  ok(deleted.status);
  assert.equal(String(deleted.delete_cnt), '2');
  const ids = deleted.IDs;
  assert.ok(!ids || !ids.id_field || (ids.int_id === undefined && ids.str_id === undefined),
    `IDs should be empty: ${JSON.stringify(ids)}`);
});

await check('flushAllSync completes and per-channel flush_all_tss are honoured', async () => {
  const state = await client.flushAllSync();
  ok(state.status);
  assert.equal(state.flushed, true);
  const future = await client.getFlushAllState({ flush_all_tss: { 'quiver-dml_0': FUTURE_TS } });
  ok(future.status);
  assert.equal(future.flushed, false, 'a future timestamp is not flushed');
});

await check('getFlushState is false for a future timestamp', async () => {
  const state = await client.getFlushState({ collection_name: 'node_c', segmentIDs: [], flush_ts: FUTURE_TS });
  ok(state.status);
  assert.equal(state.flushed, false);
});

await check('getVersion answers a version', async () => {
  const version = await client.getVersion();
  ok(version.status);
  assert.ok(version.version.length > 0);
});

await check('getLoadState of a missing collection is NotExist with success', async () => {
  const state = await client.getLoadState({ collection_name: 'node_missing' });
  ok(state.status);
  assert.equal(state.state, 'LoadStateNotExist');
});

await check('an RPC the engine lacks answers Milvus code 10', async () => {
  const res = await client.createResourceGroup({ name: 'node_rg' });
  assert.equal(res.code, 10, JSON.stringify(res));
  assert.match(res.reason, /CreateResourceGroup/);
});

await check('backupRBAC returns the RBAC meta and restoreRBAC refuses what already exists', async () => {
  ok(await client.createRole({ roleName: 'node_reader' }));
  const backup = await client.backupRBAC();
  ok(backup.status);
  assert.deepEqual(backup.RBAC_meta.roles.map((r) => r.name), ['node_reader']);
  const restored = await client.restoreRBAC({ RBAC_meta: backup.RBAC_meta });
  assert.equal(restored.code, 65535, JSON.stringify(restored));
  assert.equal(restored.reason, 'role [node_reader] already exists');
});

await check('the one resource group is the default one', async () => {
  const res = await client.listResourceGroups();
  ok(res.status);
  assert.deepEqual(res.resource_groups, ['__default_resource_group']);
});

await check('hybridSearch fuses per-request searches with RRF (the SDK default) and WeightedRanker', async () => {
  ok(await client.createCollection({
    collection_name: 'node_h',
    fields: [
      { name: 'id', data_type: 'Int64', is_primary_key: true },
      { name: 'tag', data_type: 'Int64' },
      { name: 'dense', data_type: 'FloatVector', dim: 2 },
      { name: 'sparse', data_type: 'SparseFloatVector' },
    ],
    index_params: [
      { field_name: 'dense', index_type: 'FLAT', metric_type: 'L2' },
      { field_name: 'sparse', index_type: 'SPARSE_INVERTED_INDEX', metric_type: 'IP' },
    ],
  }));
  const x = [0.1, 0.2, 0.3, 0.4, 0.5, 1];
  const s = [0.1, 0.6, 0.5, 0.3, 0.2, 0.9];
  ok((await client.insert({
    collection_name: 'node_h',
    data: x.map((v, i) => ({ id: i + 1, tag: (i + 1) % 2, dense: [v, 0], sparse: { 0: s[i] } })),
  })).status);
  await client.loadCollectionSync({ collection_name: 'node_h' });
  const dense = { data: [0, 0], anns_field: 'dense', params: {}, limit: 3, expr: 'id > 1' };
  const sparse = { data: { 0: 1 }, anns_field: 'sparse', params: {}, limit: 3 };
  const rrf = await client.hybridSearch({
    collection_name: 'node_h', data: [dense, sparse], limit: 10, output_fields: ['id', 'tag'],
  });
  ok(rrf.status);
  // dense with id > 1: 2, 3, 4; sparse: 6, 2, 3 (RRF k = 60)
  assert.deepEqual(rrf.results.map((r) => Number(r.id)), [2, 3, 6, 4]);
  const f = Math.fround;
  const expected = [f(f(1 / 61) + f(1 / 62)), f(f(1 / 62) + f(1 / 63)), f(1 / 61), f(1 / 63)];
  rrf.results.forEach((r, i) => assert.ok(Math.abs(r.score - expected[i]) < 1e-7, `${r.score} vs ${expected[i]}`));
  assert.equal(Number(rrf.results[0].tag), 0);
  const weighted = await client.hybridSearch({
    collection_name: 'node_h',
    data: [{ ...dense, expr: '' }, { ...dense, expr: 'id > 2' }],
    rerank: WeightedRanker([1, 0.5]),
    limit: 5,
  });
  ok(weighted.status);
  // two L2 searches, no normalisation: raw weighted distances, smallest first
  assert.deepEqual(weighted.results.map((r) => Number(r.id)), [1, 2, 4, 5, 3]);
});

client.closeConnection();
console.log(`${failures === 0 ? 'ALL PASSED' : failures + ' FAILED'}`);
process.exit(failures === 0 ? 0 : 1);
