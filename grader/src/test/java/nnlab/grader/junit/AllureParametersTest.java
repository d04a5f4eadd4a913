package nnlab.grader.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nnlab.grader.sample.ManagerSampleSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Under Allure's own JUnit integration (IDE runs), a graded test's NDManager argument is a hidden parameter. */
class AllureParametersTest {

    @TempDir
    Path results;

    @Test
    void theManagerIsHiddenAndTheCaseIsShown() throws Exception {
        AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(results));
        AllureLifecycle before = Allure.getLifecycle();
        Allure.setLifecycle(lifecycle);
        try {
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false)
                    .addTestExecutionListeners(new AllureJunitPlatform(lifecycle)).build());
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(ManagerSampleSteps.class))
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true").build());
        } finally {
            Allure.setLifecycle(before);
        }
        List<String> parameters = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.toString().endsWith("-result.json")).sorted().toList()) {
                JsonNode r = new ObjectMapper().readTree(f.toFile());
                r.path("parameters").forEach(p -> {
                    // Allure's own hidden parameter: the JUnit unique id, which its history uses.
                    if (!p.path("value").asText().startsWith("[engine:")) {
                        parameters.add(p.path("value").asText().replaceAll("uid-\\S+", "uid").replaceAll(
                                " Parent Name: uid| Resource size: \\d+", "") + " (" + p.path("mode").asText("default")
                                + ")");
                    }
                });
            }
        }
        assertThat(parameters).containsExactlyInAnyOrder("1 (default)", "2 (default)",
                "Name: uid isOpen: true (hidden)", "Name: uid isOpen: true (hidden)");
    }
}
