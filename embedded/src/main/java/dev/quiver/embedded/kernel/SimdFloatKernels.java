package dev.quiver.embedded.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Float kernels on the (incubating) Vector API: one fused multiply-add per lane, the tail in scalar code. Only
 * instantiated by {@link FloatKernels#simdIfAvailable()} when the module is present.
 */
final class SimdFloatKernels implements FloatKernels {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    @Override
    public float l2(float[] q, float[] data, int offset) {
        int dim = q.length;
        int bound = SPECIES.loopBound(dim);
        FloatVector sum = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i < bound; i += SPECIES.length()) {
            FloatVector diff = FloatVector.fromArray(SPECIES, q, i).sub(FloatVector.fromArray(SPECIES, data, offset + i));
            sum = diff.fma(diff, sum);
        }
        float result = sum.reduceLanes(VectorOperators.ADD);
        for (; i < dim; i++) {
            float diff = q[i] - data[offset + i];
            result += diff * diff;
        }
        return result;
    }

    @Override
    public float dot(float[] q, float[] data, int offset) {
        int dim = q.length;
        int bound = SPECIES.loopBound(dim);
        FloatVector sum = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i < bound; i += SPECIES.length()) {
            sum = FloatVector.fromArray(SPECIES, q, i).fma(FloatVector.fromArray(SPECIES, data, offset + i), sum);
        }
        float result = sum.reduceLanes(VectorOperators.ADD);
        for (; i < dim; i++) {
            result += q[i] * data[offset + i];
        }
        return result;
    }

    @Override
    public float cosine(float[] q, float queryNorm, float[] data, int offset) {
        int dim = q.length;
        int bound = SPECIES.loopBound(dim);
        FloatVector dots = FloatVector.zero(SPECIES);
        FloatVector norms = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i < bound; i += SPECIES.length()) {
            FloatVector x = FloatVector.fromArray(SPECIES, data, offset + i);
            dots = FloatVector.fromArray(SPECIES, q, i).fma(x, dots);
            norms = x.fma(x, norms);
        }
        float dot = dots.reduceLanes(VectorOperators.ADD);
        float norm = norms.reduceLanes(VectorOperators.ADD);
        for (; i < dim; i++) {
            float x = data[offset + i];
            dot += q[i] * x;
            norm += x * x;
        }
        if (norm == 0 || queryNorm == 0) {
            return 0;
        }
        return (float) (dot / (queryNorm * Math.sqrt(norm)));
    }
}
