package nnlab.grader.batch;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a class is graded.
 *
 * @param out the output folder: one folder per student, and the class outputs
 * @param course the course that grades
 * @param build its built classes
 * @param limits what a submission may hold
 * @param hiddenVisibility the Gradescope visibility of hidden cases in results.json
 * @param allure the Allure report maker, when one-file reports are wanted and Allure is unpacked
 * @param heapMiB the grading parent JVM's heap
 */
public record BatchSettings(Path out, Course course, CourseBuild build, IntakeLimits limits, String hiddenVisibility,
        Optional<AllureReports> allure, int heapMiB) {

    /** The visibilities Gradescope knows. */
    public static final java.util.List<String> VISIBILITIES = java.util.List.of("after_published", "hidden",
            "after_due_date", "visible");
}
