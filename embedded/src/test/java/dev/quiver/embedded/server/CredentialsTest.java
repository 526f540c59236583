package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.CatalogPersistence;
import dev.quiver.embedded.catalog.PasswordHash;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.time.HybridClock;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Users live in the catalog as hashes; remembered logins never outlive a password change or a deletion. */
class CredentialsTest {
    private Catalog catalog;

    @BeforeEach
    void open() throws IOException {
        catalog = Catalog.open(new HybridClock(), CatalogPersistence.none());
    }

    @Test
    void usersAreKeptInTheCatalogAsHashes() {
        Credentials credentials = Credentials.open(catalog, "root", "Milvus");
        credentials.create("alice", "secret1");
        assertThat(catalog.access().users()).containsOnlyKeys("alice", "root");
        assertThat(catalog.access().password("alice")).get().satisfies(hash -> {
            assertThat(hash.matches("secret1")).isTrue();
            assertThat(hash.toString()).doesNotContain("secret1");
        });
        assertThat(credentials.users()).containsExactly("alice", "root");
    }

    @Test
    void aRememberedLoginDoesNotOutliveAPasswordChangeOrDeletion() {
        Credentials credentials = Credentials.open(catalog, "root", "Milvus");
        credentials.create("alice", "secret1");
        assertThat(credentials.verify("alice", "secret1")).isTrue();
        assertThat(credentials.verify("alice", "secret1")).isTrue();
        assertThat(credentials.verify("alice", "secret9")).isFalse();
        credentials.update("alice", "alice", "secret1", "secret2");
        assertThat(credentials.verify("alice", "secret1")).isFalse();
        assertThat(credentials.verify("alice", "secret2")).isTrue();
        credentials.delete("alice");
        assertThat(credentials.verify("alice", "secret2")).isFalse();
        assertThat(credentials.verify("nobody", "secret2")).isFalse();
    }

    @Test
    void anExistingAdministratorKeepsItsPassword() {
        catalog.modifyAccess(access -> access.withUser("root", PasswordHash.of("stored1")));
        Credentials credentials = Credentials.open(catalog, "root", "configured");
        assertThat(credentials.verify("root", "stored1")).isTrue();
        assertThat(credentials.verify("root", "configured")).isFalse();
        assertThatThrownBy(() -> credentials.delete("root")).isInstanceOf(EngineException.class)
                .hasMessage("root user cannot be deleted: privilege not permitted");
    }

    @Test
    void aWrongOldPasswordOrADuplicateUserIsRefused() {
        Credentials credentials = Credentials.of(catalog);
        credentials.create("alice", "secret1");
        assertThatThrownBy(() -> credentials.update("alice", "alice", "wrong1", "secret2"))
                .isInstanceOf(EngineException.class).hasMessageContaining("old password not correct for alice");
        assertThatThrownBy(() -> credentials.create("alice", "secret3")).isInstanceOf(EngineException.class)
                .hasMessageContaining("user already exists: alice");
        assertThat(credentials.verify("alice", "secret1")).isTrue();
    }

    @Test
    void rootAlwaysExistsWithMilvussDefaultPasswordAndCannotBeDeleted() {
        Credentials credentials = Credentials.of(catalog);
        assertThat(credentials.users()).containsExactly("root");
        assertThat(credentials.verify("root", "Milvus")).isTrue();
        assertThatThrownBy(() -> credentials.delete("root")).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e.toStatus().getCode()).isEqualTo(1401));
        assertThat(credentials.users()).containsExactly("root");
    }

    @Test
    void rootChangesItsPasswordWithTheOldOne() {
        Credentials credentials = Credentials.of(catalog);
        credentials.update("root", "root", "Milvus", "n3w-root");
        assertThat(credentials.verify("root", "n3w-root")).isTrue();
        assertThat(credentials.verify("root", "Milvus")).isFalse();
    }

    @Test
    void withoutTheOldPasswordEvenRootIsRefusedUnlessItIsASuperUser() {
        Credentials plain = Credentials.of(catalog);
        plain.create("alice", "secret1");
        assertThatThrownBy(() -> plain.update("root", "alice", "", "secret2"))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.toStatus().getCode()).isEqualTo(1400);
                    assertThat(e.getMessage()).isEqualTo("old password not correct for alice: not authenticated");
                });
        Credentials withSuperUser = Credentials.open(catalog, null, null, java.util.Set.of("root"));
        withSuperUser.update("root", "alice", "", "secret2");
        assertThat(withSuperUser.verify("alice", "secret2")).isTrue();
        assertThatThrownBy(() -> withSuperUser.update("alice", "root", "", "secret3"))
                .hasMessage("old password not correct for root: not authenticated");
    }

    @Test
    void aMissingUserFailsTheOldPasswordCheckOrIsNotFoundForASuperUser() {
        Credentials plain = Credentials.of(catalog);
        assertThatThrownBy(() -> plain.update("root", "ghost", "secret1", "secret2"))
                .hasMessage("old password not correct for ghost: not authenticated");
        Credentials withSuperUser = Credentials.open(catalog, null, null, java.util.Set.of("root"));
        assertThatThrownBy(() -> withSuperUser.update("root", "ghost", "", "secret2"))
                .hasMessage("user not found: ghost");
        assertThat(withSuperUser.users()).containsExactly("root");
    }
}
