package dev.quiver.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class FrameLogRedactionTest {
    @Test
    void theAuthorizationHeaderAndDataBytesAreStarred() {
        String headers = "[id: 0x1] OUTBOUND HEADERS: streamId=3 headers=GrpcHttp2OutboundHeaders[:authority: "
                + "127.0.0.1:1, :path: /milvus.proto.milvus.MilvusService/Connect, authorization: cm9vdDpNaWx2dXM=, "
                + "dbname: default] streamDependency=0";
        assertThat(FrameLogRedaction.redact(headers)).contains("authorization: ***, dbname: default")
                .doesNotContain("cm9vdDpNaWx2dXM=").contains(":path: /milvus.proto.milvus.MilvusService/Connect");
        assertThat(FrameLogRedaction.redact("OUTBOUND DATA: streamId=3 padding=0 endStream=true length=9 "
                + "bytes=000000000412026869")).endsWith("length=9 bytes=***");
    }

    @Test
    void installedOnNettysFrameLoggersItRewritesTheirRecords() {
        FrameLogRedaction.install();
        FrameLogRedaction.install();
        for (String name : new String[] {FrameLogRedaction.CLIENT_LOGGER, FrameLogRedaction.SERVER_LOGGER}) {
            Logger logger = Logger.getLogger(name);
            LogRecord record = new LogRecord(Level.FINE, "INBOUND HEADERS: headers=[authorization: c2VjcmV0]");
            record.setParameters(new Object[] {"authorization: c2VjcmV0"});
            assertThat(logger.getFilter().isLoggable(record)).isTrue();
            assertThat(record.getMessage()).isEqualTo("INBOUND HEADERS: headers=[authorization: ***]");
            assertThat(record.getParameters()).containsExactly("authorization: ***");
        }
    }
}
