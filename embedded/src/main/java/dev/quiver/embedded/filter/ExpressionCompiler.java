package dev.quiver.embedded.filter;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.ArithmeticOperator;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.FunctionCall;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.Like;
import dev.quiver.grammar.expr.Or;
import dev.quiver.proto.milvus.TemplateValue;
import dev.quiver.wire.MilvusError;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles one expression against a schema and template values into {@link Node}s and {@link Operand}s, checking
 * fields and types as it goes. One instance per compilation; not thread-safe.
 */
final class ExpressionCompiler {
    private final FieldResolver schema;
    private final Map<String, TemplateValue> templateValues;
    private final String text;
    private final Map<String, Integer> slots = new LinkedHashMap<>();
    private final PredicateCompiler predicates = new PredicateCompiler(this);
    private final OperandCompiler operands = new OperandCompiler(this);
    private final ConstantEvaluator constants = new ConstantEvaluator(this);

    private final ZoneId timezone;

    ExpressionCompiler(FieldResolver schema, Map<String, TemplateValue> templateValues, String text,
                       ZoneId timezone) {
        this.schema = schema;
        this.templateValues = templateValues;
        this.text = text;
        this.timezone = timezone;
    }

    ZoneId timezone() {
        return timezone;
    }

    FieldResolver schema() {
        return schema;
    }

    /** The slot of a column read directly by a node (TIMESTAMPTZ and GEOMETRY predicates). */
    int columnSlot(String column) {
        return slot(column);
    }

    /** The columns referenced so far, in slot order. */
    List<String> columns() {
        return List.copyOf(slots.keySet());
    }

    EngineException invalid(String detail) {
        return EngineException.withReason(MilvusError.PARAMETER_INVALID,
                "cannot parse expression: " + text + ", error: " + detail);
    }

    Node predicate(Expression e) {
        return e.accept(predicates);
    }

    /** The terms of a chain of {@code and}: {@code a and b and c} gives {@code [a, b, c]}, compiled. */
    List<Node> conjuncts(And and) {
        List<Node> terms = new ArrayList<>();
        Deque<Expression> pending = new ArrayDeque<>();
        pending.push(and);
        while (!pending.isEmpty()) {
            Expression next = pending.pop();
            if (next instanceof And a) {
                pending.push(a.right());
                pending.push(a.left());
            } else {
                terms.add(predicate(next));
            }
        }
        return terms;
    }

    /** The terms of a chain of {@code or}, compiled. */
    List<Node> disjuncts(Or or) {
        List<Node> terms = new ArrayList<>();
        Deque<Expression> pending = new ArrayDeque<>();
        pending.push(or);
        while (!pending.isEmpty()) {
            Expression next = pending.pop();
            if (next instanceof Or o) {
                pending.push(o.right());
                pending.push(o.left());
            } else {
                terms.add(predicate(next));
            }
        }
        return terms;
    }

    /** A value used as a condition: Milvus accepts it when it is a boolean. */
    Node booleanValue(Expression e) {
        Operand operand = operand(e);
        if (operand.kind == Kind.BOOL) {
            return new Node.BoolValue(operand);
        }
        throw invalid("predicate is not a boolean expression, data type: " + operand.typeName);
    }

    Node compare(Operand left, ComparisonOperator op, Operand right) {
        boolean ordering = op != ComparisonOperator.EQUAL && op != ComparisonOperator.NOT_EQUAL;
        if (left.kind == Kind.OPAQUE || right.kind == Kind.OPAQUE) {
            throw mismatch(left, op, right);
        }
        if (left.kind.isDynamic() || right.kind.isDynamic()) {
            if (ordering && (isCollection(left) || isCollection(right))) {
                throw mismatch(left, op, right);
            }
            return new Node.DynamicCompare(left, op, right);
        }
        if (left.kind.isNumeric() && right.kind.isNumeric()) {
            return left.kind == Kind.LONG && right.kind == Kind.LONG
                    ? new Node.LongCompare(left, op, right) : new Node.DoubleCompare(left, op, right);
        }
        if (left.kind == Kind.STRING && right.kind == Kind.STRING) {
            return new Node.StringCompare(left, op, right);
        }
        if (left.kind == Kind.BOOL && right.kind == Kind.BOOL && !ordering) {
            return new Node.BoolCompare(left, op == ComparisonOperator.EQUAL, right);
        }
        if (isCollection(left) && isCollection(right) && !ordering) {
            return new Node.DynamicCompare(left, op, right);
        }
        throw mismatch(left, op, right);
    }

    private static boolean isCollection(Operand operand) {
        return operand.kind == Kind.ARRAY || operand.kind == Kind.LIST;
    }

    private EngineException mismatch(Operand left, ComparisonOperator op, Operand right) {
        return invalid("comparisons between " + left.typeName + " and " + right.typeName + " with "
                + op.milvusText() + " are not supported");
    }

    Node in(In in) {
        Operand subject = operand(in.subject());
        Object listValue = constant(in.list());
        if (!(listValue instanceof List<?> rawList)) {
            throw invalid("the right side of 'in' must be a list, not "
                    + Operand.Constant.typeNameOfConstant(listValue));
        }
        List<Object> list = new ArrayList<>(rawList);
        boolean negated = in.negated();
        switch (subject.kind) {
            case JSON, DYNAMIC -> {
                return new Node.InDynamic(subject, list, negated);
            }
            case LONG, DOUBLE -> {
                boolean allIntegers = true;
                for (Object value : list) {
                    requireElement(value instanceof Number, subject, value);
                    allIntegers &= value instanceof Long;
                }
                if (allIntegers && subject.kind == Kind.LONG) {
                    long[] values = new long[list.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = (Long) list.get(i);
                    }
                    return new Node.InLong(subject, values, negated);
                }
                double[] values = new double[list.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = ((Number) list.get(i)).doubleValue();
                }
                return new Node.InDouble(subject, values, negated);
            }
            case STRING -> {
                Set<String> values = new HashSet<>();
                for (Object value : list) {
                    requireElement(value instanceof String, subject, value);
                    values.add((String) value);
                }
                return new Node.InString(subject, values, negated);
            }
            case BOOL -> {
                boolean containsTrue = false;
                boolean containsFalse = false;
                for (Object value : list) {
                    requireElement(value instanceof Boolean, subject, value);
                    containsTrue |= (Boolean) value;
                    containsFalse |= !(Boolean) value;
                }
                return new Node.InBool(subject, containsTrue, containsFalse, negated);
            }
            default -> throw invalid("'in' is not supported on " + subject.typeName + " values");
        }
    }

    private void requireElement(boolean ok, Operand subject, Object value) {
        if (!ok) {
            throw invalid("the list of 'in' holds " + Operand.Constant.typeNameOfConstant(value) + " value " + value
                    + ", which cannot be compared with " + subject.typeName);
        }
    }

    Node like(Like like) {
        Operand subject = operand(like.subject());
        if (subject.kind != Kind.STRING && subject.kind != Kind.JSON) {
            throw invalid("like applies to VarChar fields and JSON paths, not " + subject.typeName);
        }
        Object pattern = constant(like.pattern());
        if (!(pattern instanceof String string)) {
            throw invalid("the pattern of like must be a string");
        }
        return new Node.Like(subject, LikePattern.compile(string));
    }

    Node function(FunctionCall call) {
        String name = call.name();
        List<Expression> args = call.arguments();
        if (name.equals("text_match") || name.equals("phrase_match")) {
            return textMatch(name, args);
        }
        if (name.startsWith("st_")) {
            return SpatialPredicates.compile(this, name, args);
        }
        Node.ContainsMode mode = switch (name) {
            case "json_contains", "array_contains" -> Node.ContainsMode.ONE;
            case "json_contains_all", "array_contains_all" -> Node.ContainsMode.ALL;
            case "json_contains_any", "array_contains_any" -> Node.ContainsMode.ANY;
            case "array_length" -> throw invalid("predicate is not a boolean expression, data type: Int64");
            default -> throw invalid("function " + name + " is not supported");
        };
        if (args.size() != 2) {
            throw invalid(name + " takes 2 arguments, got " + args.size());
        }
        Operand container = operand(args.get(0));
        if (container.kind != Kind.ARRAY && container.kind != Kind.JSON) {
            throw invalid(name + " needs an Array field or a JSON value, not " + container.typeName);
        }
        Object value = constant(args.get(1));
        if (mode == Node.ContainsMode.ONE) {
            return new Node.Contains(container, mode, List.of(value));
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(name + " needs a list as its second argument");
        }
        return new Node.Contains(container, mode, new ArrayList<>(list));
    }

    /** Milvus's planparserv2 {@code VisitTextMatch}/{@code VisitPhraseMatch} checks, then the match node. */
    private Node textMatch(String name, List<Expression> args) {
        boolean phrase = name.equals("phrase_match");
        if (!(args.get(0) instanceof FieldRef ref) || !ref.path().isEmpty()) {
            throw invalid("the first argument of " + name + " must be a field name");
        }
        FieldInfo info = schema.field(ref.name());
        if (info == null) {
            throw invalid("field " + ref.name() + " not exist");
        }
        if (info.type() != dev.quiver.proto.milvus.DataType.VarChar) {
            throw invalid((phrase ? "phrase" : "text") + " match operation on non-string is unsupported");
        }
        if (info.matchAnalyzer() == null) {
            throw invalid("field \"" + ref.name() + "\" does not enable match: invalid parameter");
        }
        Object query = constant(args.get(1));
        if (!(query instanceof String queryText)) {
            throw invalid("the second argument of " + name + " must be a string");
        }
        Operand subject = operand(ref);
        if (!phrase) {
            return new TextMatching.Any(subject, info.matchAnalyzer(), queryText);
        }
        long slop = 0;
        if (args.size() == 3) {
            Object value = constant(args.get(2));
            if (!(value instanceof Long number)) {
                throw invalid("\"slop\" should be a const integer expression with \"uint32\" value. "
                        + "\"slop\" expression passed: " + value + ": invalid parameter");
            }
            slop = number;
            if (slop < 0) {
                throw invalid("\"slop\" should not be a negative interger. \"slop\" passed: " + slop
                        + ": invalid parameter");
            }
            if (slop > 0xFFFF_FFFFL) {
                throw invalid("\"slop\" exceeds the range of \"uint32\". \"slop\" expression passed: " + slop
                        + ": invalid parameter");
            }
        }
        return new TextMatching.Phrase(subject, info.matchAnalyzer(), queryText, slop);
    }

    Operand operand(Expression e) {
        return e.accept(operands);
    }

    Operand arithmetic(Operand left, ArithmeticOperator op, Operand right) {
        if (left.readsField() && right.readsField()) {
            throw invalid("arithmetic between two fields is not supported");
        }
        for (Operand side : List.of(left, right)) {
            if (!side.kind.isNumeric() && !side.kind.isDynamic()) {
                throw invalid("arithmetic " + op.milvusText() + " is not supported on " + side.typeName + " values");
            }
        }
        if ((op == ArithmeticOperator.DIVIDE || op == ArithmeticOperator.MODULO)
                && right instanceof Operand.Constant constant && ((Number) constant.value).doubleValue() == 0.0) {
            throw invalid("divide by zero");
        }
        Kind kind;
        if (left.kind.isDynamic() || right.kind.isDynamic()) {
            kind = Kind.DYNAMIC;
        } else if (left.kind == Kind.LONG && right.kind == Kind.LONG && op != ArithmeticOperator.POWER) {
            kind = Kind.LONG;
        } else {
            kind = Kind.DOUBLE;
        }
        return new Operand.Arithmetic(left, op, right, kind);
    }

    Operand field(FieldRef ref) {
        String name = ref.name();
        List<FieldRef.PathStep> path = ref.path();
        FieldInfo info = schema.field(name);
        if (info == null) {
            FieldInfo dynamic = schema.dynamicField();
            if (dynamic == null) {
                throw invalid("field " + name + " not exist");
            }
            List<FieldRef.PathStep> full = new ArrayList<>(path.size() + 1);
            full.add(new FieldRef.Key(name));
            full.addAll(path);
            return new Operand.JsonPath(slot(dynamic.name()), full);
        }
        Kind kind = Operand.kindOf(info.type());
        if (kind == null) {
            throw invalid("field " + name + " of type " + info.type() + " cannot be used in a filter");
        }
        if (kind == Kind.JSON) {
            if (path.isEmpty() && info.equals(schema.dynamicField())) {
                throw invalid("the dynamic field " + name + " needs a key, as in " + name + "[\"key\"]");
            }
            return new Operand.JsonPath(slot(info.name()), path);
        }
        if (kind == Kind.ARRAY) {
            if (path.isEmpty()) {
                return new Operand.ArrayColumn(slot(info.name()), info.elementType());
            }
            if (path.size() == 1 && path.get(0) instanceof FieldRef.Index index) {
                Kind elementKind = Operand.kindOf(info.elementType());
                if (elementKind == null || elementKind == Kind.JSON || elementKind == Kind.ARRAY) {
                    throw invalid("array field " + name + " has unsupported elements of type " + info.elementType());
                }
                if (index.index() > Integer.MAX_VALUE) {
                    throw invalid("array index " + index.index() + " is out of range");
                }
                return new Operand.ArrayElement(slot(info.name()), (int) index.index(), elementKind,
                        info.elementType().name());
            }
            throw invalid("only an element index such as " + name + "[0] may follow the array field " + name);
        }
        if (!path.isEmpty()) {
            throw invalid("field " + name + " of type " + info.type() + " has no keys or elements");
        }
        return new Operand.Column(slot(info.name()), kind, info.type().name());
    }

    private int slot(String column) {
        return slots.computeIfAbsent(column, c -> slots.size());
    }

    /** The value of a constant expression: Long, Double, String, Boolean or List of those. */
    Object constant(Expression e) {
        return e.accept(constants);
    }

    /** The value bound to the template variable {@code {name}}. */
    Object templateValue(String name) {
        TemplateValue value = templateValues.get(name);
        Object converted;
        try {
            converted = value == null ? null : Templates.value(value);
        } catch (IllegalArgumentException bad) {
            throw invalid("the value of expression template variable name {" + name + "} is invalid: "
                    + bad.getMessage());
        }
        if (converted == null) {
            throw invalid("the value of expression template variable name {" + name + "} is not found");
        }
        return converted;
    }

    static Object negative(Number number) {
        return number instanceof Long l ? (Object) (-l) : (Object) (-number.doubleValue());
    }
}
