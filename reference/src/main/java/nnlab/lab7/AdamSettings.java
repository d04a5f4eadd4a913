package nnlab.lab7;

/**
 * The hyperparameters of {@code torch.optim.Adam(params, lr=alpha, betas=(beta1, beta2), eps=1e-08)}, as the
 * notebook passes them (In [9]).
 *
 * @param learningRate lr (1 in In [10], 0.1 in In [16])
 * @param beta1 the first moment's decay (0.9)
 * @param beta2 the second moment's decay (0.999)
 * @param epsilon added to the denominator (1e-8)
 */
public record AdamSettings(double learningRate, double beta1, double beta2, double epsilon) {

    /** The notebook's settings with this learning rate: betas (0.9, 0.999), eps 1e-8. */
    public static AdamSettings notebook(double learningRate) {
        return new AdamSettings(learningRate, 0.9, 0.999, 1e-8);
    }
}
