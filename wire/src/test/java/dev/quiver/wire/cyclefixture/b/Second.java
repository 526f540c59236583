package dev.quiver.wire.cyclefixture.b;

import dev.quiver.wire.cyclefixture.a.First;

/** The other half of the deliberate package cycle. */
public final class Second {
    private Second() {
    }

    /** Reaches back into package a. */
    public static int size() {
        return First.class.getSimpleName().length();
    }
}
