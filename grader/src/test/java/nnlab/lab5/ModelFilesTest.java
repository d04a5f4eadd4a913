package nnlab.lab5;

import static nnlab.grader.assertions.GradingAssertions.assertThatTensor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nnlab.course.NotImplementedYet;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Tolerance;
import nnlab.grader.assertions.FailureMessages;
import nnlab.grader.assertions.ModelState;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.opentest4j.AssertionFailedError;

/** Grades lab 5's saving and loading of the trained parameters (fixtures/golden/L5.9). */
@DisplayName("Lab 5 — save and load")
class ModelFilesTest {

    private static final Tolerance BIT_IDENTICAL = new Tolerance(0, 0, "a round trip through a file is exact");

    @Graded(step = "L5.9", points = 1)
    @DisplayName("L5.9 save, then load into a fresh model: bit-identical outputs")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.9")
    void roundTrip(FixtureCase c, NDManager manager, @TempDir Path directory) throws IOException {
        SequentialBlock trained = ModelState.linearStack(c, "", true, manager);
        NDArray features = c.input("features").toNDArray(manager);
        NDArray before = forward(trained, features, manager);
        Path file = directory.resolve("model_v1.npz");
        ModelFiles.save(trained, file);
        SequentialBlock fresh = ToyMlpTest.graderMlp(c, manager); // DJL's own random values, not the trained ones
        ModelFiles.load(fresh, file);
        assertThatTensor(forward(fresh, features, manager)).named("outputs of the loaded model")
                .matches(nnlab.fixtures.TensorData.of("the saved model's outputs", before, BIT_IDENTICAL));
        assertThatTensor(before).named("outputs of the saved model").matches(c.expected("logits"));
    }

    @Graded(step = "L5.9", points = 1, judges = {Graded.NOTHING})
    @DisplayName("L5.9 loading a file of another architecture fails, naming the file and the parameter's shapes")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.9")
    void otherArchitectureFails(FixtureCase c, NDManager manager, @TempDir Path directory) throws IOException {
        SequentialBlock trained = ModelState.linearStack(c, "", true, manager);
        Path file = directory.resolve("model_v1.npz");
        ModelFiles.save(trained, file);
        SequentialBlock other = otherMlp(c, manager);
        String message;
        try {
            ModelFiles.load(other, file);
            throw new AssertionFailedError(FailureMessages.loadDidNotFail(file.toString()));
        } catch (NotImplementedYet e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            message = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        List<String> missing = new ArrayList<>();
        if (!message.contains(file.getFileName().toString())) {
            missing.add("the file (" + file.getFileName() + ")");
        }
        long[] saved = c.input(ModelState.names(c).get(0)).shape();
        long[] expected = {c.jsonParam("otherHidden").get(0).asLong(), saved[1]};
        if (!mentionsShape(message, saved) || !mentionsShape(message, expected)) {
            missing.add("both shapes of the first parameter (" + shape(saved, "[") + " in the file, "
                    + shape(expected, "[") + " in the model)");
        }
        if (!missing.isEmpty()) {
            throw new AssertionFailedError(FailureMessages.unclearLoadError(message, String.join(" and ", missing),
                    c.textParam("pytorchError")));
        }
    }

    private static NDArray forward(SequentialBlock model, NDArray features, NDManager manager) {
        return model.forward(new ParameterStore(manager, false), new NDList(features), false).singletonOrThrow();
    }

    /** The other notebook's MLP (2→16→16→2 for 000's file, 2→30→20→2 for 004's). */
    private static SequentialBlock otherMlp(FixtureCase c, NDManager manager) {
        SequentialBlock block = new SequentialBlock();
        c.jsonParam("otherHidden").forEach(units -> {
            block.add(ai.djl.nn.core.Linear.builder().setUnits(units.asLong()).build());
            block.add(ai.djl.nn.Activation.reluBlock());
        });
        block.add(ai.djl.nn.core.Linear.builder().setUnits(c.intParam("numOutputs")).build());
        block.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32,
                new ai.djl.ndarray.types.Shape(1, c.intParam("numInputs")));
        return block;
    }

    /** A shape as DJL prints it, (30, 2), as PyTorch does, [30, 2], or torch.Size([30, 2]). */
    private static boolean mentionsShape(String message, long[] shape) {
        String m = message.replace(" ", "");
        return m.contains(shape(shape, "(").replace(" ", "")) || m.contains(shape(shape, "[").replace(" ", ""));
    }

    private static String shape(long[] shape, String open) {
        StringBuilder b = new StringBuilder(open);
        for (int i = 0; i < shape.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%d", shape[i]));
        }
        return b.append(open.equals("(") ? ")" : "]").toString();
    }
}
