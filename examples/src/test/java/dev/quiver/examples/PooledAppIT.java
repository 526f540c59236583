package dev.quiver.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PooledAppIT {

    @Test
    void eightWorkersShareFourConnections() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PooledApp.run("jdbc:milvus:mem:pooled-" + UUID.randomUUID(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "worker 0: inserted 25 rows, nearest to row 0 is row 0",
                "worker 1: inserted 25 rows, nearest to row 100 is row 100",
                "worker 2: inserted 25 rows, nearest to row 200 is row 200",
                "worker 3: inserted 25 rows, nearest to row 300 is row 300",
                "worker 4: inserted 25 rows, nearest to row 400 is row 400",
                "worker 5: inserted 25 rows, nearest to row 500 is row 500",
                "worker 6: inserted 25 rows, nearest to row 600 is row 600",
                "worker 7: inserted 25 rows, nearest to row 700 is row 700",
                "rows in events: 200",
                "connections created: at most 4: true",
                "connections in use after the run: 0");
    }
}
