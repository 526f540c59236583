package dev.quiver.embedded.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogStoreTest {
    @TempDir
    Path dir;

    @Test
    void readsNothingBeforeTheFirstWrite() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertThat(data.catalog().read()).isEmpty();
        }
    }

    @Test
    void roundTripsAndReplacesAcrossReopen() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.catalog().write(bytes("first"));
            data.catalog().write(bytes("second, longer than the first"));
            assertThat(data.catalog().read()).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("second, longer than the first")));
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertThat(data.catalog().read()).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("second, longer than the first")));
            data.catalog().write(new byte[0]);
            assertThat(data.catalog().read()).hasValueSatisfying(b -> assertThat(b).isEmpty());
        }
    }

    @Test
    void ignoresAndRemovesATempFileLeftByACrashDuringWrite() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.catalog().write(bytes("committed"));
        }
        Path temp = dir.resolve("catalog.bin.tmp");
        Files.write(temp, bytes("half-written new catal"));
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertThat(data.catalog().read()).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("committed")));
            assertThat(temp).doesNotExist();
        }
    }

    @Test
    void aFlippedBitIsAClearErrorNamingTheFile() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.catalog().write(bytes("some catalog bytes"));
        }
        Path file = dir.resolve("catalog.bin");
        byte[] raw = Files.readAllBytes(file);
        raw[raw.length - 3] ^= 0x10;
        Files.write(file, raw);
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertThatThrownBy(() -> data.catalog().read())
                    .isInstanceOf(StorageCorruptedException.class)
                    .hasMessageStartingWith("catalog file " + file.toAbsolutePath() + " is corrupt: checksum mismatch");
        }
    }

    @Test
    void aTruncatedOrForeignFileIsAClearError() throws IOException {
        Path file = dir.resolve("catalog.bin");
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.catalog().write(bytes("some catalog bytes"));
            byte[] raw = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(raw, raw.length - 1));
            assertThatThrownBy(() -> data.catalog().read()).isInstanceOf(StorageCorruptedException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString()).hasMessageContaining("payload bytes");
            Files.write(file, java.util.Arrays.copyOf(raw, 7));
            assertThatThrownBy(() -> data.catalog().read()).isInstanceOf(StorageCorruptedException.class)
                    .hasMessageContaining("shorter than its 16-byte header");
            Files.write(file, bytes("this is not a catalog file at all"));
            assertThatThrownBy(() -> data.catalog().read()).isInstanceOf(StorageCorruptedException.class)
                    .hasMessageContaining("bad magic");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
