package nnlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nnlab.grader.cli.NnlabCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class outputs of a sample class graded on labs 1–3 (results.json files the grader wrote, edited by hand into):
 * alice (the reference, hidden cases too), bob (the stubs, an empty submission), carol (one known mistake in L3.2,
 * two files not graded), dave (L1.5 timed out, L2.3 crashed, L3.5 does not compile, a hidden L2.1 case wrong),
 * erin (broken: no results.json), frank (missing), and grace (on the roster only).
 */
class ClassOutputsTest {

    @TempDir
    Path dir;

    private Path out;
    private Path roster;

    @BeforeEach
    void copySampleClass() throws IOException, URISyntaxException {
        Path sample = Path.of(getClass().getResource("sample-class").toURI());
        out = dir.resolve("graded");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path f : files.toList()) {
                Path target = out.resolve(sample.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        roster = Path.of(getClass().getResource("roster.csv").toURI());
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(out.resolve(file));
    }

    @Test
    void theGradebookHasARowPerStudentWithLabsStepsAndWhyNotGraded() throws IOException {
        ClassOutputs.write(out, Optional.of(roster));
        assertThat(lines(ClassOutputs.GRADEBOOK)).containsExactly(
                "student,id,status,score,max_score,percent,L1,L2,L3,L1.1,L1.2,L1.3,L1.4,L1.5,L1.6,L1.7,L1.8,L1.9,"
                        + "L2.1,L2.2,L2.3,L2.4,L3.1,L3.2,L3.3,L3.4,L3.5,L3.6,notes",
                "alice,a1001,graded,32.67,32.67,100.0,10,10.67,12,1,1,1,1,1,1,2,1,1,2.67,3,2,3,1,3,2,2,1,3,",
                "bob,b1002,empty,0,32.67,0.0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,"
                        + "no student file differs from its stub",
                "carol,c1003,graded,29.67,32.67,90.8,10,10.67,9,1,1,1,1,1,1,2,1,1,2.67,3,2,3,1,0,2,2,1,3,"
                        + "2 files not graded: grader/src/test/java/nnlab/lab3/LossesTest.java pom.xml",
                "dave,d1004,graded,28,32.67,85.7,9,8,11,1,1,1,1,0,1,2,1,1,2,3,0,3,1,3,2,2,0,3,"
                        + "does not compile: exercises/src/main/java/nnlab/lab3/Losses.java; "
                        + "steps that do not compile: L3.5",
                "erin,e1005,broken,,,,,,,,,,,,,,,,,,,,,,,,,,erin.zip is not a zip archive (bad central directory)",
                "frank,f1006,missing,,,,,,,,,,,,,,,,,,,,,,,,,,"
                        + "no submission: the repository https://example.edu/frank/nnlab is empty",
                "grace,g1007,missing,,,,,,,,,,,,,,,,,,,,,,,,,,\"on the roster, no submission\"");
    }

    @Test
    void theCanvasVariantHasCanvasColumnsAndThePointsPossibleRow() throws IOException {
        ClassOutputs.write(out, Optional.of(roster));
        assertThat(lines(ClassOutputs.CANVAS)).containsExactly(
                "Student,ID,SIS User ID,SIS Login ID,Section,nnlab",
                "    Points Possible,,,,,32.67",
                "alice,a1001,S-1001,alice@example.edu,Monday lab,32.67",
                "bob,b1002,S-1002,bob@example.edu,Monday lab,0",
                "carol,c1003,S-1003,carol@example.edu,Tuesday lab,29.67",
                "dave,d1004,S-1004,dave@example.edu,Tuesday lab,28",
                "erin,e1005,S-1005,,Tuesday lab,",
                "frank,f1006,,frank@example.edu,Monday lab,",
                "grace,g1007,S-1007,grace@example.edu,Monday lab,");
    }

    @Test
    void withoutARosterTheStudentsAreTheFoldersAndTheirIdsFromSubmissionJson() throws IOException {
        ClassOutputs.write(out, Optional.empty());
        assertThat(lines(ClassOutputs.GRADEBOOK)).hasSize(7).noneMatch(l -> l.startsWith("grace,"));
        assertThat(lines(ClassOutputs.CANVAS)).contains("carol,c1003,,,,29.67", "erin,e1005,,,,");
    }

    @Test
    void withoutARosterCanvasTakesWhatSubmissionJsonRecordsOfTheRoster() throws IOException {
        Path alice = out.resolve("alice/submission.json");
        Files.writeString(alice, Files.readString(alice).replace("\"status\": \"graded\",", "\"status\": \"graded\","
                + " \"email\": \"alice@example.edu\", \"sis_id\": \"S-1001\", \"section\": \"Monday lab\","
                + " \"notes\": [\"matched to the roster by name\"],"));
        ClassOutputs.write(out, Optional.empty());
        assertThat(lines(ClassOutputs.CANVAS)).contains("alice,a1001,S-1001,alice@example.edu,Monday lab,32.67");
        assertThat(lines(ClassOutputs.GRADEBOOK)).anyMatch(l -> l.startsWith("alice,a1001,graded,32.67,")
                && l.endsWith(",matched to the roster by name"));
    }

    @Test
    void aStudentTheRosterLacksIsNoted() throws IOException {
        Path partial = dir.resolve("roster.csv");
        Files.writeString(partial, "id,name\na1001,alice\n");
        ClassOutputs.write(out, Optional.of(partial));
        assertThat(lines(ClassOutputs.GRADEBOOK)).anyMatch(l -> l.startsWith("bob,b1002,empty,0,")
                && l.endsWith("no student file differs from its stub; not in the roster"));
    }

    @Test
    void theClassReportCsvHasTheDistributionPassRatesCategoriesAndMistakes() throws IOException {
        ClassOutputs.write(out, Optional.of(roster));
        List<String> report = lines(ClassOutputs.REPORT_CSV);
        assertThat(report.get(0)).isEqualTo("section,item,students,out_of,value,steps,detail");
        assertThat(report).contains(
                "class,students,7,,,,",
                "class,graded,3,7,,,",
                "class,empty,1,7,,,",
                "class,broken,1,7,,,",
                "class,missing,2,7,,,",
                // alice 32.67, carol 29.67, dave 28, bob 0
                "score,mean,,4,22.58,,69.1% of 32.67",
                "score,median,,4,28.83,,88.3% of 32.67",
                "score,min,,4,0,,0.0% of 32.67",
                "score,max,,4,32.67,,100.0% of 32.67",
                "distribution,0-10%,1,4,,,",
                "distribution,80-90%,1,4,,,",
                "distribution,90-100%,2,4,,,",
                "pass rate public,L1.1,3,4,0.75,L1.1,",
                "pass rate public,L1.5,2,4,0.5,L1.5,",
                "pass rate public,L2.1,3,4,0.75,L2.1,",
                "pass rate hidden,L2.1,2,4,0.5,L2.1,",
                "pass rate public,L3.2,2,4,0.5,L3.2,",
                "pass rate hidden,L3.2,2,4,0.5,L3.2,",
                "category,wrong result,2,4,,L2.1 L3.2,",
                "category,error,0,4,,,",
                "category,timed out,1,4,,L1.5,",
                "category,crashed,1,4,,L2.3,",
                "category,does not compile,1,4,,L3.5,",
                "mistake,softmax-before-cross-entropy,1,4,,L3.2,\"this is the cross-entropy of softmax probabilities:"
                        + " the loss takes raw logits and applies log-softmax itself, so a softmax before it is applied"
                        + " twice. Pass the logits.\"");
        assertThat(report.stream().filter(l -> l.startsWith("distribution,"))).hasSize(10);
        assertThat(report.stream().filter(l -> l.startsWith("pass rate public,"))).hasSize(19);
        assertThat(report.stream().filter(l -> l.startsWith("pass rate hidden,"))).hasSize(2);
    }

    @Test
    void theHtmlReportShowsTheSameNumbersWithChartsThatDecodeAndNeedsNoNetworkOrScript() throws IOException {
        ClassOutputs.write(out, Optional.of(roster));
        String html = Files.readString(out.resolve(ClassOutputs.REPORT_HTML));
        assertThat(html).contains("data-stat=\"mean\">22.58<", "data-stat=\"median\">28.83<",
                "data-stat=\"graded\">4<", "data-bucket=\"90-100%\">2<", "data-step=\"L3.2\">2 / 4<",
                "data-step=\"L2.1-hidden\">2 / 4<", "data-category=\"crashed\">1<",
                "data-mistake=\"softmax-before-cross-entropy\">1<", "data-score=\"dave\">28 / 32.67<");
        assertThat(html).doesNotContain("<script", "http://", "https://fonts", "<link");
        Matcher images = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        List<BufferedImage> charts = new ArrayList<>();
        while (images.find()) {
            charts.add(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(images.group(1)))));
        }
        assertThat(charts).hasSize(3).allSatisfy(png -> {
            assertThat(png).isNotNull();
            assertThat(png.getWidth()).isEqualTo(ClassCharts.WIDTH);
            assertThat(png.getHeight()).isEqualTo(ClassCharts.HEIGHT);
        });
    }

    @Test
    void theSameClassGivesTheSameBytes() throws IOException {
        Map<String, byte[]> first = ClassOutputs.render(out, Roster.read(roster), true);
        Map<String, byte[]> second = ClassOutputs.render(out, Roster.read(roster), true);
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aBadResultsJsonIsNamedWithItsFieldAndNothingIsWritten() throws IOException {
        Path carol = out.resolve("carol/results.json");
        Files.writeString(carol, Files.readString(carol).replaceFirst("\"score\": 1.0,", "\"score\": \"full\","));
        assertThatThrownBy(() -> ClassOutputs.write(out, Optional.of(roster))).isInstanceOf(BatchInputException.class)
                .hasMessageStartingWith(carol.toString())
                .hasMessageContaining("field 'tests[")
                .hasMessageContaining("].score' is \"full\" (string), expected a number");
        assertThat(leftInOut()).isEmpty();
    }

    @Test
    void aBadInputLeavesTheEarlierOutputsAsTheyWere() throws IOException {
        ClassOutputs.write(out, Optional.of(roster));
        byte[] gradebook = Files.readAllBytes(out.resolve(ClassOutputs.GRADEBOOK));
        Files.writeString(out.resolve("dave/results.json"), "{\"score\": 3, \"tests\": [{\"number\": \"L9\"}]}");
        assertThatThrownBy(() -> ClassOutputs.write(out, Optional.of(roster)))
                .hasMessageContaining("dave/results.json: field 'tests[0].number' is \"L9\", expected a step id");
        assertThat(out.resolve(ClassOutputs.GRADEBOOK)).hasBinaryContent(gradebook);
        assertThat(leftInOut()).containsExactlyInAnyOrder(ClassOutputs.GRADEBOOK, ClassOutputs.CANVAS,
                ClassOutputs.REPORT_CSV, ClassOutputs.REPORT_HTML);
    }

    @Test
    void otherBadInputsAreNamed() throws IOException {
        Files.writeString(out.resolve("bob/results.json"), "{\"tests\": {}}");
        assertThatThrownBy(() -> ClassOutputs.write(out, Optional.empty()))
                .hasMessageContaining("bob/results.json: field 'tests' is {} (object), expected an array");
        Files.writeString(out.resolve("bob/results.json"), "{\"tests\": [");
        assertThatThrownBy(() -> ClassOutputs.write(out, Optional.empty()))
                .hasMessageContaining("bob/results.json: not valid JSON");
        Files.delete(out.resolve("bob/results.json"));
        Files.writeString(out.resolve("frank/submission.json"), "{\"status\": \"lost\"}");
        assertThatThrownBy(() -> ClassOutputs.write(out, Optional.empty()))
                .hasMessageContaining("frank/submission.json: field 'status' is \"lost\", expected one of graded,"
                        + " empty, broken, missing");
        Path badRoster = dir.resolve("roster.csv");
        Files.writeString(badRoster, "student,email\nalice,a@example.edu\n");
        assertThatThrownBy(() -> ClassOutputs.write(out, Optional.of(badRoster)))
                .hasMessageContaining("roster.csv: no 'id' column in the header");
    }

    @Test
    void theGradersOwnResultsJsonIsReadCaseByCase() throws IOException {
        Path grade = dir.resolve("grade");
        new nnlab.grader.results.ResultsStore(grade).record(new nnlab.grader.results.GradedRun("r", "x", 1, List.of(
                new nnlab.grader.results.GradedOutcome("T#ce", "L3.2 ce · case 1", "L3.2", 0.5, 0.5, "passed", "",
                        0),
                new nnlab.grader.results.GradedOutcome("T#ce", "L3.2 ce · case 2", "L3.2", 0, 0.5, "wrong result",
                        "L3.2 differs\n  hint: softmax applied twice", 0, "after_published",
                        List.of("softmax-before-cross-entropy")),
                new nnlab.grader.results.GradedOutcome("T#one", "L1.1 one", "L1.1", 1, 1, "passed", "", 0))));

        StudentRecord.Grade g = ClassFolder.readGrade(grade.resolve("results.json"));

        assertThat(g.score()).isEqualTo(1.5);
        assertThat(g.maxScore()).isEqualTo(2);
        assertThat(g.cases()).extracting(StudentRecord.Case::step, StudentRecord.Case::passed,
                StudentRecord.Case::hidden, StudentRecord.Case::category).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("L1.1", true, false, "passed"),
                        org.assertj.core.groups.Tuple.tuple("L3.2", true, false, "passed"),
                        org.assertj.core.groups.Tuple.tuple("L3.2", false, true, "wrong result"));
        assertThat(g.cases().get(2).mistakes()).containsExactly("softmax-before-cross-entropy");
        assertThat(g.cases().get(2).hints()).containsExactly("softmax applied twice");
        assertThat(g.byStep().get(nnlab.course.StepId.parse("L3.2"))).containsExactly(0.5, 1.0);
        assertThat(GradedScore.of(grade.resolve("results.json"))).isEqualTo("1.5 / 2");
    }

    @Test
    void aStepTestWithoutItsStepIsNamed() throws IOException {
        Files.writeString(out.resolve("dave/results.json"), "{\"tests\": [{\"number\": \"1.1\", \"score\": 0,"
                + " \"max_score\": 1, \"extra_data\": {\"cases\": []}}]}");
        assertThatThrownBy(() -> ClassOutputs.write(out, Optional.empty()))
                .hasMessageContaining("dave/results.json: field 'tests[0].extra_data.step' is missing, expected a"
                        + " string");
    }

    @Test
    void extraDataIsOptional() throws IOException {
        Files.writeString(out.resolve("bob/results.json"), "{\"tests\": [{\"number\": \"L1.1\", \"score\": 1,"
                + " \"max_score\": 1}, {\"number\": \"L1.2\", \"score\": 0, \"max_score\": 2,"
                + " \"visibility\": \"after_due_date\"}]}");
        ClassOutputs.write(out, Optional.empty());
        assertThat(lines(ClassOutputs.GRADEBOOK)).anyMatch(l -> l.startsWith("bob,b1002,empty,1,3,33.3,1,,,1,0,"));
        assertThat(lines(ClassOutputs.REPORT_CSV)).contains("pass rate hidden,L1.2,0,1,0,L1.2,",
                "category,failed,1,4,,L1.2,");
    }

    @Test
    void aClassWithoutResultsStillGetsItsOutputs() throws IOException {
        for (String student : List.of("alice", "bob", "carol", "dave")) {
            Files.delete(out.resolve(student).resolve("results.json"));
        }
        ClassOutputs.write(out, Optional.empty());
        assertThat(lines(ClassOutputs.GRADEBOOK)).hasSize(7);
        assertThat(lines(ClassOutputs.CANVAS)).contains("    Points Possible,,,,,0");
        assertThat(lines(ClassOutputs.REPORT_CSV)).contains("score,mean,,0,0,,0.0% of 0", "distribution,0-10%,0,0,,,");
        assertThat(out.resolve(ClassOutputs.REPORT_HTML)).content().contains("data-stat=\"graded\">0<");
    }

    @Test
    void withoutHintsInExtraDataTheMistakesSentenceIsTheOutputsHintLine() throws IOException {
        Path carol = out.resolve("carol/results.json");
        Files.writeString(carol, Files.readString(carol).replaceAll(",\\s*\"hints\": \\[[^\\]]*\\]", ""));
        assertThat(Files.readString(carol)).doesNotContain("\"hints\"");
        ClassOutputs.write(out, Optional.empty());
        assertThat(lines(ClassOutputs.REPORT_CSV)).anyMatch(l -> l.startsWith(
                "mistake,softmax-before-cross-entropy,1,4,,L3.2,"
                        + "\"this is the cross-entropy of softmax probabilities:"));
    }

    @Test
    void theCommandWritesTheOutputsAndAUserErrorExits2() throws IOException {
        assertThat(NnlabCommand.run("class-report", "--out", out.toString(), "--roster", roster.toString()))
                .isZero();
        assertThat(out.resolve(ClassOutputs.REPORT_HTML)).isNotEmptyFile();
        assertThat(NnlabCommand.run("class-report", "--out", dir.resolve("nowhere").toString())).isEqualTo(2);
    }

    private List<String> leftInOut() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
