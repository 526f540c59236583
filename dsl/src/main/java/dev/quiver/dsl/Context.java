package dev.quiver.dsl;

import org.jspecify.annotations.Nullable;

/** Where a step runs and its default timeout: shared by all steps of one {@link Quiver}. */
record Context(Session session, java.time.@Nullable Duration timeout) {
}
