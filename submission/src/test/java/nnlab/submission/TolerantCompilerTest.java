package nnlab.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TolerantCompilerTest {

    private static final String A_STUB = SourceTree.classOf("p", "A",
            "    public static int one() { throw new UnsupportedOperationException(\"L1.1\"); }");
    private static final String B_STUB = SourceTree.classOf("p", "B",
            "    public static int two() { throw new UnsupportedOperationException(\"L1.2\"); }");
    private static final String C_STUB = SourceTree.classOf("p", "C",
            "    public static int three() { throw new UnsupportedOperationException(\"L1.3\"); }");

    @TempDir
    Path dir;

    private SourceTree tree;

    @BeforeEach
    void threeFiles() throws IOException {
        tree = new SourceTree(dir)
                .course("p/A.java", A_STUB, SourceTree.classOf("p", "A", "    public static int one() { return 1; }"),
                        "L1.1")
                .course("p/B.java", B_STUB, SourceTree.classOf("p", "B", "    public static int two() { return 2; }"),
                        "L1.2")
                .course("p/C.java", C_STUB,
                        SourceTree.classOf("p", "C", "    public static int three() { return B.two() + 1; }"), "L1.3");
    }

    @Test
    void aTreeThatCompilesIsCompiledAsWrittenAndReportsNothing() throws Exception {
        TolerantCompiler.Outcome outcome = tree.compile();

        assertThat(outcome.report().files()).isEmpty();
        assertThat(outcome.rounds()).isEqualTo(1);
        assertThat(outcome.skipped()).isFalse();
        assertThat(TolerantCompiler.summaryLines(outcome.report(), "exercises")).isEmpty();
        assertThat(Files.readString(tree.report)).isEqualTo("{\n  \"files\" : [ ]\n}\n");
        assertThat(tree.call("p.A", "one")).isEqualTo(1);
        assertThat(tree.call("p.B", "two")).isEqualTo(2);
        assertThat(tree.call("p.C", "three")).isEqualTo(3);
    }

    @Test
    void aMissingSemicolonGradesThatFileAsItsStubAndCompilesTheOthersAsWritten() throws Exception {
        tree.student("p/A.java", SourceTree.classOf("p", "A", "    public static int one() { return 1 }"));

        TolerantCompiler.Outcome outcome = tree.compile();

        assertThat(outcome.report().files()).containsExactly(new CompileReport.FailedFile("p/A.java", List.of("L1.1"),
                "does not compile", "stub", "does not compile (line 4: ';' expected)",
                "p/A.java:4:39: error: ';' expected\n"
                        + "    public static int one() { return 1 }\n"
                        + "                                      ^"));
        assertThat(CompileReport.read(tree.report)).isEqualTo(outcome.report());
        assertThat(TolerantCompiler.summaryLines(outcome.report(), "exercises")).containsExactly(
                "exercises: p/A.java does not compile (line 4: ';' expected): graded as its stub (step L1.1 scores 0)");
        assertThat(tree.call("p.A", "one")).isInstanceOf(UnsupportedOperationException.class)
                .hasToString("java.lang.UnsupportedOperationException: L1.1");
        assertThat(tree.call("p.B", "two")).isEqualTo(2);
        assertThat(tree.call("p.C", "three")).isEqualTo(3);
    }

    @Test
    void aTypeErrorIsReportedWithJavacsMessageAndTheLineOfSource() throws Exception {
        tree.student("p/B.java", SourceTree.classOf("p", "B", "    public static int two() { return \"two\"; }"));

        CompileReport report = tree.compile().report();

        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("p/B.java");
            assertThat(f.steps()).containsExactly("L1.2");
            assertThat(f.summary()).isEqualTo(
                    "does not compile (line 4: incompatible types: String cannot be converted to int)");
            assertThat(f.reason()).isEqualTo(CompileReport.DOES_NOT_COMPILE);
            assertThat(f.gradedAs()).isEqualTo(CompileReport.GRADED_AS_STUB);
            assertThat(f.diagnostics()).isEqualTo(
                    "p/B.java:4:38: error: incompatible types: String cannot be converted to int\n"
                            + "    public static int two() { return \"two\"; }\n"
                            + "                                     ^");
        });
        assertThat(tree.call("p.A", "one")).isEqualTo(1);
        assertThat(tree.call("p.B", "two")).isInstanceOf(UnsupportedOperationException.class);
        // C calls B: it runs against B's stub
        assertThat(tree.call("p.C", "three")).isInstanceOf(UnsupportedOperationException.class)
                .hasToString("java.lang.UnsupportedOperationException: L1.2");
    }

    @Test
    void aChangedSignatureCompilesButIsGradedAsItsStubNamingTheMissingMember() throws Exception {
        tree.student("p/A.java", SourceTree.classOf("p", "A", "    public static long one() { return 1L; }"));

        CompileReport report = tree.compile().report();

        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("p/A.java");
            assertThat(f.summary())
                    .isEqualTo("does not declare 'static int one()' that the graded tests call (changed signature?)");
            assertThat(f.diagnostics()).isEqualTo(
                    "p/A.java: does not declare 'static int one()' that the graded tests call (changed signature?)");
        });
        assertThat(tree.call("p.A", "one")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(tree.call("p.C", "three")).isEqualTo(3);
    }

    @Test
    void theStubsApiIsCompiledOnceAndCachedUnderTheWorkFolder() throws Exception {
        tree.student("p/A.java", SourceTree.classOf("p", "A", "    public static int one() { return 11; }"));
        assertThat(tree.compile().report().files()).isEmpty();
        Path cache = tree.work.resolve("stub-api.json");
        assertThat(cache).exists();

        // a second run reads the cache: an item planted in it is missed by the student's file
        String json = Files.readString(cache);
        Files.writeString(cache, json.replace("\"p/A.java\" : [", "\"p/A.java\" : [ [ \"p.A\", \"p.A#static int planted()\","
                + " \"static int planted()\", 3 ],"));
        tree.student("p/A.java", SourceTree.classOf("p", "A", "    public static int one() { return 12; }"));
        assertThat(tree.compile().report().files()).extracting(CompileReport.FailedFile::summary).containsExactly(
                "does not declare 'static int planted()' that the graded tests call (changed signature?)");

        // another manifest is another key: the cache is rebuilt
        tree.course("p/B.java", B_STUB.replace("L1.2", "L1.7"), null, "L1.7");
        assertThat(tree.compile().report().files()).isEmpty();
        assertThat(Files.readString(cache)).doesNotContain("planted");
    }

    @Test
    void aMemberMadeLessAccessibleOrStaticNoMoreCountsAsChanged() throws Exception {
        tree.student("p/A.java", SourceTree.classOf("p", "A", "    static int one() { return 1; }"));
        tree.student("p/B.java", SourceTree.classOf("p", "B", "    public int two() { return 2; }"));

        CompileReport report = tree.compile().report();

        assertThat(report.files()).extracting(CompileReport.FailedFile::summary).containsExactly(
                "declares 'static int one()' package-private where the graded tests need it public",
                "does not declare 'static int two()' that the graded tests call (changed signature?)");
        // C's call B.two() failed against the student's B, but compiles against B's stub: C is not to blame
        assertThat(tree.call("p.C", "three")).isInstanceOf(UnsupportedOperationException.class)
                .hasToString("java.lang.UnsupportedOperationException: L1.2");
    }

    @Test
    void anApiChangedInTwoFilesAlikeGradesBothAsStubs() throws Exception {
        tree.student("p/B.java", SourceTree.classOf("p", "B", "    public static int two(int x) { return 2 * x; }"));
        tree.student("p/C.java", SourceTree.classOf("p", "C", "    public static int three() { return B.two(1) + 1; }"));

        CompileReport report = tree.compile().report();

        assertThat(report.files()).extracting(CompileReport.FailedFile::path).containsExactly("p/B.java", "p/C.java");
        assertThat(report.files().get(0).summary())
                .isEqualTo("does not declare 'static int two()' that the graded tests call (changed signature?)");
        assertThat(report.files().get(1).summary()).isEqualTo(
                "does not compile (line 4: method two in class B cannot be applied to given types;)");
        assertThat(report.files().get(1).diagnostics()).isEqualTo(
                "p/C.java:4:41: error: method two in class B cannot be applied to given types;\n"
                        + "    public static int three() { return B.two(1) + 1; }\n"
                        + "                                        ^\n"
                        + "  required: no arguments\n"
                        + "  found:    int\n"
                        + "  reason: actual and formal argument lists differ in length");
        assertThat(tree.call("p.A", "one")).isEqualTo(1);
    }

    @Test
    void aFileTheStudentAddedThatDoesNotCompileIsLeftOut() throws Exception {
        tree.student("p/Extra.java", SourceTree.classOf("p", "Extra", "    static int four() { return four }"));
        tree.student("p/Fine.java", SourceTree.classOf("p", "Fine", "    public static int five() { return 5; }"));

        CompileReport report = tree.compile().report();

        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("p/Extra.java");
            assertThat(f.steps()).isEmpty();
            assertThat(f.gradedAs()).isEqualTo("left out");
            assertThat(f.gradedAsStub()).isFalse();
            assertThat(f.diagnostics()).isEqualTo("p/Extra.java:4:36: error: ';' expected\n"
                    + "    static int four() { return four }\n"
                    + "                                   ^");
        });
        assertThat(TolerantCompiler.summaryLines(report, "exercises")).containsExactly(
                "exercises: p/Extra.java does not compile (line 4: ';' expected): left out (not one of the course's"
                        + " files)");
        assertThat(tree.output.resolve("p/Extra.class")).doesNotExist();
        assertThat(tree.call("p.Fine", "five")).isEqualTo(5);
        assertThat(tree.call("p.A", "one")).isEqualTo(1);
    }

    @Test
    void aStubThatFailsBecauseOfAStudentFileGetsThatFileStubbedToo() throws Exception {
        // the student adds a method to an interface: fine for the student's own Square, not for Square's stub
        tree.course("p/Shape.java", "package p;\n\npublic interface Shape {\n    int sides();\n}\n",
                "package p;\n\npublic interface Shape {\n    int sides();\n\n    int corners();\n}\n");
        tree.course("p/Square.java", SourceTree.classOf("p", "Square implements Shape",
                        "    public int sides() { throw new UnsupportedOperationException(\"L1.5\"); }")
                        .replace("class Square implements Shape", "class Square implements Shape"),
                SourceTree.classOf("p", "Square implements Shape",
                        "    public int sides() { return 4 }\n    public int corners() { return 4; }"), "L1.5");

        TolerantCompiler.Outcome outcome = tree.compile();

        assertThat(outcome.report().files()).extracting(CompileReport.FailedFile::path)
                .containsExactly("p/Shape.java", "p/Square.java");
        CompileReport.FailedFile shape = outcome.report().files().get(0);
        assertThat(shape.steps()).isEmpty();
        assertThat(shape.gradedAsStub()).isTrue();
        assertThat(shape.summary()).isEqualTo("does not compile with the stub of p/Square.java, which is graded in"
                + " that file's place (line 3: Square is not abstract and does not override abstract method corners()"
                + " in Shape of that stub)");
        assertThat(shape.diagnostics()).isEqualTo("p/Shape.java: the stub of p/Square.java does not compile with"
                + " this file:\n"
                + "p/Square.java:3:14: error: Square is not abstract and does not override abstract method corners()"
                + " in Shape\n"
                + "public final class Square implements Shape {\n"
                + "             ^");
        assertThat(outcome.rounds()).isEqualTo(3);
        assertThat(tree.call("p.C", "three")).isEqualTo(3);
    }

    @Test
    void aStudentFileWhoseApiAStubNeedsIsCheckedBeforeTheStubIsBlamed() throws Exception {
        String helperStub = SourceTree.classOf("p", "Helper", "    public static int twice(int x) { return 2 * x; }");
        tree.course("p/Helper.java", helperStub,
                SourceTree.classOf("p", "Helper", "    public static String twice(String x) { return x + x; }"));
        tree.course("p/D.java",
                SourceTree.classOf("p", "D", "    public static int six() {\n        return Helper.twice(3);\n    }"),
                SourceTree.classOf("p", "D", "    public static int six() {\n        return Helper.twice(3)\n    }"),
                "L1.4");

        TolerantCompiler.Outcome outcome = tree.compile();

        assertThat(outcome.report().files()).extracting(CompileReport.FailedFile::path, CompileReport.FailedFile::summary)
                .containsExactly(tuple("p/D.java", "does not compile (line 5: ';' expected)"),
                        tuple("p/Helper.java", "does not declare 'static int twice(int)' that the graded tests call"
                                + " (changed signature?)"));
        assertThat(outcome.rounds()).isEqualTo(3);
        assertThat(tree.call("p.D", "six")).isEqualTo(6);
        assertThat(tree.call("p.C", "three")).isEqualTo(3);
    }

    @Test
    void aStubFailingWhereNoStudentFileCanBeNamedEndsCompilingWithinItsPackage() throws Exception {
        // the student's Helper adds a max(int, int) that makes D's stub's call ambiguous with Math.max
        tree.course("q/Helper.java",
                SourceTree.classOf("q", "Helper", "    public static int twice(int x) { return 2 * x; }"),
                SourceTree.classOf("q", "Helper", "    public static int twice(int x) { return 2 * x; }\n"
                        + "    public static int max(int a, int b) { return 0; }"));
        tree.course("q/D.java",
                "package q;\n\nimport static java.lang.Math.*;\nimport static q.Helper.*;\n\npublic final class D {\n"
                        + "    public static int six() { return max(6, 1); }\n}\n",
                "package q;\n\npublic final class D {\n    public static int six() { return 6 }\n}\n", "L1.4");

        TolerantCompiler.Outcome outcome = tree.compile();

        assertThat(outcome.report().files()).extracting(CompileReport.FailedFile::path)
                .containsExactly("q/D.java", "q/Helper.java");
        assertThat(outcome.report().files().get(1).summary()).startsWith(
                "does not compile with the stub of q/D.java, which is graded in that file's place (line 7: reference"
                        + " to max is ambiguous");
        assertThat(tree.call("q.D", "six")).isEqualTo(6);
        assertThat(tree.call("p.C", "three")).isEqualTo(3);
    }

    @Test
    void aCourseFileTheStudentDeletedIsGradedAsItsStub() throws Exception {
        Files.delete(tree.sources.resolve("p/A.java"));

        CompileReport report = tree.compile().report();

        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("p/A.java");
            assertThat(f.summary()).isEqualTo("is missing");
            assertThat(f.gradedAsStub()).isTrue();
        });
        assertThat(tree.call("p.A", "one")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyFileBrokenEndsWithEveryStub() throws Exception {
        tree.student("p/A.java", "package p; class A {");
        tree.student("p/B.java", "package p; public final class B { public static int two() { return x; } }");
        tree.student("p/C.java", "package p; public final class C { public static long three() { return 3; } }");

        CompileReport report = tree.compile().report();

        assertThat(report.files()).extracting(CompileReport.FailedFile::path)
                .containsExactly("p/A.java", "p/B.java", "p/C.java");
        assertThat(tree.call("p.C", "three")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void staleClassFilesGoAndOtherFilesOfTheSourceTreeAreCopied() throws Exception {
        Files.createDirectories(tree.output.resolve("p"));
        Files.writeString(tree.output.resolve("p/Old.class"), "stale");
        Files.writeString(tree.output.resolve("p/kept.properties"), "written by the resources plugin");
        tree.student("p/data.txt", "given data");

        tree.compile();

        assertThat(tree.output.resolve("p/Old.class")).doesNotExist();
        assertThat(tree.output.resolve("p/kept.properties")).exists();
        assertThat(tree.output.resolve("p/data.txt")).hasContent("given data");
    }

    @Test
    void aSecondRunWithTheSameInputsIsSkippedUnlessAnInputOrOutputChanged() throws Exception {
        tree.student("p/A.java", SourceTree.classOf("p", "A", "    public static int one() { return 1 }"));
        assertThat(tree.compile().skipped()).isFalse();

        TolerantCompiler.Outcome again = tree.compile();
        assertThat(again.skipped()).isTrue();
        assertThat(again.report().files()).extracting(CompileReport.FailedFile::path).containsExactly("p/A.java");

        tree.student("p/A.java", SourceTree.classOf("p", "A", "    public static int one() { return 11; }"));
        TolerantCompiler.Outcome edited = tree.compile();
        assertThat(edited.skipped()).isFalse();
        assertThat(edited.report().files()).isEmpty();
        assertThat(tree.call("p.A", "one")).isEqualTo(11);

        Files.delete(tree.output.resolve("p/B.class"));
        assertThat(tree.compile().skipped()).isFalse();
        assertThat(tree.output.resolve("p/B.class")).exists();
    }

    @Test
    void stubsThatDoNotCompileOnTheirOwnAreAnInputErrorNamingTheManifestField() throws IOException {
        tree.course("p/A.java", "package p; public final class A { int x = ; }", "package p; class A {");

        assertThatThrownBy(tree::compile).isInstanceOf(SubmissionInputException.class)
                .hasMessage(tree.manifest + ": files[0].source: the stub of p/A.java does not compile on its own"
                        + " (line 1: illegal start of expression); regenerate the manifest against this class path");
    }

    @Test
    void stepsAreNamedAsRanges() {
        assertThat(TolerantCompiler.stepsPhrase(List.of("L3.1", "L3.2", "L3.3", "L3.4", "L3.5", "L3.6")))
                .isEqualTo("(steps L3.1–L3.6 score 0)");
        assertThat(TolerantCompiler.stepsPhrase(List.of("L7.4", "L7.2", "L7.1", "L7.9")))
                .isEqualTo("(steps L7.1, L7.2, L7.4, L7.9 score 0)");
        assertThat(TolerantCompiler.stepsPhrase(List.of("L5.1"))).isEqualTo("(step L5.1 scores 0)");
        assertThat(TolerantCompiler.stepsPhrase(List.of())).isEqualTo("(no steps of its own)");
    }

    @Test
    void theReportIsWrittenAtomicallyAndReadBack() throws IOException {
        CompileReport report = new CompileReport(List.of(new CompileReport.FailedFile("nnlab/lab3/Losses.java",
                List.of("L3.1", "L3.2"), "does not compile", "stub", "does not compile (line 42: ';' expected)",
                "nnlab/lab3/Losses.java:42:33: error: ';' expected\n        return x\n                ^")));
        Path file = dir.resolve("out/report.json");

        report.write(file);

        assertThat(CompileReport.read(file)).isEqualTo(report);
        assertThat(report.fileOfStep("L3.2")).contains(report.files().get(0));
        assertThat(report.fileOfStep("L3.3")).isEmpty();
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
