/**
 * GEOMETRY values as Milvus 2.6 handles them: WKT from clients, WKB in storage, WKT in results, and the spatial
 * predicates of filters ({@code ST_EQUALS} … {@code ST_DWITHIN}, {@code ST_ISVALID}), computed with JTS.
 */
@NullMarked
package dev.quiver.embedded.geo;

import org.jspecify.annotations.NullMarked;
