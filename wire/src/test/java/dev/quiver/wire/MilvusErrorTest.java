package dev.quiver.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.Status;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation")
class MilvusErrorTest {

    @Test
    void codesAreUniqueAndLookUpBack() {
        assertThat(Arrays.stream(MilvusError.values()).map(MilvusError::code).distinct().count())
                .isEqualTo(MilvusError.values().length);
        for (MilvusError e : MilvusError.values()) {
            assertThat(MilvusError.ofCode(e.code())).contains(e);
        }
        assertThat(MilvusError.ofCode(4242)).isEmpty();
    }

    @Test
    void factsMatchMilvusMerr() {
        assertThat(MilvusError.COLLECTION_NOT_FOUND.code()).isEqualTo(100);
        assertThat(MilvusError.COLLECTION_NOT_LOADED.leafMessage()).isEqualTo("collection not loaded");
        assertThat(MilvusError.RATE_LIMIT.retriable()).isTrue();
        assertThat(MilvusError.PARAMETER_INVALID.retriable()).isFalse();
        assertThat(MilvusError.UNEXPECTED.code()).isEqualTo(65535);
        assertThat(MilvusError.COLLECTION_NOT_FOUND.legacyCode()).isEqualTo(ErrorCode.CollectionNotExists);
        assertThat(MilvusError.DATABASE_NOT_FOUND.legacyCode()).isEqualTo(ErrorCode.UnexpectedError);
        assertThat(MilvusError.MEMORY_LIMIT_EXCEEDED.legacyCode()).isEqualTo(ErrorCode.InsufficientMemoryToLoad);
        assertThat(MilvusError.DISK_LIMIT_EXCEEDED.legacyCode()).isEqualTo(ErrorCode.DiskQuotaExhausted);
        assertThat(MilvusError.QUOTA_EXCEEDED.legacyCode()).isEqualTo(ErrorCode.ForceDeny);
    }

    @Test
    void reasonsAreFormattedAsMilvusDoes() {
        assertThat(MilvusError.COLLECTION_NOT_FOUND.reason("database", "default", "collection", "c1"))
                .isEqualTo("collection not found[database=default][collection=c1]");
        assertThat(MilvusError.PARAMETER_INVALID.reasonBecause("dim out of range"))
                .isEqualTo("dim out of range: invalid parameter");
        assertThatThrownBy(() -> MilvusError.PARAMETER_INVALID.reason("lonely"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusesNeedBothCodesAtZeroForSuccess() {
        assertThat(Statuses.isSuccess(Status.getDefaultInstance())).isTrue();
        assertThat(Statuses.isSuccess(Status.newBuilder().setCode(100).build())).isFalse();
        assertThat(Statuses.isSuccess(Status.newBuilder().setErrorCode(ErrorCode.UnexpectedError).build())).isFalse();
        assertThat(Statuses.isRateLimited(Status.newBuilder().setCode(8).build())).isTrue();
        assertThat(Statuses.isRateLimited(Status.newBuilder().setErrorCode(ErrorCode.RateLimit).build())).isTrue();
        assertThat(Statuses.isRateLimited(Status.newBuilder().setCode(100).setErrorCode(ErrorCode.RateLimit).build()))
                .isFalse();
    }

    @Test
    void durationsParseAndPrintTheLanguageSpelling() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse(" 30 S ")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("0")).isEqualTo(Duration.ZERO);
        assertThat(Durations.parse("5 minutes")).isNull();
        assertThat(Durations.parse("-1s")).isNull();
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
    }
}
