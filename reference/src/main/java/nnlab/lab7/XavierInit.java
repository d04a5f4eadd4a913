package nnlab.lab7;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import nnlab.course.Solution;

/**
 * Lab 7, step 7 — {@code torch.nn.init.xavier_uniform_} (In [18]), which the notebook applies to all four
 * parameters, the bias rows [1, 10] and [1, 1] included (nn.Linear would start its biases elsewhere; the
 * notebook's semantics are kept here).
 */
public final class XavierInit {

    private XavierInit() {
    }

    /**
     * L7.7 — the bound a of Xavier-uniform for a 2-D tensor, with torch's fans ({@code fan_in = size(1)},
     * {@code fan_out = size(0)}, as for an nn.Linear weight [out, in]) and gain 1:
     * <pre>a = gain · √(6 / (fan_in + fan_out))</pre>
     * For the notebook's shapes: W1 [2, 10] → √(6/12) ≈ 0.7071; b1 [1, 10] and W2 [10, 1] → √(6/11) ≈ 0.7385;
     * b2 [1, 1] → √3 ≈ 1.7321.
     *
     * @param shape a 2-D shape
     * @return a
     * @throws IllegalArgumentException for a shape that is not 2-D (torch computes no fans below 2 dimensions)
     */
    @Solution("L7.7")
    public static double bound(Shape shape) {
        if (shape.dimension() != 2) {
            throw new IllegalArgumentException("Xavier's fans are those of a 2-D tensor; got shape " + shape);
        }
        long fanIn = shape.get(1);
        long fanOut = shape.get(0);
        return Math.sqrt(6.0 / (fanIn + fanOut));
    }

    /**
     * L7.7 — a float64 tensor of this shape drawn from uniform(−a, a) with a = {@link #bound}(shape), as
     * {@code xavier_uniform_} fills {@code torch.zeros(shape, dtype=float64)}. Draw from DJL's engine
     * ({@code manager.randomUniform}), so a seeded engine gives the same draws every run.
     *
     * @param manager owns the result
     * @param shape a 2-D shape
     * @return the draws, float64
     */
    @Solution("L7.7")
    public static NDArray uniform(NDManager manager, Shape shape) {
        // uniform(−1, 1) scaled by a: DJL takes its limits as float32, and (float) a may exceed a.
        return manager.randomUniform(-1f, 1f, shape, DataType.FLOAT64).mul(bound(shape));
    }

    /** In [18]'s network: W1 [2, 10], b1 [1, 10], W2 [10, 1], b2 [1, 1], each drawn by {@link #uniform}, trainable. */
    public static ShallowNetwork network(NDManager manager) {
        return ShallowNetwork.trainable(uniform(manager, new Shape(2, 10)), uniform(manager, new Shape(1, 10)),
                uniform(manager, new Shape(10, 1)), uniform(manager, new Shape(1, 1)));
    }
}
