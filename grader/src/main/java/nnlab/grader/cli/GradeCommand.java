package nnlab.grader.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nnlab.grader.batch.AllureReports;
import nnlab.grader.batch.BatchGrader;
import nnlab.grader.batch.BatchInputException;
import nnlab.grader.batch.BatchSettings;
import nnlab.grader.batch.ClassOutputs;
import nnlab.grader.batch.Course;
import nnlab.grader.batch.CourseBuild;
import nnlab.grader.batch.IntakeLimits;
import nnlab.grader.batch.Roster;
import nnlab.grader.batch.Shard;
import nnlab.grader.batch.SubmissionDiscovery;
import nnlab.grader.batch.SubmissionSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nnlab grade}: grades a class of submissions with the course's own tests, one folder per student and the
 * class's gradebook and report. Exit code 0 whatever the submissions do; 2 for a wrong command line; 3 when the
 * grader itself failed.
 */
@Command(name = "grade", mixinStandardHelpOptions = true, versionProvider = NnlabVersion.class,
        header = "Grade a class of submissions with the course's own tests.",
        description = {"Grades submissions with the course's own tests: of each, only the files students write are"
            + " taken; everything else comes from the course.",
            "A SUBMISSION is a checkout, a folder or a .zip/.tar/.tar.gz/.tgz of one; a folder holding several is a"
            + " class (one per student, named after the folder or archive).",
            "Writes DIR/<student>/ (results.json, junit/, allure-results/, allure-report/index.html,"
            + " submission.json) and the class outputs in DIR."},
        footer = {"", "Example: ./nnlab grade --out graded --roster roster.csv submissions/"})
final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder")
    private Path out;

    @Option(names = "--roster", paramLabel = "FILE", description = "CSV with a header: id, name (or github),"
            + " optional email, sis_id, section, repo")
    private Path roster;

    @Option(names = "--jobs", paramLabel = "N", description = "students graded at once (default: the number of"
            + " processors, ${DEFAULT-VALUE})")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--shard", paramLabel = "K/N", description = "grade only the students whose index in the class"
            + " sorted by name is K-1 modulo N")
    private String shard = "1/1";

    @Option(names = "--hidden-visibility", paramLabel = "V", description = "Gradescope visibility of hidden cases:"
            + " after_published, hidden, after_due_date or visible (default: ${DEFAULT-VALUE})")
    private String hiddenVisibility = "after_published";

    @Option(names = "--allure-report", negatable = true, description = "write each student's one-file Allure report"
            + " (default: true; --no-allure-report saves about a second a student)")
    private boolean allureReport = true;

    @Option(names = "--course", paramLabel = "DIR", hidden = true, description = "the course repository (default:"
            + " the system property nnlab.course.root, else the current folder)")
    private Path courseRoot = Path.of(System.getProperty("nnlab.course.root", "."));

    @Parameters(arity = "1..*", paramLabel = "SUBMISSION", description = "checkouts, folders or archives, or"
            + " folders of them")
    private List<Path> submissions;

    @Override
    public Integer call() throws Exception {
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (jobs < 1) {
            throw new BatchInputException("--jobs " + jobs + ": expected 1 or more");
        }
        if (!BatchSettings.VISIBILITIES.contains(hiddenVisibility)) {
            throw new BatchInputException("--hidden-visibility '" + hiddenVisibility + "': expected one of "
                    + String.join(", ", BatchSettings.VISIBILITIES));
        }
        Shard part = Shard.parse(shard);
        if (roster != null) {
            Inputs.readableFile(spec, "--roster", roster, "a CSV roster with a header: id, name (or github)");
        }
        Optional<Roster> students = roster == null ? Optional.empty() : Optional.of(Roster.read(roster));
        List<SubmissionSource> sources = SubmissionDiscovery.discover(submissions);
        Path root = courseRoot.toAbsolutePath().normalize();
        Course course = Course.at(root);
        CourseBuild build = CourseBuild.ofLauncher(root);
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BatchInputException(out + ": not a folder");
        }
        Files.createDirectories(dir);
        BatchSettings settings = new BatchSettings(dir, course, build, IntakeLimits.DEFAULT, hiddenVisibility,
                allureReport ? AllureReports.find(root) : Optional.empty(), 768);
        if (allureReport && settings.allure().isEmpty()) {
            log.println("nnlab grade: Allure is not unpacked under " + root.resolve("target/nnlab")
                    + " (the ./nnlab launcher does it): no Allure reports");
        }
        BatchGrader.Summary summary = new BatchGrader(settings, log).grade(sources, students, part, jobs);
        ClassOutputs.write(dir, Optional.ofNullable(roster));
        log.println("nnlab grade: " + summary.graded().size() + " students written to " + out);
        if (summary.graderFailed()) {
            log.println("nnlab grade: the grader itself failed for some students (see their grade.log)");
            return 3;
        }
        return 0;
    }
}
