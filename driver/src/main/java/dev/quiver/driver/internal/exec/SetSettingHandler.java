package dev.quiver.driver.internal.exec;

import dev.quiver.grammar.ast.SetSetting;
import java.sql.SQLException;

/** {@code SET name = value}: a session setting, validated; no RPC. Tag {@code SET}. */
final class SetSettingHandler implements StatementHandler<SetSetting> {
    @Override
    public Class<SetSetting> statementType() {
        return SetSetting.class;
    }

    @Override
    public ExecutionResult execute(SetSetting statement, ExecutionContext context) throws SQLException {
        context.settings().set(statement.name(), context.bound(statement.value()));
        return ExecutionResult.update(0, "SET");
    }
}
