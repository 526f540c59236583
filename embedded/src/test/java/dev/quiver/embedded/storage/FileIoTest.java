package dev.quiver.embedded.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileIoTest {

    @Test
    void replacesAFileNamedWithoutADirectory() throws IOException {
        // A bare name has no parent path; the directory to force is the working directory.
        Path target = Path.of("file-io-test-" + ProcessHandle.current().pid() + ".bin");
        Path temp = Path.of(target + ".tmp");
        assertThat(target.getParent()).isNull();
        try {
            FileIo.replaceAtomically(target, temp,
                    channel -> FileIo.writeFully(channel, ByteBuffer.wrap(new byte[] {1, 2, 3}), 0));
            assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
            assertThat(temp).doesNotExist();
        } finally {
            Files.deleteIfExists(target);
            Files.deleteIfExists(temp);
        }
    }
}
