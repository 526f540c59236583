package dev.quiver.dsl;

/** Reads load states out of details and result rows. */
final class States {
    private States() {
    }

    static LoadState loadState(Outcome outcome) {
        Object detail = outcome.details().get("load_state");
        if (detail != null) {
            return LoadState.fromMilvusName(detail.toString());
        }
        if (outcome.rows() != null && !outcome.rows().isEmpty() && outcome.rows().get(0).hasColumn("state")) {
            return LoadState.fromMilvusName(outcome.rows().get(0).getString("state"));
        }
        throw new QuiverException("the driver reported no load state (command tag " + outcome.commandTag() + ")");
    }
}
