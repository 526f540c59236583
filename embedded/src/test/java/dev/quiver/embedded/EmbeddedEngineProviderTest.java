package dev.quiver.embedded;

import dev.quiver.embedded.storage.DataDirectory;
import dev.quiver.embedded.storage.DataDirectoryLockedException;
import dev.quiver.proto.milvus.CreateDatabaseRequest;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.spi.EmbeddedEngineHandle;
import dev.quiver.proto.spi.EmbeddedEngineProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ServiceLoader provider: mem: engines per name, file: engines per directory, reference-counted. */
class EmbeddedEngineProviderTest {
    private final EmbeddedEngineProvider provider = ServiceLoader.load(EmbeddedEngineProvider.class).findFirst()
            .orElseThrow();

    private static java.util.List<String> databases(EmbeddedEngineHandle handle) {
        return MilvusServiceGrpc.newBlockingStub(handle.channel()).listDatabases(ListDatabasesRequest.getDefaultInstance())
                .getDbNamesList();
    }

    private static void createDatabase(EmbeddedEngineHandle handle, String name) {
        assertThat(MilvusServiceGrpc.newBlockingStub(handle.channel())
                .createDatabase(CreateDatabaseRequest.newBuilder().setDbName(name).build()).getCode()).isZero();
    }

    @Test
    void isRegisteredForServiceLoader() {
        assertThat(provider).isInstanceOf(EmbeddedEngineProviderImpl.class);
    }

    @Test
    void sameMemNameIsTheSameEngineAndOtherNamesAreNot() throws IOException {
        String name = "p" + UUID.randomUUID().toString().replace("-", "");
        try (EmbeddedEngineHandle a = provider.open("mem:" + name, Map.of());
             EmbeddedEngineHandle b = provider.open("mem:" + name, Map.of());
             EmbeddedEngineHandle other = provider.open("mem:" + name + "x", Map.of())) {
            createDatabase(a, "shared");
            assertThat(databases(b)).contains("shared");
            assertThat(databases(other)).doesNotContain("shared");
            assertThat(a.description()).isEqualTo("in-memory engine '" + name + "'");
        }
        try (EmbeddedEngineHandle again = provider.open("mem:" + name, Map.of())) {
            assertThat(databases(again)).as("mem: engines live as long as the JVM").contains("shared");
        }
    }

    @Test
    void fileEnginesAreSharedAndClosedWithTheLastHandle(@TempDir Path dir) throws IOException {
        EmbeddedEngineHandle first = provider.open("file:" + dir, Map.of());
        EmbeddedEngineHandle second = provider.open("file:" + dir.resolve(".").toString(), Map.of());
        createDatabase(first, "kept");
        assertThat(databases(second)).contains("kept");
        first.close();
        first.close();
        assertThat(databases(second)).contains("kept");
        assertThatThrownBy(() -> DataDirectory.open(dir)).isInstanceOf(DataDirectoryLockedException.class);
        second.close();
        try (DataDirectory free = DataDirectory.open(dir)) {
            assertThat(free.path()).isEqualTo(dir.toAbsolutePath().normalize());
        }
        try (EmbeddedEngineHandle reopened = provider.open("file:" + dir, Map.of())) {
            assertThat(databases(reopened)).contains("kept");
        }
    }

    @Test
    void aDirectoryLockedElsewhereIsAClearIoError(@TempDir Path dir) throws IOException {
        try (DataDirectory held = DataDirectory.open(dir)) {
            assertThatThrownBy(() -> provider.open("file:" + dir, Map.of()))
                    .isInstanceOf(DataDirectoryLockedException.class)
                    .hasMessageContaining("is in use by another Quiver process");
        }
    }

    @Test
    void malformedTargetsAreRejected() {
        assertThatThrownBy(() -> provider.open("bogus:x", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected mem:, mem:NAME or file:DIR");
        assertThatThrownBy(() -> provider.open("file:", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no directory");
    }
}
