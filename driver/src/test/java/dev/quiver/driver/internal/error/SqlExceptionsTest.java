package dev.quiver.driver.internal.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.ParsingException;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.MilvusError;
import io.grpc.StatusRuntimeException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlExceptionsTest {

    /** Milvus code → expected SQLState and exception class (reference §2.2). */
    static final Map<Integer, Arguments> EXPECTED = Map.ofEntries(
            Map.entry(1, Arguments.of("08M01", SQLTransientConnectionException.class)),
            Map.entry(2, Arguments.of("08M01", SQLTransientConnectionException.class)),
            Map.entry(3, Arguments.of("53000", SQLNonTransientException.class)),
            Map.entry(4, Arguments.of("53M01", SQLTransientException.class)),
            Map.entry(5, Arguments.of("HY000", SQLException.class)),
            Map.entry(7, Arguments.of("53000", SQLNonTransientException.class)),
            Map.entry(8, Arguments.of("53M01", SQLTransientException.class)),
            Map.entry(9, Arguments.of("53000", SQLNonTransientException.class)),
            Map.entry(10, Arguments.of("0A000", SQLFeatureNotSupportedException.class)),
            Map.entry(12, Arguments.of("53000", SQLNonTransientException.class)),
            Map.entry(100, Arguments.of("42M01", SQLSyntaxErrorException.class)),
            Map.entry(101, Arguments.of("55M01", SQLNonTransientException.class)),
            Map.entry(102, Arguments.of("53000", SQLNonTransientException.class)),
            Map.entry(103, Arguments.of("55M01", SQLNonTransientException.class)),
            Map.entry(104, Arguments.of("55M03", SQLNonTransientException.class)),
            Map.entry(105, Arguments.of("42611", SQLSyntaxErrorException.class)),
            Map.entry(109, Arguments.of("42611", SQLSyntaxErrorException.class)),
            Map.entry(200, Arguments.of("42M02", SQLSyntaxErrorException.class)),
            Map.entry(201, Arguments.of("55M02", SQLNonTransientException.class)),
            Map.entry(202, Arguments.of("55M02", SQLNonTransientException.class)),
            Map.entry(300, Arguments.of("HY000", SQLException.class)),
            Map.entry(400, Arguments.of("HY000", SQLException.class)),
            Map.entry(600, Arguments.of("HY000", SQLException.class)),
            Map.entry(700, Arguments.of("42M03", SQLSyntaxErrorException.class)),
            Map.entry(701, Arguments.of("0A000", SQLFeatureNotSupportedException.class)),
            Map.entry(702, Arguments.of("42710", SQLSyntaxErrorException.class)),
            Map.entry(800, Arguments.of("3D000", SQLNonTransientException.class)),
            Map.entry(801, Arguments.of("53000", SQLNonTransientException.class)),
            Map.entry(802, Arguments.of("42602", SQLSyntaxErrorException.class)),
            Map.entry(1100, Arguments.of("22023", SQLDataException.class)),
            Map.entry(1101, Arguments.of("22023", SQLDataException.class)),
            Map.entry(1102, Arguments.of("22023", SQLDataException.class)),
            Map.entry(1400, Arguments.of("28000", SQLInvalidAuthorizationSpecException.class)),
            Map.entry(1401, Arguments.of("42501", SQLSyntaxErrorException.class)),
            Map.entry(1600, Arguments.of("42M04", SQLSyntaxErrorException.class)),
            Map.entry(1601, Arguments.of("42710", SQLSyntaxErrorException.class)),
            Map.entry(1602, Arguments.of("42710", SQLSyntaxErrorException.class)),
            Map.entry(1700, Arguments.of("42703", SQLSyntaxErrorException.class)),
            Map.entry(1701, Arguments.of("42602", SQLSyntaxErrorException.class)),
            Map.entry(3000, Arguments.of("0A000", SQLFeatureNotSupportedException.class)),
            Map.entry(10000, Arguments.of("57014", SQLException.class)),
            Map.entry(10001, Arguments.of("HYT00", SQLTimeoutException.class)),
            Map.entry(65535, Arguments.of("HY000", SQLException.class)));

    static Stream<Arguments> codes() {
        return EXPECTED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue().get()[0], e.getValue().get()[1]));
    }

    @ParameterizedTest(name = "code {0} -> {1}")
    @MethodSource("codes")
    @SuppressWarnings("deprecation")
    void mapsMilvusCodes(int code, String sqlState, Class<? extends SQLException> type) {
        String reason = "leaf message[field=value] for " + code;
        SQLException e = SqlExceptions.fromStatus(Status.newBuilder().setCode(code).setReason(reason)
                .setErrorCode(ErrorCode.UnexpectedError).build(), "SomeRpc");
        assertThat((Throwable) e).isExactlyInstanceOf(type).hasMessage(reason);
        assertThat(e.getSQLState()).isEqualTo(sqlState);
        assertThat(e.getErrorCode()).isEqualTo(code);
    }

    @Test
    void everyCodeTheEngineProducesHasAnExpectation() {
        List<Integer> engineCodes = Arrays.stream(MilvusError.values()).map(MilvusError::code).toList();
        assertThat(EXPECTED.keySet()).containsAll(engineCodes);
    }

    @Test
    void engineErrorsMapExactlyAsTheirStatus() {
        for (MilvusError error : MilvusError.values()) {
            @SuppressWarnings("deprecation")
            Status status = Status.newBuilder().setCode(error.code()).setReason(error.leafMessage())
                    .setErrorCode(error.legacyCode()).build();
            SQLException e = SqlExceptions.fromStatus(status, "Rpc");
            Arguments expected = EXPECTED.get(error.code());
            assertThat(e.getSQLState()).as(error.name()).isEqualTo(expected.get()[0]);
            assertThat((Throwable) e).as(error.name()).isExactlyInstanceOf((Class<?>) expected.get()[1]);
            assertThat(e.getErrorCode()).isEqualTo(error.code());
            assertThat(e.getMessage()).isEqualTo(error.leafMessage());
        }
    }

    @Test
    @SuppressWarnings("deprecation")
    void legacyErrorCodeIsUsedWhenCodeIsZero() {
        SQLException e = SqlExceptions.fromStatus(Status.newBuilder().setErrorCode(ErrorCode.CollectionNotExists)
                .setReason("can't find collection c").build(), "DescribeCollection");
        assertThat((Throwable) e).isInstanceOf(SQLSyntaxErrorException.class).hasMessage("can't find collection c");
        assertThat(e.getSQLState()).isEqualTo("42M01");
        assertThat(e.getErrorCode()).isEqualTo(ErrorCode.CollectionNotExists.getNumber());
        SQLException rate = SqlExceptions.fromStatus(Status.newBuilder().setErrorCode(ErrorCode.RateLimit).build(), "Flush");
        assertThat((Throwable) rate).isInstanceOf(SQLTransientException.class).hasMessage("Flush failed with Milvus code 49");
        assertThat(rate.getSQLState()).isEqualTo("53M01");
    }

    static Stream<Arguments> grpcCodes() {
        return Stream.of(
                Arguments.of(io.grpc.Status.Code.UNIMPLEMENTED, "0A000", SQLFeatureNotSupportedException.class,
                        "the server does not support Flush (Method not found)"),
                Arguments.of(io.grpc.Status.Code.UNAUTHENTICATED, "28000", SQLInvalidAuthorizationSpecException.class,
                        "authentication failed: Method not found"),
                Arguments.of(io.grpc.Status.Code.PERMISSION_DENIED, "42501", SQLSyntaxErrorException.class,
                        "permission denied for Flush: Method not found"),
                Arguments.of(io.grpc.Status.Code.CANCELLED, "57014", SQLException.class, "the statement was cancelled"),
                Arguments.of(io.grpc.Status.Code.DEADLINE_EXCEEDED, "HYT00", SQLTimeoutException.class,
                        "the deadline of Flush expired: Method not found"),
                Arguments.of(io.grpc.Status.Code.UNAVAILABLE, "08006", SQLTransientConnectionException.class,
                        "the server is unavailable (Flush): Method not found"),
                Arguments.of(io.grpc.Status.Code.RESOURCE_EXHAUSTED, "53000", SQLNonTransientException.class,
                        "Flush exhausted a resource: Method not found"),
                Arguments.of(io.grpc.Status.Code.INVALID_ARGUMENT, "22023", SQLDataException.class,
                        "Flush rejected an argument: Method not found"),
                Arguments.of(io.grpc.Status.Code.INTERNAL, "HY000", SQLException.class,
                        "Flush failed (INTERNAL): Method not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grpcCodes")
    void mapsGrpcFailures(io.grpc.Status.Code code, String state, Class<?> type, String message) {
        StatusRuntimeException grpc = io.grpc.Status.fromCode(code).withDescription("Method not found").asRuntimeException();
        SQLException e = SqlExceptions.fromGrpc(grpc, "Flush");
        assertThat((Throwable) e).isExactlyInstanceOf(type).hasMessage(message).hasCause(grpc);
        assertThat(e.getSQLState()).isEqualTo(state);
    }

    @Test
    void parserErrorsKeepLineAndColumn() {
        ParsingException parsing = new ParsingException("mismatched input 'x'. Expecting: 'FROM'", 1, 24, "x", List.of("'FROM'"));
        SQLException e = SqlExceptions.syntax(parsing);
        assertThat((Throwable) e).isInstanceOf(SQLSyntaxErrorException.class)
                .hasMessage("line 1:24: mismatched input 'x'. Expecting: 'FROM'").hasCause(parsing);
        assertThat(e.getSQLState()).isEqualTo("42601");
    }
}
