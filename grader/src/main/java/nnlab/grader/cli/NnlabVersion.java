package nnlab.grader.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code nnlab -V}: the version of the pom the grader was built from, so that a gradebook or a bug report can say
 * which nnlab made it. Maven writes it into {@code version.properties} when it copies the resources (the launcher
 * runs from {@code target/classes}, where no jar manifest exists to read it from).
 */
final class NnlabVersion implements IVersionProvider {

    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"nnlab " + version()};
    }

    /** The pom's version, such as {@code 1.0.0-SNAPSHOT}. */
    static String version() {
        try (InputStream in = NnlabVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path (build the grader with"
                        + " Maven, which writes it)");
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "");
            if (version.isEmpty() || version.contains("${")) {
                throw new IllegalStateException(RESOURCE + ": version is '" + version + "', expected the pom's"
                        + " version (Maven's resource filtering did not run)");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
