package nnlab.lab5;

/**
 * A map-style data set, as {@code torch.utils.data.Dataset}: samples by index, and how many there are.
 */
public interface Dataset {

    /** The sample at {@code index}, {@code __getitem__}. */
    Example get(int index);

    /** The number of samples, {@code __len__}. */
    int size();
}
