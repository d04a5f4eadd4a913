package nnlab.grader.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nnlab.submission.SubmissionInputException;
import nnlab.submission.TolerantCompiler;

/**
 * Grades one student into {@code DIR/<student>/}: takes in the submission ({@link Intake}), compiles the course's
 * exercises sources with the student's files over them using the tolerant compiler ({@code work/}: sources,
 * classes, the compile report), grades the classes with the course's tests in a process of its own
 * ({@code nnlab run-graded}: results.json, {@code junit/}, {@code allure-results/}, {@code log/}, what it printed in
 * {@code grade.log}), makes the one-file Allure report ({@code allure-report/index.html}) and writes
 * {@code submission.json}. The student's folder is emptied first, so a regrade starts afresh.
 */
public final class StudentGrading {

    /** javac's options, as the exercises module's build passes them to the tolerant compiler. */
    static final List<String> JAVAC_OPTIONS = List.of("--release", "17", "-encoding", "UTF-8", "-parameters", "-g",
            "-Xpkginfo:always");

    /**
     * What grading one student came to.
     *
     * @param record its submission.json
     * @param graderFailed whether the grader itself failed (not the student's fault)
     * @param score the score and maximum from results.json, "" when not graded
     */
    public record Outcome(SubmissionRecord record, boolean graderFailed, String score) {
    }

    private final BatchSettings settings;

    public StudentGrading(BatchSettings settings) {
        this.settings = settings;
    }

    /** Grades one submission. */
    public Outcome grade(SubmissionSource source, String id, Roster.Student rosterEntry, List<String> rosterNotes)
            throws IOException, InterruptedException {
        Path dir = settings.out().resolve(source.name());
        Map<String, Double> seconds = new LinkedHashMap<>();
        long start = System.nanoTime();
        Intake.Result intake = Intake.read(source, settings.course(), settings.limits());
        seconds.put("intake", since(start));
        deleteTree(dir);
        Files.createDirectories(dir);
        List<String> notes = new ArrayList<>(rosterNotes);
        notes.addAll(intake.notes());
        String sourceText = source.path().getFileName().toString();
        if (intake.status() == Intake.Status.BROKEN) {
            SubmissionRecord record = new SubmissionRecord(source.name(), id, intake.status(), intake.reason(),
                    sourceText, rosterEntry, intake.notGraded(), List.of(), notes, seconds);
            record.write(dir);
            return new Outcome(record, false, "");
        }
        // compile
        start = System.nanoTime();
        Path work = dir.resolve("work");
        Path sources = work.resolve("src");
        copyTree(settings.course().exercisesSources(), sources);
        for (Map.Entry<String, byte[]> file : intake.studentFiles().entrySet()) {
            Path target = sources.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Path report = work.resolve("compile-report.json");
        boolean graderFailed = false;
        String reason = intake.reason();
        try {
            new TolerantCompiler(new TolerantCompiler.Settings(sources, settings.course().manifest(),
                    settings.build().compileClassPath(), work.resolve("classes"), report, work.resolve("nnlab-compile"),
                    JAVAC_OPTIONS, false)).run();
        } catch (SubmissionInputException e) {
            graderFailed = true;
            reason = "the course's stubs do not compile: " + e.getMessage();
        }
        seconds.put("compile", since(start));
        String score = "";
        if (!graderFailed) {
            start = System.nanoTime();
            Path notGraded = dir.resolve("not-graded.txt");
            Files.write(notGraded, intake.notGraded(), StandardCharsets.UTF_8);
            int code = runGraded(dir, work.resolve("classes"), report, id, notGraded);
            seconds.put("grade", since(start));
            if (code != 0) {
                graderFailed = true;
                reason = (reason.isEmpty() ? "" : reason + "; ") + "the grader failed (exit code " + code + ", see "
                        + source.name() + "/grade.log)";
            }
            score = GradedScore.of(dir.resolve("results.json"));
            start = System.nanoTime();
            if (settings.allure().isPresent()) {
                try {
                    settings.allure().get().generate(dir.resolve("allure-results"), dir.resolve("allure-report"));
                } catch (IOException e) {
                    notes.add("no Allure report: " + e.getMessage());
                }
            }
            seconds.put("report", since(start));
        }
        SubmissionRecord record = new SubmissionRecord(source.name(), id, intake.status(), reason, sourceText,
                rosterEntry, intake.notGraded(), intake.studentPaths(), notes, seconds);
        record.write(dir);
        return new Outcome(record, graderFailed, score);
    }

    /** A roster student without a submission: a folder with its submission.json, status missing. */
    public Outcome missing(Roster.Student student, String folder) throws IOException {
        Path dir = settings.out().resolve(folder);
        deleteTree(dir);
        SubmissionRecord record = new SubmissionRecord(folder, student.id(), Intake.Status.MISSING,
                "on the roster, no submission", "", student, List.of(), List.of(), List.of(), Map.of());
        record.write(dir);
        return new Outcome(record, false, "");
    }

    /** Runs {@code nnlab run-graded} on the student's classes; returns its exit code. */
    private int runGraded(Path dir, Path classes, Path compileReport, String id, Path notGraded)
            throws IOException, InterruptedException {
        CourseBuild build = settings.build();
        Path abs = dir.toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.heapMiB() + "m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-Dai.djl.offline=true",
                "-Dai.djl.pytorch.num_threads=1", "-Dai.djl.pytorch.num_interop_threads=1",
                "-Dallure.results.directory=" + abs.resolve("allure-results"),
                "-Dnnlab.implementation=submission " + dir.getFileName(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils=error",
                "-cp", build.classPathString(), "nnlab.grader.cli.NnlabCommand", "run-graded",
                "--test-classes", build.testClasses().toAbsolutePath().toString(),
                "--class-path", build.classPathWith(classes.toAbsolutePath()),
                "--grade-dir", abs.toString(),
                "--junit-xml", abs.resolve("junit").toString(),
                "--allure-results", abs.resolve("allure-results").toString(),
                "--compile-report", compileReport.toAbsolutePath().toString()));
        command.addAll(List.of("--quiet", "--hidden-fixtures",
                settings.course().root().resolve("fixtures/hidden").toAbsolutePath().toString(), "--student", id,
                "--hidden-visibility", settings.hiddenVisibility(), "--not-graded", notGraded.toString()));
        // Out of the student's sight, where the sandbox works: the other students' folders, the course's fixtures
        // (the grading JVM gets sealed copies), and the course's solutions (sources, classes and the installed jar),
        // which a submission could otherwise load and call.
        for (Path hide : List.of(settings.out(), settings.course().root().resolve("reference"),
                settings.course().root().resolve("fixtures"),
                Path.of(System.getProperty("user.home"), ".m2", "repository", "nnlab", "nnlab-reference"))) {
            command.addAll(List.of("--hide", hide.toAbsolutePath().normalize().toString()));
        }
        // An argument file keeps the long class paths within every OS's command-line limit.
        Path args = dir.resolve("log").resolve("run-graded.args");
        Files.createDirectories(args.getParent());
        Files.write(args, command.subList(1, command.size()).stream().map(StudentGrading::quoted).toList(),
                StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(command.get(0), "@" + args.toAbsolutePath()).directory(abs.toFile())
                .redirectErrorStream(true).redirectOutput(abs.resolve("grade.log").toFile()).start();
        process.getOutputStream().close();
        try {
            return process.waitFor();
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String quoted(String arg) {
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Deletes a folder and everything in it, links included but never followed. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Copies a folder's regular files. */
    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
