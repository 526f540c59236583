package dev.quiver.embedded.filter;

import dev.quiver.embedded.geo.Geometries;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.proto.milvus.DataType;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Milvus's geometry predicates ({@code Plan.g4} {@code SpatialBinary}, {@code STDWithin}, {@code STIsValid}):
 * {@code ST_EQUALS|ST_TOUCHES|ST_OVERLAPS|ST_CROSSES|ST_CONTAINS|ST_INTERSECTS|ST_WITHIN(field, 'wkt')} relate the
 * field's geometry (first) to the literal's (second) with the DE-9IM predicates; {@code ST_DWITHIN(field,
 * 'POINT (lon lat)', metres)} keeps geometries within that great-circle distance of the point;
 * {@code ST_ISVALID(field)} keeps valid ones. Null rows match none of them.
 */
final class SpatialPredicates {
    private SpatialPredicates() {
    }

    static Node compile(ExpressionCompiler compiler, String name, List<Expression> args) {
        int slot = geometrySlot(compiler, name, args.get(0));
        if (name.equals("st_isvalid")) {
            return new Test(slot, Geometry::isValid);
        }
        Object text = compiler.constant(args.get(1));
        if (!(text instanceof String wkt)) {
            throw compiler.invalid("the second argument of " + name + " must be a WKT string");
        }
        Geometry literal;
        try {
            literal = Geometries.parseWkt(wkt);
        } catch (IllegalArgumentException e) {
            throw compiler.invalid("invalid WKT: " + wkt + ": " + e.getMessage());
        }
        if (name.equals("st_dwithin")) {
            if (!(literal instanceof Point center)) {
                throw compiler.invalid("ST_DWITHIN needs a POINT as its reference geometry, got: " + wkt);
            }
            Object distance = compiler.constant(args.get(2));
            if (!(distance instanceof Long) && !(distance instanceof Double)) {
                throw compiler.invalid("distance parameter must be a numeric value (int or float), got: " + distance);
            }
            double metres = ((Number) distance).doubleValue();
            if (metres < 0) {
                throw compiler.invalid(String.format(Locale.ROOT,
                        "distance parameter must be non-negative, got: %f", metres));
            }
            return new Test(slot, g -> Geometries.withinMetres(g, center, metres));
        }
        BiPredicate<Geometry, Geometry> relation = switch (name) {
            case "st_equals" -> Geometry::equalsTopo;
            case "st_touches" -> Geometry::touches;
            case "st_overlaps" -> Geometry::overlaps;
            case "st_crosses" -> Geometry::crosses;
            case "st_contains" -> Geometry::contains;
            case "st_intersects" -> Geometry::intersects;
            case "st_within" -> Geometry::within;
            default -> throw compiler.invalid("function " + name + " is not supported");
        };
        return new Test(slot, g -> relation.test(g, literal));
    }

    private static int geometrySlot(ExpressionCompiler compiler, String name, Expression first) {
        FieldInfo info = first instanceof FieldRef ref && ref.path().isEmpty() ? compiler.schema().field(ref.name())
                : null;
        if (info == null || info.type() != DataType.Geometry) {
            String what = name.equals("st_isvalid") ? "STIsValid" : name.equals("st_dwithin") ? "ST_DWITHIN"
                    : "spatial";
            throw compiler.invalid(what + " operation are only supported on geometry fields now, got: "
                    + FilterCompiler.text(first));
        }
        return compiler.columnSlot(info.name());
    }

    /** A test of each row's geometry. */
    static final class Test extends Node {
        private final int slot;
        private final Predicate<Geometry> test;

        Test(int slot, Predicate<Geometry> test) {
            this.slot = slot;
            this.test = test;
        }

        @Override
        int eval(ColumnReader[] columns, int row) {
            ColumnReader column = columns[slot];
            if (column.isNull(row)) {
                return Truth.UNKNOWN;
            }
            return Truth.of(test.test(column.getGeometry(row)));
        }
    }
}
