package dev.quiver.embedded.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SIMD float kernels agree with the scalar ones, for dimensions with and without a scalar tail. */
class FloatKernelsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 8, 16, 17, 100, 128, 768, 1031})
    void simdAndScalarKernelsAgree(int dimension) {
        FloatKernels simd = FloatKernels.simdIfAvailable();
        assertThat(simd).as("tests run with --add-modules jdk.incubator.vector").isNotNull();
        assertThat(VectorKernels.simd()).isTrue();
        SplittableRandom random = new SplittableRandom(dimension);
        float[] query = new float[dimension];
        float[] data = new float[dimension * 3 + 2];
        for (int i = 0; i < query.length; i++) {
            query[i] = (float) random.nextDouble(-1, 1);
        }
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextDouble(-1, 1);
        }
        float queryNorm = (float) Math.sqrt(VectorKernels.squaredNorm(query, 0, dimension));
        for (int offset : new int[] {0, 1, dimension, 2 * dimension + 2}) {
            float l2 = VectorKernels.scalarL2(query, data, offset);
            float dot = VectorKernels.scalarDot(query, data, offset);
            float cosine = VectorKernels.scalarCosine(query, queryNorm, data, offset);
            assertThat(simd.l2(query, data, offset)).isCloseTo(l2, within(1e-4f * Math.max(1, l2)));
            assertThat(simd.dot(query, data, offset)).isCloseTo(dot, within(1e-4f * Math.max(1, Math.abs(dot))));
            assertThat(simd.cosine(query, queryNorm, data, offset)).isCloseTo(cosine, within(1e-5f));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 9})
    void scalarKernelsMatchTheDefinitions(int dimension) {
        float[] query = new float[dimension];
        float[] data = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            query[i] = i + 1;
            data[i] = 2 * (i + 1);
        }
        double l2 = 0;
        double dot = 0;
        double dataNorm = 0;
        for (int i = 0; i < dimension; i++) {
            l2 += (query[i] - data[i]) * (query[i] - data[i]);
            dot += query[i] * data[i];
            dataNorm += data[i] * data[i];
        }
        float queryNorm = (float) Math.sqrt(VectorKernels.squaredNorm(query, 0, dimension));
        assertThat(VectorKernels.scalarL2(query, data, 0)).isCloseTo((float) l2, within(1e-3f));
        assertThat(VectorKernels.scalarDot(query, data, 0)).isCloseTo((float) dot, within(1e-3f));
        assertThat(VectorKernels.scalarCosine(query, queryNorm, data, 0))
                .isCloseTo((float) (dot / (queryNorm * Math.sqrt(dataNorm))), within(1e-6f));
        assertThat(VectorKernels.scalarCosine(query, queryNorm, new float[dimension], 0)).isZero();
    }
}
