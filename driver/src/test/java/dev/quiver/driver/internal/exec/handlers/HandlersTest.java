package dev.quiver.driver.internal.exec.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.driver.internal.exec.HandlerRegistry;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.ast.Timed;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlersTest {

    @Test
    void everyStatementOfTheLanguageHasAHandler() {
        HandlerRegistry registry = dev.quiver.driver.internal.exec.handlers.Handlers.registry();
        List<Class<?>> missing = Arrays.stream(Statement.class.getPermittedSubclasses())
                .filter(type -> type != Timed.class)
                .filter(type -> registry.find(type.asSubclass(Statement.class)) == null)
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void handlersOfThisPackageAreOnePerStatementAndMostCanBeExplained() {
        List<StatementHandler<?>> all = Handlers.all();
        assertThat(all.stream().map(StatementHandler::statementType)).doesNotHaveDuplicates();
        assertThat(all.stream().filter(h -> !(h instanceof Planner<?>)).map(h -> h.statementType().getSimpleName()))
                .containsExactly("Explain");
    }
}
