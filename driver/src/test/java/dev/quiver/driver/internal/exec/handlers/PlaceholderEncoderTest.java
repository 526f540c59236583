package dev.quiver.driver.internal.exec.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.PlaceholderGroup;
import dev.quiver.proto.milvus.PlaceholderType;
import dev.quiver.proto.milvus.PlaceholderValue;
import dev.quiver.wire.SparseRow;
import dev.quiver.wire.VectorBytes;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholderEncoderTest {

    @Test
    void floatQueriesAreOneLittleEndianValuePerVectorTaggedDollarZero() throws Exception {
        PlaceholderGroup g = PlaceholderEncoder.encode(FieldEncoderTest.field("v", DataType.FloatVector, "dim", "2"),
                List.of(new DecimalArrayLiteral(new double[] {1.0, 0.5}), new IntegerArrayLiteral(new long[] {2, 3})));
        PlaceholderValue p = g.getPlaceholders(0);
        assertThat(g.getPlaceholdersCount()).isEqualTo(1);
        assertThat(p.getTag()).isEqualTo("$0");
        assertThat(p.getType()).isEqualTo(PlaceholderType.FloatVector);
        assertThat(p.getValuesList()).hasSize(2);
        assertThat(p.getValues(0).toByteArray()).containsExactly(0, 0, 0x80 - 256, 0x3F, 0, 0, 0, 0x3F);
        assertThat(p.getValues(1)).isEqualTo(VectorBytes.float32(new float[] {2f, 3f}));
    }

    @Test
    void binarySparseAndHalfQueriesUseTheirOwnEncodings() throws Exception {
        PlaceholderValue bin = PlaceholderEncoder.encode(FieldEncoderTest.field("b", DataType.BinaryVector, "dim", "16"),
                List.of(new BinaryLiteral(new byte[] {0x0F, 0x3C}))).getPlaceholders(0);
        assertThat(bin.getType()).isEqualTo(PlaceholderType.BinaryVector);
        assertThat(bin.getValues(0).toByteArray()).containsExactly(0x0F, 0x3C);
        PlaceholderValue sparse = PlaceholderEncoder.encode(FieldEncoderTest.field("s", DataType.SparseFloatVector),
                List.of(new SparseVectorLiteral(new long[] {1, 7}, new float[] {0.5f, 0.25f}))).getPlaceholders(0);
        assertThat(sparse.getType()).isEqualTo(PlaceholderType.SparseFloatVector);
        assertThat(sparse.getValues(0)).isEqualTo(SparseRow.of(new long[] {1, 7}, new float[] {0.5f, 0.25f}).encode());
        PlaceholderValue half = PlaceholderEncoder.encode(FieldEncoderTest.field("h", DataType.Float16Vector, "dim", "1"),
                List.of(new DecimalArrayLiteral(new double[] {1.0}))).getPlaceholders(0);
        assertThat(half.getType()).isEqualTo(PlaceholderType.Float16Vector);
        assertThat(half.getValues(0).toByteArray()).containsExactly(0x00, 0x3C);
    }

    @Test
    void wrongDimensionIsRejectedBeforeSending() {
        assertThatThrownBy(() -> PlaceholderEncoder.encode(FieldEncoderTest.field("v", DataType.FloatVector, "dim", "3"),
                List.of(new DecimalArrayLiteral(new double[] {1.0, 0.5}))))
                .hasMessage("query vector 1 for v: the vector has 2 dimensions but the field has 3");
        assertThatThrownBy(() -> PlaceholderEncoder.encode(FieldEncoderTest.field("b", DataType.BinaryVector, "dim", "16"),
                List.of(new DecimalArrayLiteral(new double[] {1.0}))))
                .hasMessage("query vector 1 for b: a binary vector is searched with x'..' bytes");
    }
}
