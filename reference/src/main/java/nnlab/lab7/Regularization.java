package nnlab.lab7;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import nnlab.course.Solution;

/** Lab 7, step 6 — the L1 term of In [15], added to the loss before backward. */
public final class Regularization {

    private Regularization() {
    }

    /**
     * L7.6 — {@code lambda_val * sum(torch.abs(param).sum() for param in self.parameters())}:
     * <pre>penalty = λ · Σ_p Σ_k |p_k|</pre>
     * The result must stay attached to the parameters, so that backward of {@code loss + penalty} adds
     * {@code λ · sign(p)} to every gradient. The notebook's final class adds the term through {@code .item()},
     * a plain number: the loss it prints includes the term but the gradients do not, so its "L1" changes nothing.
     *
     * @param parameters the parameters, all of them (weights and biases)
     * @param lambda λ (1e-5 in In [16], 1e-3 In [15]'s default)
     * @return the penalty, a 0-d tensor that autograd can differentiate
     */
    @Solution("L7.6")
    public static NDArray l1Penalty(NDList parameters, double lambda) {
        NDArray sum = null;
        for (NDArray p : parameters) {
            NDArray term = p.abs().sum();
            sum = sum == null ? term : sum.add(term);
        }
        if (sum == null) {
            throw new IllegalArgumentException("no parameters to regularise");
        }
        // λ as a tensor of the manager, not mul(double): DJL frees the tensor it makes of a Java number as soon
        // as mul returns, and backward needs λ (see README, "A Java number in a differentiated operation").
        return sum.mul(sum.getManager().create(lambda));
    }
}
