package dev.quiver.proto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Reads the packaged proto jar: every class in it sits under {@code dev/quiver/}, so nothing can shadow or be shadowed
 * by the classes the official Milvus SDK ships under {@code io/milvus/} and {@code milvus/proto/}.
 */
class ProtoJarEntriesIT {

    @Test
    void everyClassInTheJarIsUnderDevQuiver() throws IOException {
        Path jar = Path.of(System.getProperty("quiver.proto.jar", "target/quiver-proto.jar"));
        assertThat(jar).as("packaged proto jar").exists();
        assertThat(Files.size(jar)).isPositive();
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> classes = file.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).toList();
            assertThat(classes).as("classes in %s", jar).isNotEmpty()
                    .anyMatch(n -> n.startsWith("dev/quiver/proto/tokenizer/"))
                    .anyMatch(n -> n.startsWith("dev/quiver/proto/milvus/"));
            assertThat(classes).allMatch(n -> n.startsWith("dev/quiver/"), "starts with dev/quiver/");
            List<String> files = file.stream().filter(e -> !e.isDirectory()).map(JarEntry::getName).toList();
            assertThat(files).as("no resource at the classpath root, such as a .proto the SDK also ships")
                    .allMatch(n -> n.startsWith("dev/quiver/") || n.startsWith("META-INF/"), "under dev/quiver/");
        }
    }
}
