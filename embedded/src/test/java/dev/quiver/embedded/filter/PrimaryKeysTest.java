package dev.quiver.embedded.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Primary-key-only filters are recognised; anything else is not. */
class PrimaryKeysTest {

    private static Optional<List<Object>> keys(String expr, FieldResolver schema) {
        return PrimaryKeys.extract(FilterCompiler.parse(expr), schema, FilterCompilerTest.TEMPLATES);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            id in [3, 1, 3]              | [3, 1]
            id == 2                      | [2]
            2 == id                      | [2]
            id == 2 or id in [5, 2]      | [2, 5]
            id in {ids}                  | [2, 4]
            id in []                     | []
            id > 2                       | none
            id == 1 and age > 1          | none
            id not in [1]                | none
            id in ["a"]                  | none
            id == 1.5                    | none
            age == 1                     | none
            id == 1 or age == 1          | none
            """)
    void integerKeys(String expr, String expected) {
        Optional<List<Object>> keys = keys(expr, FilterCompilerTest.RESOLVER);
        if (expected.equals("none")) {
            assertThat(keys).isEmpty();
        } else {
            assertThat(keys).isPresent();
            assertThat(keys.get().toString()).isEqualTo(expected);
            assertThat(keys.get()).allMatch(Long.class::isInstance);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            pk in ["b", "a"]             | [b, a]
            pk == 'x' or pk == "y"       | [x, y]
            pk in [1]                    | none
            """)
    void stringKeys(String expr, String expected) {
        FieldResolver schema = FieldResolver.of(CollectionSchema.newBuilder()
                .addFields(FieldSchema.newBuilder().setName("pk").setDataType(DataType.VarChar).setIsPrimaryKey(true))
                .build());
        Optional<List<Object>> keys = keys(expr, schema);
        if (expected.equals("none")) {
            assertThat(keys).isEmpty();
        } else {
            assertThat(keys.map(Object::toString)).contains(expected);
        }
    }
}
