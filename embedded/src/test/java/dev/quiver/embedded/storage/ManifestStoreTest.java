package dev.quiver.embedded.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestStoreTest {
    @TempDir
    Path dir;

    @Test
    void aFreshDirectoryGetsAnEmptyManifestAndNoCatalog() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertThat(data.manifest().catalog()).isEmpty();
            assertThat(data.manifest().current().live()).isEmpty();
            assertThat(dir.resolve("manifest.bin")).exists();
        }
    }

    @Test
    void roundTripsTheCatalogAndTheLiveFilesAcrossReopen() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.manifest().commitCatalog(bytes("first"));
            data.segments().write(7, new byte[] {1}, ByteBuffer.wrap(new byte[100]));
            data.manifest().commit(Map.of("segments/7.seg", Files.size(data.segments().file(7))), List.of(), 5);
            data.manifest().commitCatalog(bytes("second, longer than the first"));
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            Manifest manifest = data.manifest().current();
            assertThat(data.manifest().catalog()).hasValueSatisfying(
                    b -> assertThat(b).isEqualTo(bytes("second, longer than the first")));
            assertThat(manifest.live()).containsOnlyKeys("segments/7.seg");
            assertThat(manifest.walCheckpointLsn()).isEqualTo(5);
            assertThat(manifest.fileWatermark()).isEqualTo(7);
        }
    }

    @Test
    void removedFilesAreDeletedAfterTheCommitAndDroppedFilesOnlyWithTheNextCatalog() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            for (long id : new long[] {1, 2}) {
                data.segments().write(id, new byte[] {1}, ByteBuffer.wrap(new byte[10]));
                data.manifest().commit(Map.of(SegmentStore.relativePath(id), Files.size(data.segments().file(id))),
                        List.of(), 0);
            }
            data.manifest().commit(Map.of(), List.of("segments/1.seg"), 0);
            assertThat(data.segments().file(1)).doesNotExist();
            data.manifest().removeWithNextCatalog(List.of("segments/2.seg"));
            data.manifest().commit(Map.of(), List.of(), 3);
            assertThat(data.manifest().current().live()).containsOnlyKeys("segments/2.seg");
            assertThat(data.segments().file(2)).exists();
            data.manifest().commitCatalog(bytes("without 2"));
            assertThat(data.manifest().current().live()).isEmpty();
            assertThat(data.segments().file(2)).doesNotExist();
        }
    }

    @Test
    void leftoversAboveTheWatermarkAndObsoleteFilesAreRemovedOthersLeftWithAWarning() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.segments().write(5, new byte[] {1}, ByteBuffer.wrap(new byte[10]));
            data.manifest().commit(Map.of("segments/5.seg", Files.size(data.segments().file(5))), List.of(), 0);
            data.segments().write(3, new byte[] {1}, ByteBuffer.wrap(new byte[10]));
            data.segments().write(9, new byte[] {1}, ByteBuffer.wrap(new byte[10]));
        }
        try (CapturedLog log = new CapturedLog(ManifestStore.class);
             DataDirectory data = DataDirectory.open(dir)) {
            assertThat(data.manifest().removeLeftovers()).isEqualTo(1);
            assertThat(data.segments().list()).containsExactly(3L, 5L);
            assertThat(log.warnings()).singleElement().asString().contains("are not in the manifest",
                    data.segments().file(3).toString(), "left alone");
        }
    }

    @Test
    void aLeftoverTempFileIsRemoved() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.manifest().commitCatalog(bytes("committed"));
        }
        Path temp = dir.resolve("manifest.bin.tmp");
        Files.write(temp, bytes("half-written new manif"));
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertThat(data.manifest().catalog()).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("committed")));
            assertThat(temp).doesNotExist();
        }
    }

    @Test
    void aFlippedByteTruncationOrForeignFileIsAClearErrorNamingTheManifest() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.manifest().commitCatalog(bytes("some catalog bytes"));
        }
        Path file = dir.resolve("manifest.bin").toAbsolutePath();
        byte[] raw = Files.readAllBytes(file);
        byte[] flipped = raw.clone();
        flipped[20] ^= 0x10;
        Files.write(file, flipped);
        assertThatThrownBy(() -> DataDirectory.open(dir)).isInstanceOf(StorageCorruptedException.class)
                .hasMessageStartingWith("manifest " + file + " is corrupt: checksum mismatch");
        Files.write(file, Arrays.copyOf(raw, raw.length - 1));
        assertThatThrownBy(() -> DataDirectory.open(dir)).isInstanceOf(StorageCorruptedException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("payload bytes");
        Files.write(file, Arrays.copyOf(raw, 7));
        assertThatThrownBy(() -> DataDirectory.open(dir)).isInstanceOf(StorageCorruptedException.class)
                .hasMessageContaining("shorter than its 16-byte header");
        Files.write(file, bytes("this is not a manifest at all"));
        assertThatThrownBy(() -> DataDirectory.open(dir)).isInstanceOf(StorageCorruptedException.class)
                .hasMessageContaining("bad magic");
    }

    @Test
    void dataWithoutAManifestIsRefusedAndNothingIsDeleted() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.segments().write(4, new byte[] {1}, ByteBuffer.wrap(new byte[10]));
            data.manifest().commit(Map.of("segments/4.seg", Files.size(data.segments().file(4))), List.of(), 0);
        }
        Files.delete(dir.resolve("manifest.bin"));
        assertThatThrownBy(() -> DataDirectory.open(dir)).isInstanceOf(StorageCorruptedException.class)
                .hasMessageContaining("manifest " + dir.resolve("manifest.bin").toAbsolutePath() + " is missing")
                .hasMessageContaining("1 segment file(s)");
        assertThat(dir.resolve("segments/4.seg")).exists();
        assertThat(dir.resolve("manifest.bin")).doesNotExist();
    }

    @Test
    void aMissingOrTruncatedLiveFileIsRefused() throws IOException {
        Path segment;
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.segments().write(4, new byte[] {1}, ByteBuffer.wrap(new byte[100]));
            segment = data.segments().file(4);
            data.manifest().commit(Map.of("segments/4.seg", Files.size(segment)), List.of(), 0);
        }
        byte[] raw = Files.readAllBytes(segment);
        Files.write(segment, Arrays.copyOf(raw, raw.length - 8));
        assertThatThrownBy(() -> DataDirectory.open(dir)).isInstanceOf(StorageCorruptedException.class)
                .hasMessageContaining("file " + segment + " is " + (raw.length - 8) + " bytes long but the manifest")
                .hasMessageContaining("truncated");
        Files.delete(segment);
        assertThatThrownBy(() -> DataDirectory.open(dir)).isInstanceOf(StorageCorruptedException.class)
                .hasMessageContaining("file " + segment + " is missing: the manifest");
    }

    @Test
    void aDirectoryWrittenBeforeManifestsIsAdopted() throws IOException {
        Files.createDirectories(dir.resolve("segments"));
        byte[] catalog = bytes("old catalog");
        CRC32C crc = new CRC32C();
        crc.update(catalog);
        ByteBuffer legacy = ByteBuffer.allocate(16 + catalog.length).putInt(0x51434154).putInt(1)
                .putInt(catalog.length).putInt((int) crc.getValue()).put(catalog);
        Files.write(dir.resolve("catalog.bin"), legacy.array());
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.segments().write(12, new byte[] {1}, ByteBuffer.wrap(new byte[10]));
        }
        Files.delete(dir.resolve("manifest.bin"));
        Files.write(dir.resolve("catalog.bin"), legacy.array());
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertThat(data.manifest().catalog()).hasValueSatisfying(b -> assertThat(b).isEqualTo(catalog));
            assertThat(data.manifest().current().live()).containsOnlyKeys("segments/12.seg");
            assertThat(dir.resolve("catalog.bin")).doesNotExist();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
