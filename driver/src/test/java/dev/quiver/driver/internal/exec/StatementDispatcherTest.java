package dev.quiver.driver.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.internal.config.JdbcUrlParser;
import dev.quiver.driver.internal.rpc.CallScope;
import dev.quiver.driver.internal.rpc.RetryPolicy;
import dev.quiver.driver.internal.rpc.RpcInvoker;
import dev.quiver.driver.internal.rpc.SessionHeaders;
import dev.quiver.grammar.StatementParser;
import dev.quiver.grammar.ast.ShowVersion;
import dev.quiver.grammar.ast.Statement;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StatementDispatcherTest {
    private static final StatementParser PARSER = new StatementParser();

    private static ExecutionContext context() throws Exception {
        var config = JdbcUrlParser.parse("jdbc:milvus://localhost", new Properties());
        var invoker = new RpcInvoker(InProcessChannelBuilder.forName("unused").build(), RetryPolicy.DEFAULT);
        return new ExecutionContext(new Session(config, invoker, new SessionHeaders(null, null, null, "default")),
                CallScope.unbounded(), ParameterBindings.none(), 0, 0);
    }

    @Test
    void unregisteredStatementsAreNotSupportedYet() throws Exception {
        StatementDispatcher dispatcher = new StatementDispatcher(HandlerRegistry.builder().build());
        assertThatThrownBy(() -> dispatcher.execute(PARSER.parse("SHOW LOAD STATE OF c"), context()))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessage("statement SHOW LOAD STATE is not supported yet");
    }

    @Test
    void dispatchesByClassUnwrappingTimeout() throws Exception {
        List<Statement> seen = new ArrayList<>();
        StatementHandler<ShowVersion> handler = new StatementHandler<>() {
            @Override
            public Class<ShowVersion> statementType() {
                return ShowVersion.class;
            }

            @Override
            public ExecutionResult execute(ShowVersion statement, ExecutionContext context) {
                seen.add(statement);
                return ExecutionResult.update(0, "SHOW VERSION", java.util.Map.of("k", 1));
            }
        };
        StatementDispatcher dispatcher = new StatementDispatcher(HandlerRegistry.builder().register(handler).build());
        Statement timed = PARSER.parse("SHOW VERSION TIMEOUT 5s");
        assertThat(StatementDispatcher.timeoutOf(timed)).isEqualTo(Duration.ofSeconds(5));
        ExecutionResult result = dispatcher.execute(timed, context());
        assertThat(seen).containsExactly(new ShowVersion());
        assertThat(result.commandTag()).isEqualTo("SHOW VERSION");
        assertThat(result.details()).containsEntry("k", 1);
        ExecutionResult batch = dispatcher.executeBatch(timed, List.of(ParameterBindings.none(), ParameterBindings.none()), context());
        assertThat(batch.batchCounts()).containsExactly(0, 0);
    }

    @Test
    void duplicateRegistrationsFail() {
        assertThatThrownBy(() -> HandlerRegistry.builder().registerAll(HandlerRegistry.builtIn())
                .register(new ShowVersionHandler()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("two handlers for ShowVersion");
    }

    @Test
    void defaultsContainTheSessionHandlers() {
        assertThat(dev.quiver.driver.internal.exec.handlers.Handlers.registry().statementTypes()).contains(ShowVersion.class,
                dev.quiver.grammar.ast.ShowDatabases.class, dev.quiver.grammar.ast.Use.class,
                dev.quiver.grammar.ast.ShowLoadState.class);
    }

    @Test
    void displayNames() {
        assertThat(StatementDispatcher.displayName(dev.quiver.grammar.ast.ShowLoadState.class)).isEqualTo("SHOW LOAD STATE");
        assertThat(StatementDispatcher.displayName(dev.quiver.grammar.ast.FlushAll.class)).isEqualTo("FLUSH ALL");
    }
}
