package nnlab.grader.assertions;

import static nnlab.grader.assertions.GradingAssertions.assertThatTensor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nnlab.fixtures.FixtureCase;
import nnlab.fixtures.Fixtures;
import nnlab.fixtures.GoldenFixture;
import nnlab.fixtures.TensorData;
import nnlab.grader.hints.HintMessages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every known mistake a golden fixture records (what PyTorch gives when the mistake is made) has a hint, differs
 * from the right answer, and is named when a student's answer equals it.
 */
class KnownMistakesTest {

    private static NDManager manager;

    @BeforeAll
    static void open() {
        nnlab.course.DjlDefaults.apply();
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    record Mistake(String step, FixtureCase fixtureCase, String output, String id, TensorData values) {
    }

    static Stream<Arguments> recordedMistakes() {
        List<Arguments> all = new ArrayList<>();
        for (var step : Fixtures.goldenSteps()) {
            GoldenFixture fixture = Fixtures.golden(step.toString());
            for (FixtureCase c : fixture.cases()) {
                for (String output : c.expectedNames()) {
                    for (Map.Entry<String, TensorData> m : c.mistakes(output).entrySet()) {
                        Mistake mistake = new Mistake(step.toString(), c, output, m.getKey(), m.getValue());
                        all.add(Arguments.of(Named.of(step + " " + output + " " + m.getKey() + " (" + c.name() + ")",
                                mistake)));
                    }
                }
            }
        }
        return all.stream();
    }

    @Test
    void fixturesRecordMistakes() {
        assertThat(recordedMistakes()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedMistakes")
    void everyRecordedMistakeHasWording(Mistake m) {
        assertThat(HintMessages.knowsMistake(m.id()))
                .as("HintMessages has a hint for mistake '%s' recorded in %s", m.id(), m.values().field())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedMistakes")
    void answerThatMakesTheMistakeIsNamed(Mistake m) {
        TensorData expected = m.fixtureCase().expected(m.output());
        GradingContext.enter(m.step());
        try {
            assertThatThrownBy(() -> assertThatTensor(m.values().toNDArray(manager)).named(m.output())
                    .matches(expected, m.fixtureCase().mistakes(m.output())))
                    .as("the mistaken values must fail the assertion and be recognised")
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith(m.step() + " " + m.output())
                    .hasMessageContaining("hint: " + HintMessages.mistake(m.id()));
        } finally {
            GradingContext.leave();
        }
    }
}
