// Drives `quiver serve` with the official Node SDK. Usage: node conformance.mjs HOST:PORT
// Each check prints PASS or FAIL; the process exits 1 when any check failed.
import assert from 'node:assert/strict';
import { MilvusClient } from '@zilliz/milvus2-sdk-node';

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
  const res = await client.backupRBAC();
  assert.equal(res.status.code, 10, JSON.stringify(res));
  assert.match(res.status.reason, /BackupRBAC/);
});

await check('the one resource group is the default one', async () => {
  const res = await client.listResourceGroups();
  ok(res.status);
  assert.deepEqual(res.resource_groups, ['__default_resource_group']);
});

client.closeConnection();
console.log(`${failures === 0 ? 'ALL PASSED' : failures + ' FAILED'}`);
process.exit(failures === 0 ? 0 : 1);
