/**
 * Conformance suites: the official Milvus clients — the Java SDK ({@code io.milvus:milvus-sdk-java}) and the Node
 * SDK ({@code @zilliz/milvus2-sdk-node}, pinned by {@code src/test/node/package-lock.json}) — drive the server that
 * {@code quiver serve} runs, on an ephemeral loopback port, and assert what a Milvus 2.6 standalone answers. A
 * second suite enumerates {@code MilvusService}'s descriptor and fails on any RPC answering gRPC
 * {@code UNIMPLEMENTED}.
 */
@NullMarked
package dev.quiver.conformance;

import org.jspecify.annotations.NullMarked;
