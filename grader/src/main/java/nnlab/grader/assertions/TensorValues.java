package nnlab.grader.assertions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import nnlab.fixtures.FixtureDType;
import nnlab.fixtures.TensorData;

/**
 * The values of a tensor as the grader compares them: a dtype name, a shape and the values in row-major order
 * as doubles. Built from a student's NDArray, a fixture's tensor, or a plain Java number.
 *
 * @param dtype the dtype as PyTorch names it ({@code float32}, {@code int64}, ...)
 * @param shape the shape; empty for a scalar
 * @param values the values in row-major order
 */
public record TensorValues(String dtype, long[] shape, double[] values) {

    /** The values of an NDArray (copied off the device). */
    public static TensorValues of(NDArray array) {
        DataType type = array.getDataType();
        double[] values;
        if (type == DataType.BOOLEAN) {
            boolean[] b = array.toBooleanArray();
            values = new double[b.length];
            for (int i = 0; i < b.length; i++) {
                values[i] = b[i] ? 1 : 0;
            }
        } else if (type == DataType.FLOAT64) {
            values = array.toDoubleArray();
        } else {
            try (NDArray asDouble = array.toType(DataType.FLOAT64, true)) {
                values = asDouble.toDoubleArray();
            }
        }
        return new TensorValues(dtypeName(type), array.getShape().getShape(), values);
    }

    /** The values of a fixture tensor. */
    public static TensorValues of(TensorData data) {
        return new TensorValues(data.dtype().fixtureName(), data.shape(), data.values());
    }

    /** A Java number, compared as a 0-d tensor of the given dtype. */
    public static TensorValues scalar(double value, String dtype) {
        return new TensorValues(dtype, new long[0], new double[] {value});
    }

    /** PyTorch's name of a DJL data type, such as {@code float32}. */
    public static String dtypeName(DataType type) {
        FixtureDType known = FixtureDType.of(type);
        return known != null ? known.fixtureName() : type.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** The number of elements. */
    public int size() {
        return values.length;
    }

    /** The multi-dimensional index of a row-major position, such as {@code [1, 0]}. */
    public String indexOf(int flat) {
        if (shape.length == 0) {
            return "[]";
        }
        long[] index = new long[shape.length];
        long rest = flat;
        for (int d = shape.length - 1; d >= 0; d--) {
            index[d] = shape[d] == 0 ? 0 : rest % shape[d];
            rest = shape[d] == 0 ? 0 : rest / shape[d];
        }
        return java.util.Arrays.toString(index);
    }
}
