package nnlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nnlab.grader.cli.NnlabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roster matching, shards, merging and the command lines' errors. */
class BatchOptionsTest {

    @TempDir
    Path tmp;

    private static SubmissionSource source(String given) {
        return new SubmissionSource(SubmissionSource.sanitised(given), given, Path.of(given),
                SubmissionSource.Kind.FOLDER);
    }

    @Test
    void theRosterMatchesNamesAndGithubWithoutCase() throws IOException {
        Path csv = Files.writeString(tmp.resolve("roster.csv"), "ID,Name,github,email,sis_id,section\n"
                + "s1,Alice,alice-gh,a@x.org,111,A\n" + "s2,,bobby,,,B\n");
        Roster roster = Roster.read(csv);
        assertThat(roster.find(source("alice")).map(Roster.Student::id)).contains("s1");
        assertThat(roster.find(source("ALICE-GH")).map(Roster.Student::email)).contains("a@x.org");
        assertThat(roster.find(source("Bobby")).map(Roster.Student::name)).contains("bobby");
        assertThat(roster.find(source("carol"))).isEmpty();
    }

    @Test
    void aRosterWithoutIdsIsRefused() throws IOException {
        Path csv = Files.writeString(tmp.resolve("r.csv"), "name\nalice\n");
        assertThatThrownBy(() -> Roster.read(csv)).isInstanceOf(BatchInputException.class).hasMessageContaining("'id'");
        Path twice = Files.writeString(tmp.resolve("t.csv"), "id,name\n1,a\n1,b\n");
        assertThatThrownBy(() -> Roster.read(twice)).hasMessageContaining("twice");
    }

    @Test
    void shardsAreRoundRobinOverTheSortedClassAndCoverItOnce() {
        List<String> names = List.of("a", "b", "c", "d", "e", "f", "g");
        assertThat(Shard.parse("1/3").select(names)).containsExactly("a", "d", "g");
        assertThat(Shard.parse("2/3").select(names)).containsExactly("b", "e");
        assertThat(Shard.parse("3/3").select(names)).containsExactly("c", "f");
        assertThat(Shard.ALL.select(names)).isEqualTo(names);
        for (String wrong : new String[] {"0/3", "4/3", "x", "1/0", "1/2/3"}) {
            assertThatThrownBy(() -> Shard.parse(wrong)).isInstanceOf(BatchInputException.class);
        }
    }

    @Test
    void mergeCopiesEveryShardAndRefusesAStudentInTwo() throws IOException {
        Path one = tmp.resolve("shard-1");
        Path two = tmp.resolve("shard-2");
        for (String[] s : new String[][] {{"shard-1", "alice"}, {"shard-2", "bob"}, {"shard-2", "carol"}}) {
            Files.createDirectories(tmp.resolve(s[0]).resolve(s[1]));
            Files.writeString(tmp.resolve(s[0]).resolve(s[1]).resolve("submission.json"), "{}");
        }
        assertThat(ShardMerge.merge(tmp.resolve("all"), List.of(one, two))).isEqualTo(3);
        assertThat(tmp.resolve("all/carol/submission.json")).exists();
        Files.createDirectories(two.resolve("alice"));
        Files.writeString(two.resolve("alice/submission.json"), "{}");
        assertThatThrownBy(() -> ShardMerge.merge(tmp.resolve("again"), List.of(one, two)))
                .isInstanceOf(BatchInputException.class).hasMessageContaining("student 'alice' is in two shards");
        assertThat(tmp.resolve("again")).doesNotExist();
    }

    @Test
    void wrongCommandLinesExit2WithOneLine() throws IOException {
        Path shard = Files.createDirectories(tmp.resolve("s1/alice"));
        Files.writeString(shard.resolve("submission.json"), "{}");
        Files.createDirectories(tmp.resolve("s2/alice"));
        Files.writeString(tmp.resolve("s2/alice/submission.json"), "{}");
        String[][] lines = {
            {"grade", "x"},
            {"grade", "--out", tmp.resolve("o").toString()},
            {"grade", "--out", tmp.resolve("o").toString(), "--shard", "3/2", "x"},
            {"grade", "--out", tmp.resolve("o").toString(), "--jobs", "0", "x"},
            {"grade", "--out", tmp.resolve("o").toString(), "--hidden-visibility", "later", "x"},
            {"grade", "--out", tmp.resolve("o").toString(), tmp.resolve("does-not-exist").toString()},
            {"grade", "--out", tmp.resolve("o").toString(), "--bogus", "x"},
            {"merge", "--out", tmp.resolve("m").toString(), tmp.resolve("s1").toString(), tmp.resolve("s2").toString()},
            {"merge", "--out", tmp.resolve("m").toString(), tmp.resolve("none").toString()},
        };
        for (String[] args : lines) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream saved = System.err;
            int code;
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                code = NnlabCommand.run(args);
            } finally {
                System.setErr(saved);
            }
            String text = err.toString(StandardCharsets.UTF_8);
            assertThat(code).as(String.join(" ", args)).isEqualTo(2);
            assertThat(text.strip().lines()).as(text).hasSize(1);
            assertThat(text).startsWith("nnlab " + args[0] + ": ").doesNotContain("Exception");
        }
    }

    @Test
    void theClassOutputsAreCalledWithTheFolder() throws IOException {
        Files.createDirectories(tmp.resolve("alice"));
        Files.writeString(tmp.resolve("alice/submission.json"), "{\"student\":\"alice\",\"status\":\"missing\"}");
        ClassOutputs.write(tmp, Optional.empty());
        assertThat(tmp.resolve("gradebook.csv")).exists();
    }
}
