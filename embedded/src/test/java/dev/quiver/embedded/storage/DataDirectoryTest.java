package dev.quiver.embedded.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void createsTheLayoutAndRecordsThePid() throws IOException {
        Path nested = dir.resolve("a/b/data");
        try (DataDirectory data = DataDirectory.open(nested)) {
            assertThat(data.path()).isEqualTo(nested.toAbsolutePath().normalize());
            data.openWal(WalOptions.defaults());
            assertThat(nested.resolve("wal")).isDirectory();
            assertThat(nested.resolve("segments")).isDirectory();
            assertThat(Files.readString(nested.resolve(".lock")).trim())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
            assertThat(data.manifest().file()).isEqualTo(data.path().resolve("manifest.bin")).exists();
        }
    }

    @Test
    void aSecondOpenInTheSameJvmFailsWithTheExactMessageUntilTheFirstCloses() throws IOException {
        Path path = dir.toAbsolutePath().normalize();
        DataDirectory first = DataDirectory.open(dir);
        try {
            for (Path sameDirectory : new Path[] {dir, dir.resolve("x/..")}) {
                assertThatThrownBy(() -> DataDirectory.open(sameDirectory))
                        .isInstanceOf(DataDirectoryLockedException.class)
                        .hasMessage("data directory " + sameDirectory.toAbsolutePath().normalize()
                                + " is in use by another Quiver process (pid " + ProcessHandle.current().pid()
                                + "); stop it or use another directory")
                        .satisfies(e -> assertThat(((DataDirectoryLockedException) e).ownerPid())
                                .hasValue(ProcessHandle.current().pid()));
            }
            assertThat(path).isEqualTo(first.path());
        } finally {
            first.close();
        }
        first.close();
        try (DataDirectory again = DataDirectory.open(dir)) {
            assertThat(again.path()).isEqualTo(path);
        }
    }

    @Test
    void aClosedDirectoryRefusesToOpenItsLog() throws IOException {
        DataDirectory data = DataDirectory.open(dir);
        data.close();
        assertThatThrownBy(() -> data.openWal(WalOptions.defaults())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
    }

    @Test
    void closingTheDirectoryClosesItsLog() throws IOException {
        WriteAheadLog wal;
        try (DataDirectory data = DataDirectory.open(dir)) {
            wal = data.openWal(WalOptions.defaults());
            wal.append((byte) 0, new byte[3]);
        }
        assertThatThrownBy(() -> wal.append((byte) 0, new byte[1])).isInstanceOf(IllegalStateException.class);
    }
}
