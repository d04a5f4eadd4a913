package nnlab.grader.junit;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nnlab.grader.results.ResultsStore;

/**
 * The run-wide files of the Allure results folder: {@code categories.json} (failures grouped as "not implemented
 * yet", "wrong result" and "error") and {@code environment.properties} (what was graded, on which engine, device
 * and thread count).
 */
public final class AllureSetup {

    private AllureSetup() {
    }

    static void writeRunFiles() {
        String dir = System.getProperty("allure.results.directory");
        if (dir != null) {
            writeRunFiles(Path.of(dir), engineDescription());
        }
    }

    /**
     * Writes the categories and the environment panel into an Allure results folder.
     *
     * @param engine the engine, its version and device, as the JVM that ran the tests saw them
     */
    public static void writeRunFiles(Path dir, String engine) {
        try {
            Path results = Files.createDirectories(dir);
            try (InputStream categories = AllureSetup.class.getResourceAsStream("/nnlab/grader/categories.json")) {
                ResultsStore.writeAtomically(results.resolve("categories.json"), categories.readAllBytes());
            }
            String environment = String.join(System.lineSeparator(),
                    "implementation=" + System.getProperty("nnlab.implementation", "unknown"),
                    "djl.engine=" + engine,
                    "pytorch.threads=" + System.getProperty("ai.djl.pytorch.num_threads", "default"),
                    "pytorch.interop.threads=" + System.getProperty("ai.djl.pytorch.num_interop_threads", "default"),
                    "djl.offline=" + System.getProperty("ai.djl.offline", "false"),
                    "java=" + System.getProperty("java.version"),
                    "os=" + (System.getProperty("os.name") + " " + System.getProperty("os.arch")).toLowerCase(Locale.ROOT),
                    "");
            ResultsStore.writeAtomically(results.resolve("environment.properties"),
                    environment.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("writing Allure's run files to " + dir, e);
        }
    }

    private static String engineDescription() {
        try {
            Engine engine = Engine.getInstance();
            return engine.getEngineName() + " " + engine.getVersion() + " on " + engine.defaultDevice();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }
}
