package nnlab.grader.batch;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nnlab.grader.results.AllureHistory;

/**
 * One-file Allure reports ({@code allure generate --single-file}) made inside this JVM: Allure's command line
 * (the {@code allure-commandline} distribution the course pins, {@code allure.report.version}, unpacked by the
 * launcher under {@code target/nnlab/}) is loaded once in a class loader of its own, so a report costs no JVM start.
 * Reports are made one at a time.
 */
public final class AllureReports {

    private final Path home;
    private ClassLoader loader;

    private AllureReports(Path home) {
        this.home = home;
    }

    /** Allure's command line unpacked in the course at {@code root}, if the launcher has unpacked it. */
    public static Optional<AllureReports> find(Path root) {
        Path dir = root.resolve("target/nnlab");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith("allure-") && Files.isDirectory(p.resolve("lib")))
                    .sorted().findFirst().map(AllureReports::new);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes {@code report/index.html} from {@code results}, continuing the history of the report already there (a
     * student graded again): its history goes into the results first, as Allure keeps history.
     *
     * @throws IOException when Allure fails, with its reason
     */
    public synchronized void generate(Path results, Path report) throws IOException {
        AllureHistory.carryOver(report, results);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            ClassLoader allure = loader();
            Thread.currentThread().setContextClassLoader(allure);
            Class<?> commandLine = allure.loadClass("io.qameta.allure.CommandLine");
            Object command = commandLine.getConstructor(Path.class).newInstance(home);
            Object parsed = commandLine.getMethod("parse", String[].class).invoke(command, (Object) new String[] {
                "generate", "--single-file", "--clean", "-o", report.toString(), results.toString()});
            if (parsed instanceof Optional<?> exit && exit.isPresent()) {
                throw new IOException("Allure refused its arguments (" + exit.get() + ")");
            }
            Object code = commandLine.getMethod("run").invoke(command);
            if (!String.valueOf(code).equals("NO_ERROR") || !Files.isRegularFile(report.resolve("index.html"))) {
                throw new IOException("Allure ended with " + code);
            }
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException i && i.getCause() != null ? i.getCause() : e;
            throw new IOException("Allure failed: " + cause, cause);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private ClassLoader loader() throws IOException {
        if (loader == null) {
            List<URL> urls = new ArrayList<>();
            try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
            // Allure logs through logback: only its errors, so a class's run prints one line per student.
            Path quiet = Files.createTempFile("nnlab-allure-logback", ".xml");
            quiet.toFile().deleteOnExit();
            Files.writeString(quiet, "<configuration><appender name=\"err\" class=\"ch.qos.logback.core.ConsoleAppender\">"
                    + "<target>System.err</target><encoder><pattern>allure: %msg%n</pattern></encoder></appender>"
                    + "<root level=\"ERROR\"><appender-ref ref=\"err\"/></root></configuration>");
            System.setProperty("logback.configurationFile", quiet.toString());
            // Its own Jackson and logging, apart from nnlab's.
            loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        }
        return loader;
    }
}
