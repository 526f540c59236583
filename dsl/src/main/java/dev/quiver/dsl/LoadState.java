package dev.quiver.dsl;

/**
 * The load state of a collection or of partitions, as Milvus's GetLoadState reports it. A collection is loaded while
 * any of its partitions is loaded.
 */
public enum LoadState {
    /** The collection or a partition does not exist ({@code NotExist}). */
    NOT_EXIST("NotExist"),
    /** Not loaded: released, or never loaded ({@code NotLoad}). */
    NOT_LOAD("NotLoad"),
    /** Being loaded ({@code Loading}). */
    LOADING("Loading"),
    /** Loaded: searches and queries can run ({@code Loaded}). */
    LOADED("Loaded");

    private final String milvusName;

    LoadState(String milvusName) {
        this.milvusName = milvusName;
    }

    /**
     * The name as Milvus and the console print it: {@code NotExist}, {@code NotLoad}, {@code Loading},
     * {@code Loaded}.
     *
     * @return the Milvus name
     */
    public String getMilvusName() {
        return milvusName;
    }

    /**
     * Whether searches and queries can run.
     *
     * @return true for {@link #LOADED}
     */
    public boolean isLoaded() {
        return this == LOADED;
    }

    /**
     * The state with Milvus name {@code name} (also accepting {@code LoadStateLoaded}-style and constant names).
     *
     * @param name a state name as the driver reports it
     * @return the state
     * @throws QuiverException for an unknown name
     */
    public static LoadState fromMilvusName(String name) {
        String plain = name.startsWith("LoadState") ? name.substring("LoadState".length()) : name;
        for (LoadState state : values()) {
            if (state.milvusName.equalsIgnoreCase(plain) || state.name().equalsIgnoreCase(plain)) {
                return state;
            }
        }
        throw new QuiverException("unknown load state '" + name + "'");
    }
}
