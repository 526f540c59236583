package dev.quiver.driver.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionResultTest {

    @Test
    void detailsKeepTheOrderTheHandlerGaveThem() {
        Map<String, Object> details = new LinkedHashMap<>();
        for (String key : new String[] {"sealed_segment_ids", "flush_ts", "flushed_segment_ids", "seal_times", "flushed",
                "partition", "a", "z", "m"}) {
            details.put(key, key.length());
        }
        assertThat(ExecutionResult.update(0, "FLUSH 1", details).details().keySet())
                .containsExactlyElementsOf(details.keySet());
        assertThat(ExecutionResult.batch(new long[] {1, 2}, "INSERT 3", details).details().keySet())
                .containsExactlyElementsOf(details.keySet());
    }
}
