package dev.quiver.embedded.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Conversions between the forms of a GEOMETRY value: WKT text (what clients send and read), WKB bytes (what
 * segments store, little-endian 2D) and JTS geometries (what predicates evaluate). Stateless and thread-safe; the
 * JTS readers and writers, which are not, are created per call.
 */
public final class Geometries {
    /** The mean Earth radius (IUGG), in metres: ST_DWITHIN measures great-circle distances on this sphere. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Geometries() {
    }

    /**
     * The geometry written as {@code wkt}.
     *
     * @throws IllegalArgumentException with the parser's reason when the text is not WKT
     */
    public static Geometry parseWkt(String wkt) {
        try {
            return new WKTReader(FACTORY).read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? "invalid WKT" : e.getMessage(), e);
        }
    }

    /** WKB bytes of {@code wkt}, as segments store it. */
    public static byte[] wktToWkb(String wkt) {
        return toWkb(parseWkt(wkt));
    }

    /** Little-endian 2D WKB of {@code geometry}. */
    public static byte[] toWkb(Geometry geometry) {
        return new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
    }

    /**
     * The geometry stored as {@code wkb}.
     *
     * @throws IllegalArgumentException when the bytes are not WKB
     */
    public static Geometry fromWkb(byte[] wkb) {
        try {
            return new WKBReader(FACTORY).read(wkb);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The WKT a query answers for stored {@code wkb}, as in {@code POINT (13.39971 52.51801)}. */
    public static String wkbToWkt(byte[] wkb) {
        return new WKTWriter(2).write(fromWkb(wkb));
    }

    /**
     * Whether {@code geometry} lies within {@code metres} of the point {@code center} (longitude x, latitude y in
     * degrees): the great-circle distance between the point and the geometry's nearest point.
     */
    public static boolean withinMetres(Geometry geometry, Point center, double metres) {
        if (geometry.isEmpty()) {
            return false;
        }
        Coordinate nearest = DistanceOp.nearestPoints(geometry, center)[0];
        return greatCircleMetres(nearest, center.getCoordinate()) <= metres;
    }

    /** The haversine distance in metres between two longitude/latitude coordinates in degrees. */
    static double greatCircleMetres(Coordinate a, Coordinate b) {
        double lat1 = Math.toRadians(a.y);
        double lat2 = Math.toRadians(b.y);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.x - a.x);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
