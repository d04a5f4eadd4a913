package nnlab.grader.assertions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * A finite-difference gradient check, as {@code torch.autograd.gradcheck} does it: every element of every
 * parameter is moved by ±eps in float64, the loss is evaluated at both points, and the central difference
 * {@code (L(p + eps) − L(p − eps)) / (2 eps)} is compared with the analytic gradient under
 * {@code |analytic − numeric| ≤ atol + rtol·|numeric|} (gradcheck's defaults: eps 1e-6, atol 1e-5, rtol 1e-3).
 * Tests use it to verify a student's hand-written backward at points no fixture holds. A failure names the
 * parameter and the index whose gradient is wrong, with both values.
 *
 * <p>The loss function receives fresh float64 copies of the parameters (they require no gradient) and must return
 * a one-element tensor; it runs 2·n times for n parameter elements, so keep n in the hundreds.
 */
public final class GradientCheck {

    /** torch.autograd.gradcheck's step. */
    public static final double DEFAULT_EPSILON = 1e-6;
    /** torch.autograd.gradcheck's relative tolerance. */
    public static final double DEFAULT_RTOL = 1e-3;
    /** torch.autograd.gradcheck's absolute tolerance. */
    public static final double DEFAULT_ATOL = 1e-5;

    private final Function<NDList, NDArray> loss;
    private final double epsilon;
    private final double rtol;
    private final double atol;

    private GradientCheck(Function<NDList, NDArray> loss, double epsilon, double rtol, double atol) {
        this.loss = Objects.requireNonNull(loss, "loss");
        if (!(epsilon > 0) || !(rtol >= 0) || !(atol >= 0)) {
            throw new IllegalArgumentException("eps must be positive and the tolerances non-negative, got eps "
                    + epsilon + ", rtol " + rtol + ", atol " + atol);
        }
        this.epsilon = epsilon;
        this.rtol = rtol;
        this.atol = atol;
    }

    /** A check of the gradients of {@code loss}, a function of the parameters, with gradcheck's defaults. */
    public static GradientCheck of(Function<NDList, NDArray> loss) {
        return new GradientCheck(loss, DEFAULT_EPSILON, DEFAULT_RTOL, DEFAULT_ATOL);
    }

    /** The same check with another step eps. */
    public GradientCheck withEpsilon(double eps) {
        return new GradientCheck(loss, eps, rtol, atol);
    }

    /** The same check with other tolerances. */
    public GradientCheck withTolerance(double relative, double absolute) {
        return new GradientCheck(loss, epsilon, relative, absolute);
    }

    /**
     * The central-difference gradient of the loss with respect to every parameter, in float64, row-major.
     *
     * @param parameters the point at which to differentiate (any float dtype; read, not changed)
     */
    public List<double[]> numericGradients(NDList parameters) {
        List<double[]> values = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        for (NDArray p : parameters) {
            values.add(TensorValues.of(p).values());
            shapes.add(p.getShape());
        }
        NDManager parent = parameters.get(0).getManager();
        List<double[]> gradients = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            double[] p = values.get(k);
            double[] g = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                double original = p[i];
                p[i] = original + epsilon;
                double plus = evaluate(parent, values, shapes);
                p[i] = original - epsilon;
                double minus = evaluate(parent, values, shapes);
                p[i] = original;
                g[i] = (plus - minus) / (2 * epsilon);
            }
            gradients.add(g);
        }
        return gradients;
    }

    private double evaluate(NDManager parent, List<double[]> values, List<Shape> shapes) {
        try (NDManager scope = parent.newSubManager()) {
            NDList point = new NDList();
            for (int k = 0; k < values.size(); k++) {
                point.add(scope.create(values.get(k), shapes.get(k)));
            }
            NDArray value = loss.apply(point);
            if (value == null || value.size() != 1) {
                throw new IllegalArgumentException("the loss function must return one value, got "
                        + (value == null ? "null" : value.getShape().toString()));
            }
            return value.toType(DataType.FLOAT64, false).getDouble();
        }
    }

    /**
     * Asserts that analytic gradients (such as a student's hand-written backward) match the central differences
     * of the loss at {@code parameters}.
     *
     * @param names the parameters' names, for messages (such as W1, b1, W2, b2)
     * @param parameters the point
     * @param analytic the gradients to check, one per parameter and of its shape
     * @throws AssertionFailedError naming every parameter whose gradient is wrong and, for each, the index of the
     *     worst element with the analytic and numeric values
     */
    public void verify(List<String> names, NDList parameters, NDList analytic) {
        String step = GradingContext.currentStep();
        if (analytic == null) {
            throw new AssertionFailedError(FailureMessages.returnedNull(step, "the gradients"));
        }
        if (analytic.size() != parameters.size() || names.size() != parameters.size()) {
            throw new AssertionFailedError(FailureMessages.gradientCountDiffers(step, analytic.size(),
                    parameters.size(), String.join(", ", names)));
        }
        for (int k = 0; k < parameters.size(); k++) {
            if (analytic.get(k) == null) {
                throw new AssertionFailedError(FailureMessages.returnedNull(step, "the gradient of " + names.get(k)));
            }
            long[] expected = parameters.get(k).getShape().getShape();
            long[] actual = analytic.get(k).getShape().getShape();
            if (!Arrays.equals(expected, actual)) {
                throw new AssertionFailedError(FailureMessages.gradientShape(step, names.get(k),
                        Arrays.toString(actual), Arrays.toString(expected)));
            }
        }
        List<double[]> numeric = numericGradients(parameters);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < parameters.size(); k++) {
            TensorValues a = TensorValues.of(analytic.get(k));
            double[] n = numeric.get(k);
            int wrong = 0;
            int worst = -1;
            double worstExcess = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n.length; i++) {
                double error = Math.abs(a.values()[i] - n[i]);
                double excess = Double.isNaN(error) ? Double.POSITIVE_INFINITY : error - (atol + rtol * Math.abs(n[i]));
                if (excess > 0) {
                    wrong++;
                    if (excess > worstExcess) {
                        worst = i;
                        worstExcess = excess;
                    }
                }
            }
            if (wrong > 0) {
                failures.add(FailureMessages.gradientWrong(step, names.get(k), wrong, n.length, a.indexOf(worst),
                        a.values()[worst], n[worst], epsilon, rtol, atol));
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionFailedError(String.join(System.lineSeparator(), failures));
        }
    }
}
