/**
 * Parsing of {@code jdbc:milvus:} URLs and connection properties into an immutable {@link dev.quiver.driver.internal.config.ConnectionConfig}: typed values, exact error messages that name the property and the accepted values, and redaction of secrets.
 */
@NullMarked
package dev.quiver.driver.internal.config;

import org.jspecify.annotations.NullMarked;
