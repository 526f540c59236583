package dev.quiver.driver.internal.jdbc;

/** The driver's name and version, as reported to the server and through DatabaseMetaData. */
public final class DriverVersion {
    public static final String NAME = "Quiver JDBC driver for Milvus";
    public static final String VERSION = "0.1.0";
    public static final int MAJOR = 0;
    public static final int MINOR = 1;

    private DriverVersion() {
    }
}
