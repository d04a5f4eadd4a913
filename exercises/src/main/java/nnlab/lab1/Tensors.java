// GENERATED from reference/ by nnlab's release tool. Write your code where it throws NotImplementedYet.
package nnlab.lab1;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import nnlab.course.NotImplementedYet;

/**
 * Lab 1 — the tensor basics of seed 003 (cells In [5] to In [16]), written with DJL's {@link NDManager} and
 * {@link NDArray}. The notebook's example tensor is {@code a = [[1, 2], [3, 4], [6, 5]]} (float32, shape [3, 2]).
 * Every method returns what its PyTorch counterpart returns, with the same shape and dtype; a reduction over the
 * whole tensor returns a 0-d tensor, as PyTorch does.
 */
public final class Tensors {

    private Tensors() {
    }

    /**
     * L1.1 — a float32 tensor from nested lists, as {@code torch.tensor(rows, dtype=torch.float32)} (seed 003,
     * In [11]: {@code a = torch.tensor([[1,2], [3, 4], [6, 5]], dtype=torch.float32)}, shape [3, 2]).
     * Java's {@code double[][]} becomes a float64 tensor unless you convert it.
     *
     * @param manager the manager that owns the new tensor
     * @param rows the values, one array per row, all rows of the same length
     * @return a float32 tensor of shape [rows.length, rows[0].length]
     */
    public static NDArray fromRows(NDManager manager, double[][] rows) {
        throw new NotImplementedYet("L1.1");
    }

    /**
     * L1.2 — uniform random values in [0, 1), as {@code torch.rand(size)} (seed 003, In [7]). Under the same seed
     * (DJL: {@code Engine.getInstance().setRandomSeed}; PyTorch: {@code torch.manual_seed}) the PyTorch engine
     * draws the same values as PyTorch on the CPU.
     *
     * @param manager the manager that owns the new tensor (and decides its device)
     * @param shape the shape, such as (2, 3)
     * @return a float32 tensor of that shape on the manager's device
     */
    public static NDArray rand(NDManager manager, Shape shape) {
        throw new NotImplementedYet("L1.2");
    }

    /**
     * L1.3 — standard normal random values (mean 0, standard deviation 1), as {@code torch.randn(size)} (seed
     * 003, In [8]).
     *
     * @param manager the manager that owns the new tensor (and decides its device)
     * @param shape the shape, such as (2, 3)
     * @return a float32 tensor of that shape on the manager's device
     */
    public static NDArray randn(NDManager manager, Shape shape) {
        throw new NotImplementedYet("L1.3");
    }

    /**
     * L1.4 — normal random values with a given mean and standard deviation, as
     * {@code torch.normal(mean, std, size)} (seed 003, In [9]; In [10] initialises the MNIST weights with
     * {@code torch.normal(mean=0, std=0.1, size=(out, in))}): {@code x = mean + std · z} with z standard normal.
     *
     * @param manager the manager that owns the new tensor (and decides its device)
     * @param mean the mean
     * @param std the standard deviation
     * @param shape the shape
     * @return a float32 tensor of that shape on the manager's device
     */
    public static NDArray normal(NDManager manager, float mean, float std, Shape shape) {
        throw new NotImplementedYet("L1.4");
    }

    /**
     * L1.5 — the same values in another shape, as {@code a.view(shape)} (seed 003, In [12] and In [13]): the
     * elements keep their row-major order; one dimension may be -1, inferred from the others
     * ({@code a.view(-1, 3)} of a [3, 2] tensor is [2, 3]). This is not a transpose.
     *
     * @param a the tensor
     * @param shape the new shape, with at most one -1
     * @return a tensor of the new shape holding a's elements in the same order
     */
    public static NDArray view(NDArray a, Shape shape) {
        throw new NotImplementedYet("L1.5");
    }

    /**
     * L1.6 — the sum of all elements, as {@code a.sum()} (seed 003, In [14]: 21 for the example tensor).
     *
     * @param a the tensor
     * @return a 0-d tensor of a's dtype
     */
    public static NDArray sum(NDArray a) {
        throw new NotImplementedYet("L1.6");
    }

    /**
     * L1.6 — the mean of all elements, as {@code a.mean()} (seed 003, In [14]: 3.5 for the example tensor).
     *
     * @param a the tensor
     * @return a 0-d tensor of a's dtype
     */
    public static NDArray mean(NDArray a) {
        throw new NotImplementedYet("L1.6");
    }

    /**
     * L1.6 — the largest element, as {@code a.max()} (seed 003, In [14]: 6 for the example tensor).
     *
     * @param a the tensor
     * @return a 0-d tensor of a's dtype
     */
    public static NDArray max(NDArray a) {
        throw new NotImplementedYet("L1.6");
    }

    /**
     * L1.7 — the sum over one dimension, as {@code a.sum(dim=dim)} (seed 003, In [15]): {@code dim=0} sums over
     * the rows (the batch) and leaves one value per column; {@code dim=1} sums over the columns and leaves one
     * value per row ({@code [3, 7, 11]} for the example tensor). The reduced dimension disappears.
     *
     * @param a the tensor
     * @param dim the dimension to reduce
     * @return a's shape without {@code dim}
     */
    public static NDArray sum(NDArray a, int dim) {
        throw new NotImplementedYet("L1.7");
    }

    /**
     * L1.7 — the mean over one dimension, as {@code a.mean(dim=dim)} (seed 003, In [15]: {@code [1.5, 3.5, 5.5]}
     * for dim 1).
     *
     * @param a the tensor
     * @param dim the dimension to reduce
     * @return a's shape without {@code dim}
     */
    public static NDArray mean(NDArray a, int dim) {
        throw new NotImplementedYet("L1.7");
    }

    /**
     * L1.7 — the largest values over one dimension AND where they are, as {@code a.max(dim=dim)} (seed 003,
     * In [15]): PyTorch returns a pair {@code (values, indices)}; for dim 1 of the example tensor
     * {@code values=[2, 4, 6]}, {@code indices=[1, 1, 0]}. The indices are int64 positions along {@code dim}.
     *
     * @param a the tensor
     * @param dim the dimension to reduce
     * @return two tensors of a's shape without {@code dim}: the values (a's dtype), then the indices (int64)
     */
    public static NDList max(NDArray a, int dim) {
        throw new NotImplementedYet("L1.7");
    }

    /**
     * L1.8 — e raised to every element, as {@code a.exp()} (seed 003, In [16]: {@code e^1 = 2.7183}, ...).
     *
     * @param a the tensor
     * @return a tensor of a's shape and dtype
     */
    public static NDArray exp(NDArray a) {
        throw new NotImplementedYet("L1.8");
    }

    /**
     * L1.8 — the natural logarithm (base e) of every element, as {@code a.log()} (seed 003, In [16]:
     * {@code log 2 = 0.6931}, ...).
     *
     * @param a the tensor, every element positive
     * @return a tensor of a's shape and dtype
     */
    public static NDArray log(NDArray a) {
        throw new NotImplementedYet("L1.8");
    }

    /**
     * L1.9 — the device to compute on, as seed 003's
     * {@code DEVICE = "cuda:0" if torch.cuda.is_available() else "cpu"} (In [5]): the first GPU when the engine
     * sees one, else the CPU.
     *
     * @return {@code Device.gpu()} when the engine has a GPU, else {@code Device.cpu()}
     */
    public static Device chooseDevice() {
        throw new NotImplementedYet("L1.9");
    }

    /**
     * L1.9 — the tensor on a device, as {@code a.to(DEVICE)} (seed 003, the training loop's step 4): same values,
     * same dtype, on {@code device}.
     *
     * @param a the tensor
     * @param device where it must end up
     * @return a tensor on {@code device} with a's values
     */
    public static NDArray toDevice(NDArray a, Device device) {
        throw new NotImplementedYet("L1.9");
    }
}
