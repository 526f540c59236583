package dev.quiver.embedded.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.BoolArray;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.StringArray;
import dev.quiver.proto.milvus.TemplateArrayValue;
import dev.quiver.proto.milvus.TemplateValue;
import dev.quiver.wire.MilvusError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Filters over a five-row fixture with nulls, JSON, arrays and dynamic keys: expression → matching ids. */
class FilterCompilerTest {

    static final CollectionSchema SCHEMA = CollectionSchema.newBuilder()
            .setName("items")
            .setEnableDynamicField(true)
            .addFields(field("id", DataType.Int64).setIsPrimaryKey(true))
            .addFields(field("age", DataType.Int32).setNullable(true))
            .addFields(field("price", DataType.Double))
            .addFields(field("score", DataType.Float).setNullable(true))
            .addFields(field("name", DataType.VarChar))
            .addFields(field("flag", DataType.Bool).setNullable(true))
            .addFields(field("meta", DataType.JSON).setNullable(true))
            .addFields(field("tags", DataType.Array).setElementType(DataType.VarChar))
            .addFields(field("nums", DataType.Array).setElementType(DataType.Int64).setNullable(true))
            .addFields(field("vec", DataType.FloatVector))
            .addFields(field("$meta", DataType.JSON).setIsDynamic(true))
            .build();

    static final FieldResolver RESOLVER = FieldResolver.of(SCHEMA);

    /** Rows 0..4 hold ids 1..5. */
    static InMemoryColumns rows() {
        return new InMemoryColumns()
                .column("id", 1L, 2L, 3L, 4L, 5L)
                .column("age", 20L, null, 35L, 50L, 18L)
                .column("price", 9.5, 20.0, 100.0, 0.0, -3.5)
                .column("score", 0.5, null, 1.5, 2.0, 0.0)
                .column("name", "Product A", "Sample_XYZ", "ProdXYZ", "abc%def", "")
                .column("flag", true, false, null, true, false)
                .json("meta", "{\"a\": 1, \"b\": {\"c\": \"x\"}, \"arr\": [1, 2, 3]}", "{\"a\": 2, \"arr\": [4]}", null,
                        "{\"a\": \"1\", \"arr\": [\"x\", 1]}", "{\"a\": 1.5, \"b\": {\"c\": \"y\"}}")
                .column("tags", List.of("red", "blue"), List.of("green"), List.of(), List.of("red"),
                        List.of("blue", "red", "green"))
                .column("nums", List.of(1L, 2L, 3L), List.of(), null, List.of(5L, 10L), List.of(2L))
                .json("$meta", "{\"color\": \"red\", \"size\": 10}", "{\"color\": \"blue\"}", "{}",
                        "{\"color\": \"red\", \"size\": \"big\"}", "{\"size\": 3}");
    }

    static final Map<String, TemplateValue> TEMPLATES = Map.of(
            "ids", TemplateValue.newBuilder().setArrayVal(TemplateArrayValue.newBuilder()
                    .setLongData(LongArray.newBuilder().addData(2).addData(4))).build(),
            "a", TemplateValue.newBuilder().setInt64Val(20).build(),
            "p", TemplateValue.newBuilder().setFloatVal(10.0).build(),
            "n", TemplateValue.newBuilder().setStringVal("ProdXYZ").build(),
            "f", TemplateValue.newBuilder().setBoolVal(false).build(),
            "t", TemplateValue.newBuilder().setArrayVal(TemplateArrayValue.newBuilder()
                    .setStringData(StringArray.newBuilder().addData("green"))).build(),
            "bools", TemplateValue.newBuilder().setArrayVal(TemplateArrayValue.newBuilder()
                    .setBoolData(BoolArray.newBuilder().addData(true))).build(),
            "low", TemplateValue.newBuilder().setInt64Val(18).build(),
            "high", TemplateValue.newBuilder().setFloatVal(50.0).build());

    private static FieldSchema.Builder field(String name, DataType type) {
        return FieldSchema.newBuilder().setName(name).setDataType(type);
    }

    static List<Long> matching(String expr) {
        RowPredicate predicate = FilterCompiler.compile(expr, RESOLVER, TEMPLATES);
        InMemoryColumns columns = rows();
        IntPredicate bound = predicate.bind(columns);
        List<Long> ids = new ArrayList<>();
        for (int row = 0; row < 5; row++) {
            boolean viaBind = bound.test(row);
            assertThat(predicate.test(columns, row)).as("test() and bind() agree on row %d", row).isEqualTo(viaBind);
            if (viaBind) {
                ids.add(row + 1L);
            }
        }
        return ids;
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            id == 3                                       | 3
            id != 3                                       | 1 2 4 5
            age > 20                                      | 3 4
            age >= 20                                     | 1 3 4
            age < 20                                      | 5
            age <= 18                                     | 5
            20 < age                                      | 3 4
            age == 20.0                                   | 1
            price > 9.5                                   | 2 3
            price == 20                                   | 2
            score >= 1.5                                  | 3 4
            name == "ProdXYZ"                             | 3
            name == 'ProdXYZ'                             | 3
            name > "S"                                    | 2 4
            age > id                                      | 1 3 4 5
            flag == true                                  | 1 4
            flag != true                                  | 2 5
            flag                                          | 1 4
            not flag                                      | 2 5
            true                                          | 1 2 3 4 5
            false                                         | ``
            true and true                                 | 1 2 3 4 5
            `(true or false) and not false`               | 1 2 3 4 5
            not true                                      | ``
            age is null                                   | 2
            age IS NOT NULL                               | 1 3 4 5
            not (age > 20)                                | 1 5
            age > 20 or id == 2                           | 2 3 4
            age > 20 and id == 2                          | ``
            18 < age < 50                                 | 1 3
            18 <= age <= 50                               | 1 3 4 5
            50 > age >= 20                                | 1 3
            id in [1, 3, 5]                               | 1 3 5
            id not in [1, 3, 5]                           | 2 4
            age in [20, 35]                               | 1 3
            age not in [20]                               | 3 4 5
            age in [20.0, 35.5]                           | 1
            name in ["ProdXYZ", ""]                       | 3 5
            price in [9.5, 0]                             | 1 4
            flag in [true]                                | 1 4
            id in []                                      | ``
            id not in []                                  | 1 2 3 4 5
            name like "Prod%"                             | 1 3
            name like "%XYZ"                              | 2 3
            name like "%ple%"                             | 2
            name like "Sample_XYZ"                        | 2
            name like "Sample\\\\_XYZ"                    | 2
            name like "P_o%"                              | 1 3
            name like "abc\\\\%%"                         | 4
            name like "a%f"                               | 4
            name like "%"                                 | 1 2 3 4 5
            name like ""                                  | 5
            id % 2 == 0                                   | 2 4
            id / 2 == 1                                   | 2 3
            price * 2 > 10                                | 1 2 3
            age + 1 >= 36                                 | 3 4
            price ** 2 > 1000                             | 3
            price / 2 == 10                               | 2
            age - 20 < 0                                  | 5
            -price > 0                                    | 5
            meta["a"] == 1                                | 1
            meta["a"] > 1                                 | 2 5
            meta["a"] == "1"                              | 4
            meta["b"]["c"] == "x"                         | 1
            meta['arr'][0] == 1                           | 1
            meta["arr"][1] == 1                           | 4
            meta["missing"] == 1                          | ``
            not (meta["a"] == 1)                          | 2 5
            meta["a"] in [1, 2]                           | 1 2
            meta["a"] not in [1, 2]                       | 5
            meta["b"]["c"] like "x%"                      | 1
            meta["a"] is null                             | 3
            meta["b"] is not null                         | 1 5
            meta["a"] + 1 == 2                            | 1
            color == "red"                                | 1 4
            $meta["color"] == "red"                       | 1 4
            size > 5                                      | 1
            size == "big"                                 | 4
            color in ["red", "blue"]                      | 1 2 4
            unknown_key == 1                              | ``
            tags[0] == "red"                              | 1 4
            nums[1] > 1                                   | 1 4
            nums[5] == 1                                  | ``
            array_contains(tags, "red")                   | 1 4 5
            ARRAY_CONTAINS(nums, 2)                       | 1 5
            array_contains_all(tags, ["red", "blue"])     | 1 5
            array_contains_any(tags, ["green", "blue"])   | 1 2 5
            array_length(tags) == 0                       | 3
            array_length(nums) >= 2                       | 1 4
            json_contains(meta["arr"], 1)                 | 1 4
            json_contains_all(meta["arr"], [1, 2])        | 1
            json_contains_any(meta["arr"], ["x", 4])      | 2 4
            json_contains(tags, "green")                  | 2 5
            array_length(meta["arr"]) == 1                | 2
            not array_contains(tags, "red")               | 2 3
            id in {ids}                                   | 2 4
            age > {a}                                     | 3 4
            price < {p}                                   | 1 4 5
            name == {n}                                   | 3
            flag == {f}                                   | 2 5
            flag in {bools}                               | 1 4
            array_contains_any(tags, {t})                 | 2 5
            {low} < age <= {high}                         | 1 3 4
            (age > 20 or flag) and id != 4                | 1 3
            `id == 1 || id == 2 && id == 3`               | 1
            !(id > 2)                                     | 1 2
            """)
    void selectsRows(String expr, String expectedIds) {
        List<Long> expected = expectedIds.isBlank() ? List.of()
                : Arrays.stream(expectedIds.trim().split(" +")).map(Long::valueOf).toList();
        assertThat(matching(expr)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            name > 1                      | comparisons between VarChar and Int64 with > are not supported
            flag < true                   | comparisons between Bool and Bool with < are not supported
            tags > 1                      | comparisons between Array and Int64 with > are not supported
            age in ["a"]                  | the list of 'in' holds VarChar value a, which cannot be compared with Int32
            age in 5                      | the right side of 'in' must be a list, not Int64
            price * age > 1               | arithmetic between two fields is not supported
            name + 1 == 2                 | arithmetic + is not supported on VarChar values
            id % 0 == 1                   | divide by zero
            text_match(name, "x")         | field "name" does not enable match: invalid parameter
            phrase_match(name, "x", 1)    | field "name" does not enable match: invalid parameter
            text_match(age, "x")          | text match operation on non-string is unsupported
            phrase_match(age, "x")        | phrase match operation on non-string is unsupported
            id in {missing}               | the value of expression template variable name {missing} is not found
            name like 5                   | the pattern of like must be a string
            age like "1%"                 | like applies to VarChar fields and JSON paths, not Int32
            array_length(tags)            | predicate is not a boolean expression, data type: Int64
            age                           | predicate is not a boolean expression, data type: Int32
            meta["a"]                     | predicate is not a boolean expression, data type: JSON
            vec == 1                      | field vec of type FloatVector cannot be used in a filter
            age[0] == 1                   | field age of type Int32 has no keys or elements
            tags["k"] == 1                | only an element index such as tags[0] may follow the array field tags
            $meta == 1                    | the dynamic field $meta needs a key, as in $meta["key"]
            array_contains(name, "a")     | array_contains needs an Array field or a JSON value, not VarChar
            json_contains_all(tags, "a")  | json_contains_all needs a list as its second argument
            id < 0 or true                | 'or' can only be used between boolean expressions
            true or id > 3 or id < 1      | 'or' can only be used between boolean expressions
            id > 0 and true               | 'and' can only be used between boolean expressions
            (true and true) or id == 1    | 'or' can only be used between boolean expressions
            not true or id == 1           | 'or' can only be used between boolean expressions
            """)
    void refusesWithMilvusStyleMessages(String expr, String detail) {
        assertThatThrownBy(() -> FilterCompiler.compile(expr, RESOLVER, TEMPLATES))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.error()).isEqualTo(MilvusError.PARAMETER_INVALID);
                    assertThat(e.toStatus().getCode()).isEqualTo(1100);
                    assertThat(e.isInputError()).isTrue();
                })
                .hasMessage("cannot parse expression: " + expr + ", error: " + detail);
    }

    private static FieldResolver withoutDynamicField() {
        return FieldResolver.of(SCHEMA.toBuilder().setEnableDynamicField(false)
                .removeFields(SCHEMA.getFieldsCount() - 1).build());
    }

    @Test
    void unknownFieldWithoutDynamicFieldIsReported() {
        FieldResolver strict = withoutDynamicField();
        assertThat(strict.dynamicField()).isNull();
        assertThatThrownBy(() -> FilterCompiler.compile("color == \"red\"", strict, Map.of()))
                .isInstanceOf(EngineException.class)
                .hasMessage("cannot parse expression: color == \"red\", error: field color not exist");
    }

    @Test
    void syntaxErrorsCarryTheParserMessage() {
        assertThatThrownBy(() -> FilterCompiler.compile("id == 1 and", RESOLVER, Map.of()))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.error()).isEqualTo(MilvusError.PARAMETER_INVALID))
                .hasMessageStartingWith("cannot parse expression: id == 1 and, error: line 1:12: unexpected end of "
                        + "input. Expecting: ");
    }

    @Test
    void bindLooksEachColumnUpOnceAndListsTheColumnsItReads() {
        RowPredicate predicate = FilterCompiler.compile(
                "age > 18 and name like \"P%\" and color == \"red\" and age < 99", RESOLVER, Map.of());
        assertThat(predicate.columns()).containsExactly("age", "name", "$meta");
        InMemoryColumns columns = rows();
        IntPredicate bound = predicate.bind(columns);
        int matches = 0;
        for (int row = 0; row < 5; row++) {
            matches += bound.test(row) ? 1 : 0;
        }
        assertThat(matches).isEqualTo(1);
        assertThat(columns.lookups()).isEqualTo(3);
    }

    @Test
    void compilesParsedExpressionsWithTheRenderedTextInMessages() {
        assertThatThrownBy(() -> FilterCompiler.compile(FilterCompiler.parse("nope  ==  1"), withoutDynamicField(),
                Map.of()))
                .hasMessage("cannot parse expression: nope == 1, error: field nope not exist");
    }

    @Test
    void stringsOrderByCodePointLikeUtf8Bytes() {
        String bmp = "\uFFFD";
        String astral = "\uD83D\uDE00";
        assertThat(bmp.compareTo(astral)).isPositive();
        assertThat(Dynamic.compareStrings(bmp, astral)).isNegative();
        assertThat(Dynamic.compareStrings("ab", "abc")).isNegative();
        assertThat(Dynamic.compareStrings("b", "abc")).isPositive();
        InMemoryColumns columns = new InMemoryColumns().column("name", bmp, astral);
        RowPredicate predicate = FilterCompiler.compile("name < \"" + astral + "\"", RESOLVER, Map.of());
        assertThat(predicate.test(columns, 0)).isTrue();
        assertThat(predicate.test(columns, 1)).isFalse();
    }

    @Test
    void longOrChainsCompileWithoutDeepRecursion() {
        StringBuilder expr = new StringBuilder("id == 0");
        for (int i = 1; i < 5_000; i++) {
            expr.append(" or id == ").append(i);
        }
        RowPredicate predicate = FilterCompiler.compile(expr.toString(), RESOLVER, Map.of());
        IntPredicate bound = predicate.bind(rows());
        for (int row = 0; row < 5; row++) {
            assertThat(bound.test(row)).isTrue();
        }
    }
}
