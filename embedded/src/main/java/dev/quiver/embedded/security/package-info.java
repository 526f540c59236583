/**
 * Milvus's role-based access control as the engine enforces it when authorization is on: which privilege each
 * request needs (read from the {@code common.privilege_ext_obj} option Milvus's protocol attaches to every request
 * message), the built-in privilege groups, and the check of a caller's roles and grants against a request, with
 * the proxy's exemptions ({@code root}, the {@code admin} role, a user reading or changing their own entry). The
 * server package installs the check as a gRPC interceptor.
 */
@NullMarked
package dev.quiver.embedded.security;

import org.jspecify.annotations.NullMarked;
