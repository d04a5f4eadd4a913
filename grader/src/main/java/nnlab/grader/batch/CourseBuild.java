package nnlab.grader.batch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The course's built classes that grade a submission: the graded tests, the class path they run on (the grading
 * kit, its libraries and the course's implementation, which each student's compiled classes replace), and the class
 * path a student's files compile against. The {@code nnlab} launcher writes the two class paths with Maven's
 * dependency plugin to {@code target/nnlab/}.
 *
 * @param testClasses the graded test classes ({@code grader/target/test-classes})
 * @param classPath the grading class path, the course's implementation included
 * @param implementation the entry of {@code classPath} that a student's classes replace
 * @param compileClassPath what the student's files compile against
 */
public record CourseBuild(Path testClasses, List<Path> classPath, Path implementation, List<Path> compileClassPath) {

    public CourseBuild {
        classPath = List.copyOf(classPath);
        compileClassPath = List.copyOf(compileClassPath);
    }

    /**
     * What the launcher built in the course at {@code root}.
     *
     * @throws BatchInputException when it is not there (nnlab was not started by its launcher)
     */
    public static CourseBuild ofLauncher(Path root) {
        Path dir = root.resolve("target/nnlab");
        List<Path> grader = new ArrayList<>(List.of(root.resolve("grader/target/test-classes"),
                root.resolve("grader/target/classes")));
        grader.addAll(read(dir.resolve("grader.classpath")));
        List<Path> exercises = new ArrayList<>(read(dir.resolve("exercises.classpath")));
        exercises.removeIf(isModule("nnlab-submission", "submission"));
        Path implementation = grader.stream().filter(isModule("nnlab-exercises", "exercises")).findFirst()
                .orElseThrow(() -> new BatchInputException(dir.resolve("grader.classpath")
                        + ": the course's exercises are not on it (run ./nnlab again to rebuild)"));
        return new CourseBuild(grader.get(0), grader, implementation, exercises);
    }

    /** Whether a class path entry is a module's jar ({@code artifact-*.jar}) or classes ({@code module/target/classes}). */
    static Predicate<Path> isModule(String artifact, String module) {
        return p -> p.getFileName().toString().startsWith(artifact + "-") && p.getFileName().toString().endsWith(".jar")
                || p.endsWith(Path.of(module, "target", "classes"));
    }

    private static List<Path> read(Path file) {
        try {
            return Arrays.stream(Files.readString(file).strip().split(File.pathSeparator)).filter(s -> !s.isBlank())
                    .map(s -> Path.of(s.strip())).toList();
        } catch (IOException e) {
            throw new BatchInputException(file + ": missing; start nnlab with the ./nnlab launcher, which builds the"
                    + " course and writes it");
        }
    }

    /** The grading class path with {@code classes} in place of the course's implementation. */
    public String classPathWith(Path classes) {
        return String.join(File.pathSeparator, classPath.stream().map(p -> p.equals(implementation) ? classes : p)
                .map(Path::toString).toList());
    }

    /** The grading class path as it is (the course's implementation): what the grading parent JVM runs on. */
    public String classPathString() {
        return String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList());
    }
}
