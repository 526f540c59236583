package dev.quiver.wire.cyclefixture.a;

import dev.quiver.wire.cyclefixture.b.Second;

/** Half of a deliberate package cycle that {@link dev.quiver.wire.PackageGraphTest} must detect. */
public final class First {
    private First() {
    }

    /** Reaches into package b. */
    public static int size() {
        return Second.size() + 1;
    }
}
