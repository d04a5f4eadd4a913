package nnlab.lab5;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nnlab.course.Solution;

/**
 * Saving and loading the trained parameters (004 In [8] to In [10]: {@code torch.save(model.state_dict(), path)},
 * {@code new_model.load_state_dict(torch.load(path))}). The file is a state dict: every parameter under its name,
 * here as a numpy {@code .npz} archive ({@code NDList.encode(out, NDList.Encoding.NPZ)} with each array named by
 * {@code array.setName(...)}; {@code NDList.decode(manager, in)} reads it back).
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /**
     * L5.9 — writes every parameter of the model, named by its key in {@code model.getParameters()} (such as
     * {@code 01Linear_weight}), to {@code file}; through a temporary file and a move, so that a failure never
     * leaves a half-written file.
     */
    @Solution("L5.9")
    public static void save(Block model, Path file) throws IOException {
        NDList state = new NDList();
        for (Pair<String, Parameter> p : model.getParameters()) {
            NDArray copy = p.getValue().getArray().duplicate();
            copy.setName(p.getKey());
            state.add(copy);
        }
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                state.encode(out, NDList.Encoding.NPZ);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
            state.close();
        }
    }

    /**
     * L5.9 — reads a file written by {@link #save} into the (initialised) model, as {@code load_state_dict}: every
     * parameter of the model must be in the file under its name, with its shape; otherwise fails with an
     * {@code IllegalArgumentException} naming the file, the parameter and both shapes, and changes nothing.
     * Afterwards the model computes bit-identical outputs to the one that was saved. (The parameters are
     * float32: {@code array.set(saved.toFloatArray())}.)
     */
    @Solution("L5.9")
    public static void load(Block model, Path file) throws IOException {
        List<Pair<String, Parameter>> parameters = model.getParameters().stream().toList();
        NDList state;
        try (InputStream in = Files.newInputStream(file)) {
            state = NDList.decode(parameters.get(0).getValue().getArray().getManager(), in);
        }
        try {
            if (state.size() != parameters.size()) {
                throw new IllegalArgumentException(file + ": holds " + state.size() + " parameters, the model has "
                        + parameters.size() + " (" + model.getParameters().keys() + "): another architecture");
            }
            for (Pair<String, Parameter> p : parameters) {
                NDArray saved = state.get(p.getKey());
                if (saved == null) {
                    throw new IllegalArgumentException(file + ": no parameter " + p.getKey() + " in the file");
                }
                NDArray current = p.getValue().getArray();
                if (!saved.getShape().equals(current.getShape()) || saved.getDataType() != current.getDataType()) {
                    throw new IllegalArgumentException(file + ": size mismatch for " + p.getKey() + ": the file has "
                            + saved.getDataType() + " " + saved.getShape() + ", the model " + current.getDataType()
                            + " " + current.getShape() + ": the file holds another architecture");
                }
            }
            for (Pair<String, Parameter> p : parameters) {
                p.getValue().getArray().set(state.get(p.getKey()).toFloatArray());
            }
        } finally {
            state.close();
        }
    }
}
