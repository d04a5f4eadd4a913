package nnlab.grader;

import static nnlab.grader.assertions.GradingAssertions.assertThatTensor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import java.util.List;
import java.util.Map;
import nnlab.course.DjlDefaults;
import nnlab.course.random.TorchGenerator;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import nnlab.grader.assertions.ModelState;
import nnlab.lab5.DataLoader;
import nnlab.lab5.ToyMlp;
import nnlab.lab6.Regression;
import nnlab.lab6.SalaryData;
import org.junit.jupiter.api.Test;

/**
 * The reference reproduces lab 6's PyTorch run from its seed alone, with nnlab's port of the generator: the
 * initial weights (lab 5's nn.Linear initialisation), every epoch's batch order (lab 5's DataLoader), and so the
 * losses and final weights. Not graded (it needs several labs' solutions at once); runs in reference mode.
 */
class RegressionFromSeedTest {

    @Test
    void theWholeLoopFromTheSeed() {
        DjlDefaults.apply();
        FixtureCase c = Fixtures.golden("L6.3").onlyCase();
        try (NDManager manager = NDManager.newBaseManager()) {
            SalaryData data = SalaryData.load(manager);
            assertThatTensor(data.features()).named("salaries.csv features").matches(c.input("features"));
            assertThatTensor(data.targets()).named("salaries.csv targets").matches(c.input("targets"));
            TorchGenerator generator = new TorchGenerator(c.longParam("seed"));
            SequentialBlock model = Regression.model();
            model.initialize(manager, DataType.FLOAT32, new Shape(1, SalaryData.NUM_FEATURES));
            ToyMlp.initializeLikePyTorch(model, generator);
            List<String> names = ModelState.names(c);
            Map<String, NDArray> initial = ModelState.values(model, names);
            for (String name : names) {
                assertThatTensor(initial.get(name)).named("initial " + name).matches(c.input("initial." + name));
            }
            DataLoader loader = new DataLoader(data, c.intParam("batchSize"), true, false, generator);
            List<Double> epochLosses = Regression.train(model, loader, c.intParam("epochs"),
                    (float) c.doubleParam("learningRate"), (epoch, batchIndex, batch, result) -> { });
            assertThatTensor(manager.create(epochLosses.stream().mapToDouble(Double::doubleValue).toArray()))
                    .named("per-epoch losses from the seed").matches(c.expected("epochLosses"));
            Map<String, NDArray> last = ModelState.values(model, names);
            for (String name : names) {
                assertThatTensor(last.get(name)).named("final " + name).matches(c.expected("final." + name));
            }
            assertThatTensor(manager.create(generator.outputsDrawn())).named("outputs drawn")
                    .matches(new nnlab.fixtures.TensorData("13 + 4 per epoch", nnlab.fixtures.FixtureDType.INT64,
                            new long[0], new double[] {c.longParam("outputsBeforeLoader") + 4.0 * c.intParam("epochs")},
                            nnlab.fixtures.Tolerance.EXACT));
        }
    }
}
