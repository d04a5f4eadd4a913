package nnlab.lab5;

import static nnlab.grader.assertions.GradingAssertions.assertOutput;
import static nnlab.grader.assertions.GradingAssertions.assertThatNumber;
import static nnlab.grader.assertions.GradingAssertions.assertThatTensor;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.qameta.allure.SeverityLevel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nnlab.course.random.TorchGenerator;
import nnlab.fixtures.FixtureCase;
import nnlab.grader.junit.FixtureCases;
import nnlab.grader.junit.Graded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;

/** Grades lab 5's data pipeline: the toy Dataset and the DataLoader (fixtures/golden/L5.1 to L5.3). */
@DisplayName("Lab 5 — Dataset and DataLoader")
class DataLoaderTest {

    @Graded(step = "L5.1", points = 1)
    @DisplayName("L5.1 the toy Dataset: get(i) is (features[i], labels[i]), size() the number of samples")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.1")
    void dataset(FixtureCase c, NDManager manager) {
        ToyDataset dataset = new ToyDataset(c.input("features").toNDArray(manager),
                c.input("labels").toNDArray(manager));
        assertThatNumber(dataset.size()).named("size()").matches(c.expected("length"), c.mistakes("length"));
        NDList features = new NDList();
        NDList labels = new NDList();
        for (int i = 0; i < dataset.size(); i++) {
            Example example = dataset.get(i);
            features.add(example.features());
            labels.add(example.label());
        }
        assertOutput(c, "itemFeatures", NDArrays.stack(features));
        assertOutput(c, "itemLabels", NDArrays.stack(labels));
    }

    @Graded(step = "L5.2", points = 2)
    @DisplayName("L5.2 the DataLoader without shuffle: batches in order, drop_last, size(), one 64-bit draw per epoch")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.2")
    void batchesInOrder(FixtureCase c, NDManager manager) {
        FixtureData data = FixtureData.of(c, "features", "labels", manager);
        TorchGenerator generator = new TorchGenerator(c.longParam("seed"));
        DataLoader loader = new DataLoader(data, c.intParam("batchSize"), false,
                c.jsonParam("dropLast").asBoolean(), generator);
        assertThatNumber(loader.size()).named("size() (len(loader))").matches(c.expected("numBatches"),
                c.mistakes("numBatches"));
        int epochs = c.intParam("epochs");
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long drawnBefore = generator.outputsDrawn();
            List<Batch> batches = new ArrayList<>();
            loader.forEach(batches::add);
            assertThatNumber(batches.size()).named("number of batches in epoch " + epoch)
                    .matches(c.expected("numBatches"), c.mistakes("numBatches"));
            for (int b = 0; b < batches.size(); b++) {
                assertThatTensor(batches.get(b).features()).named("epoch " + epoch + " batch " + b + " features")
                        .matches(c.expected("batch" + b + ".features"));
                assertThatTensor(batches.get(b).labels()).named("epoch " + epoch + " batch " + b + " labels")
                        .matches(c.expected("batch" + b + ".labels"));
            }
            assertThatNumber(generator.outputsDrawn() - drawnBefore)
                    .named("outputs drawn from the generator in epoch " + epoch)
                    .matches(c.expected("outputsDrawnPerEpoch"), c.mistakes("outputsDrawnPerEpoch"));
        }
    }

    @Graded(step = "L5.3", points = 1, severity = SeverityLevel.CRITICAL, judges = {"samples.epoch*"})
    @DisplayName("L5.3 the RandomSampler's order: PyTorch's permutation of every epoch from the seed")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.3")
    void samplerOrder(FixtureCase c, NDManager manager) {
        FixtureData data = FixtureData.of(c, "features", "labels", manager);
        TorchGenerator generator = seededAfterTheModel(c);
        DataLoader loader = new DataLoader(data, c.intParam("batchSize"), true, c.jsonParam("dropLast").asBoolean(),
                generator);
        for (int epoch = 1; epoch <= c.intParam("epochs"); epoch++) {
            generator.randomInt64(); // what the loader draws at iter() before asking the sampler
            long[] order = loader.randomSamplerOrder();
            String key = "samples.epoch" + epoch;
            int kept = c.expected(key).size();
            long[] visited = java.util.Arrays.copyOf(order, Math.min(kept, order.length));
            assertThatTensor(manager.create(visited)).named("order of epoch " + epoch)
                    .matches(c.expected(key), c.mistakes(key));
        }
    }

    @Graded(step = "L5.3", points = 1, severity = SeverityLevel.CRITICAL)
    @DisplayName("L5.3 the shuffled DataLoader yields PyTorch's batches, epoch after epoch")
    @ParameterizedTest(name = "{0}")
    @FixtureCases("L5.3")
    void shuffledBatches(FixtureCase c, NDManager manager) {
        FixtureData data = FixtureData.of(c, "features", "labels", manager);
        TorchGenerator generator = seededAfterTheModel(c);
        DataLoader loader = new DataLoader(data, c.intParam("batchSize"), true, c.jsonParam("dropLast").asBoolean(),
                generator);
        for (int epoch = 1; epoch <= c.intParam("epochs"); epoch++) {
            long drawnBefore = generator.outputsDrawn();
            List<Long> visited = new ArrayList<>();
            for (Iterator<Batch> it = loader.iterator(); it.hasNext(); ) {
                for (long s : data.samplesOf(it.next())) {
                    visited.add(s);
                }
            }
            String key = "samples.epoch" + epoch;
            NDArray actual = manager.create(visited.stream().mapToLong(Long::longValue).toArray());
            assertThatTensor(actual).named("samples of epoch " + epoch + ", batch after batch")
                    .matches(c.expected(key), c.mistakes(key));
            assertThatNumber(generator.outputsDrawn() - drawnBefore).named("outputs drawn in epoch " + epoch)
                    .matches(c.expected("outputsDrawnPerEpoch"));
        }
    }

    /** The global generator as the notebook leaves it when the first epoch starts: seeded, then the model's draws. */
    static TorchGenerator seededAfterTheModel(FixtureCase c) {
        TorchGenerator generator = new TorchGenerator(c.longParam("seed"));
        generator.discard(c.longParam("outputsBeforeLoader"));
        return generator;
    }
}
