package nnlab.grader.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results.json and its parts are written through {@link ResultsStore#writeAtomically}: their modes. */
class AtomicWriteTest {

    @TempDir
    Path tmp;

    @Test
    void aFileWrittenAtomicallyIsReadableByOthers() throws Exception {
        assumeTrue(Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX modes");
        Path results = tmp.resolve("results.json");
        ResultsStore.writeAtomically(results, "{}".getBytes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(results))).isEqualTo("rw-r--r--");
        ResultsStore.writeAtomically(results, "{\"score\": 1}".getBytes()); // replacing keeps the mode
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(results))).isEqualTo("rw-r--r--");
        assertThat(results).hasContent("{\"score\": 1}");
        assertThat(tmp).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aGradingRunWritesResultsJsonWith0644() throws Exception {
        assumeTrue(Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX modes");
        ResultsStore store = new ResultsStore(tmp.resolve("grade"));
        store.record(new GradedRun("r", "x", 1, java.util.List.of()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.resultsFile())))
                .isEqualTo("rw-r--r--");
    }
}
