package dev.quiver.embedded.catalog;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The users, roles and grants value: what each change does, and that a change of nothing returns the same object. */
class AccessControlTest {
    private static final Grant SEARCH = new Grant("Collection", "default", "films", "Search");
    private static final Grant QUERY = new Grant("Collection", "default", "films", "Query");

    @Test
    void builtInRolesAlwaysExist() {
        assertThat(AccessControl.initial().members()).containsOnlyKeys("admin", "public");
        assertThat(AccessControl.initial().withoutRole("reader")).isEqualTo(AccessControl.initial());
    }

    @Test
    void deletingAUserRemovesTheirMemberships() {
        PasswordHash hash = PasswordHash.of("secret1");
        AccessControl access = AccessControl.initial().withUser("alice", hash).withRole("reader")
                .withMember("reader", "alice").withMember("public", "alice");
        assertThat(access.rolesOf("alice")).containsExactly("public", "reader");
        AccessControl without = access.withoutUser("alice");
        assertThat(without.users()).isEmpty();
        assertThat(without.rolesOf("alice")).isEmpty();
        assertThat(without.members()).containsOnlyKeys("admin", "public", "reader");
    }

    @Test
    void droppingARoleDropsItsGrants() {
        AccessControl access = AccessControl.initial().withRole("reader").withGrants("reader", List.of(SEARCH), "root");
        assertThat(access.grantsOf("reader")).containsEntry(SEARCH, "root");
        AccessControl dropped = access.withoutRole("reader");
        assertThat(dropped.grants()).isEmpty();
        assertThat(dropped.hasRole("reader")).isFalse();
    }

    @Test
    void grantingAgainKeepsTheFirstGrantorAndChangesNothing() {
        AccessControl access = AccessControl.initial().withRole("reader").withGrants("reader", List.of(SEARCH), "root");
        assertThat(access.withGrants("reader", List.of(SEARCH), "other")).isSameAs(access);
        AccessControl more = access.withGrants("reader", List.of(SEARCH, QUERY), "other");
        assertThat(more.grantsOf("reader")).containsExactly(java.util.Map.entry(QUERY, "other"),
                java.util.Map.entry(SEARCH, "root"));
        assertThat(more.withoutGrants("reader", List.of(new Grant("Global", "*", "*", "All")))).isSameAs(more);
        assertThat(more.withoutGrants("reader", List.of(SEARCH, QUERY)).grants()).isEmpty();
    }

    @Test
    void unchangedMembershipReturnsTheSameObject() {
        AccessControl access = AccessControl.initial().withUser("alice", PasswordHash.of("secret1"))
                .withMember("public", "alice");
        assertThat(access.withMember("public", "alice")).isSameAs(access);
        assertThat(access.withoutMember("admin", "alice")).isSameAs(access);
        assertThat(access.withoutUser("nobody")).isSameAs(access);
    }

    @Test
    void passwordHashesVerifyAndHideTheirKey() {
        PasswordHash hash = PasswordHash.of("secret1");
        assertThat(hash.matches("secret1")).isTrue();
        assertThat(hash.matches("secret2")).isFalse();
        assertThat(PasswordHash.of("secret1")).isNotEqualTo(hash);
        assertThat(new PasswordHash(hash.iterations(), hash.salt(), hash.hash())).isEqualTo(hash);
        assertThat(hash.toString()).isEqualTo("PasswordHash[PBKDF2WithHmacSHA256, " + hash.iterations()
                + " iterations]");
    }
}
