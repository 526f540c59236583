/**
 * The one exception factory of the driver: parser errors, Milvus statuses and gRPC failures become {@link java.sql.SQLException}s of the right subclass with a {@link dev.quiver.driver.MilvusSqlState}.
 */
@NullMarked
package dev.quiver.driver.internal.error;

import org.jspecify.annotations.NullMarked;
