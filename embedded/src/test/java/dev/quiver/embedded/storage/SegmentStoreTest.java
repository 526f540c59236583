package dev.quiver.embedded.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsHeaderAndConcatenatedBody() throws IOException {
        ByteBuffer floats = ByteBuffer.allocateDirect(4 * 100).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 100; i++) {
            floats.putFloat(i * 0.5f);
        }
        floats.flip();
        ByteBuffer ids = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5});
        ids.position(1);
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.segments().write(42, "header".getBytes(StandardCharsets.UTF_8), floats, ids);
            assertThat(floats.position()).isZero();
            assertThat(ids.position()).isEqualTo(1);
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            MappedSegment segment = data.segments().open(42);
            assertThat(segment.id()).isEqualTo(42);
            assertThat(segment.file()).isEqualTo(dir.toAbsolutePath().resolve("segments").resolve("42.seg"));
            assertThat(new String(segment.header(), StandardCharsets.UTF_8)).isEqualTo("header");
            assertThat(new String(data.segments().readHeader(42), StandardCharsets.UTF_8)).isEqualTo("header");
            assertThat(segment.bodyLength()).isEqualTo(404);
            ByteBuffer body = segment.body().order(ByteOrder.LITTLE_ENDIAN);
            assertThat(body.isReadOnly()).isTrue();
            assertThat(body.remaining()).isEqualTo(404);
            FloatBuffer view = body.slice(0, 400).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            for (int i = 0; i < 100; i++) {
                assertThat(view.get(i)).isEqualTo(i * 0.5f);
            }
            assertThat(new byte[] {body.get(400), body.get(401), body.get(402), body.get(403)}).containsExactly(2, 3, 4, 5);
            assertThatThrownBy(() -> segment.body().put(0, (byte) 1)).isInstanceOf(ReadOnlyBufferException.class);
        }
    }

    @Test
    void listsDeletesAndHandlesEmptyBodies() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            SegmentStore store = data.segments();
            assertThat(store.list()).isEmpty();
            store.write(7, new byte[0]);
            store.write(3_000_000_000L, new byte[] {9});
            store.write(5, new byte[0], ByteBuffer.allocate(0));
            Files.writeString(store.directory().resolve("notes.txt"), "not a segment");
            assertThat(store.list()).containsExactly(5L, 7L, 3_000_000_000L);
            assertThat(store.open(7).bodyLength()).isZero();
            assertThat(store.open(3_000_000_000L).header()).containsExactly(9);
            assertThat(store.delete(7)).isTrue();
            assertThat(store.delete(7)).isFalse();
            assertThat(store.list()).containsExactly(5L, 3_000_000_000L);
            assertThatThrownBy(() -> store.open(7)).isInstanceOf(NoSuchFileException.class)
                    .hasMessageContaining(store.file(7).toString());
            assertThatThrownBy(() -> store.readHeader(7)).isInstanceOf(NoSuchFileException.class)
                    .hasMessageContaining(store.file(7).toString());
            assertThatThrownBy(() -> store.write(-1, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rewritingAnIdReplacesTheFileWhole() throws IOException {
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.segments().write(1, new byte[] {1}, ByteBuffer.wrap(new byte[1000]));
            data.segments().write(1, new byte[] {2}, ByteBuffer.wrap(new byte[] {7}));
            MappedSegment segment = data.segments().open(1);
            assertThat(segment.header()).containsExactly(2);
            assertThat(segment.bodyLength()).isEqualTo(1);
            assertThat(segment.body().get(0)).isEqualTo((byte) 7);
        }
    }

    @Test
    void aDamagedByteAnywhereFailsTheChecksumNamingTheFile() throws IOException {
        Path file;
        try (DataDirectory data = DataDirectory.open(dir)) {
            data.segments().write(9, new byte[] {1, 2, 3}, ByteBuffer.wrap(new byte[500]));
            file = data.segments().file(9);
        }
        byte[] pristine = Files.readAllBytes(file);
        // offsets: both checksums, the header length, the header, the padding, the body
        for (int offset : new int[] {8, 12, 20, 33, 40, 64, 300, pristine.length - 1}) {
            byte[] damaged = pristine.clone();
            damaged[offset] ^= 0x01;
            Files.write(file, damaged);
            boolean headerDamaged = offset < 35;
            try (DataDirectory data = DataDirectory.open(dir)) {
                assertThatThrownBy(() -> data.segments().open(9))
                        .as("flipped bit at offset %d", offset)
                        .isInstanceOf(StorageCorruptedException.class)
                        .hasMessageStartingWith("segment file " + file + " is corrupt: ");
                if (headerDamaged && offset != 8) {
                    assertThatThrownBy(() -> data.segments().readHeader(9))
                            .as("flipped bit at offset %d", offset)
                            .isInstanceOf(StorageCorruptedException.class)
                            .hasMessageStartingWith("segment file " + file + " is corrupt: ");
                } else {
                    assertThat(data.segments().readHeader(9)).as("header intact, offset %d", offset).containsExactly(1, 2, 3);
                }
            }
        }
        Files.write(file, java.util.Arrays.copyOf(pristine, pristine.length - 10));
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertThatThrownBy(() -> data.segments().open(9)).isInstanceOf(StorageCorruptedException.class)
                    .hasMessageContaining("do not match the file size");
        }
    }

    @Test
    void removesTempFilesLeftByACrashOnOpen() throws IOException {
        Path segments = dir.resolve("segments");
        Files.createDirectories(segments);
        Files.write(segments.resolve("12.seg.tmp"), new byte[] {1, 2, 3});
        try (DataDirectory data = DataDirectory.open(dir)) {
            assertThat(segments.resolve("12.seg.tmp")).doesNotExist();
            assertThat(data.segments().list()).isEmpty();
        }
    }
}
