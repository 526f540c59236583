package dev.quiver.driver.internal.exec;

import dev.quiver.grammar.ast.ResetSetting;
import java.sql.SQLException;

/** {@code RESET name}: the setting goes back to its connection-property default; no RPC. Tag {@code RESET}. */
final class ResetSettingHandler implements StatementHandler<ResetSetting> {
    @Override
    public Class<ResetSetting> statementType() {
        return ResetSetting.class;
    }

    @Override
    public ExecutionResult execute(ResetSetting statement, ExecutionContext context) throws SQLException {
        context.settings().reset(statement.name());
        return ExecutionResult.update(0, "RESET");
    }
}
