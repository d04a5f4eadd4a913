package nnlab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --help} is complete and readable at 80 and 100 columns, and {@code -V} prints the pom's version. */
class HelpTextTest {

    private static String usage(CommandLine line, int width) {
        line.setUsageHelpAutoWidth(false);
        line.setUsageHelpWidth(width);
        return line.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 100})
    void everyHelpFitsTheWidthAndHoldsEveryDescriptionWhole(int width) {
        CommandLine root = NnlabCommand.commandLine();
        String top = usage(root, width);
        assertThat(top.lines()).as(top).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            CommandSpec spec = sub.getValue().getCommandSpec();
            // The list of commands shows the header, one whole sentence, never a description cut at its first line.
            assertThat(spec.usageMessage().header()).as(sub.getKey()).hasSize(1);
            String header = spec.usageMessage().header()[0];
            assertThat(header).as(sub.getKey()).endsWith(".");
            assertThat(words(top)).as(top).contains(sub.getKey() + " " + header);
            String help = usage(sub.getValue(), width);
            assertThat(help.lines()).as(help).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
            assertThat(brokenNames(help)).as(help).isEmpty();
            for (String paragraph : spec.usageMessage().description()) {
                // One paragraph per element: an element that ends mid-sentence wraps raggedly at other widths.
                assertThat(paragraph).as(sub.getKey()).matches("(?s).*[.:]$");
                assertThat(words(help)).as(help).contains(words(paragraph));
            }
        }
    }

    /** Lines that end inside a name such as {@code results.json}, wrapped after its dot (the JDK breaks there). */
    private static List<String> brokenNames(String help) {
        List<String> lines = help.lines().toList();
        return java.util.stream.IntStream.range(0, lines.size() - 1)
                .filter(i -> lines.get(i).matches(".*[A-Za-z0-9]\\.")
                        && lines.get(i + 1).matches(" *(json|csv|html|xml|yml|py|md|txt|npz|gz|tgz|zip|tar)\\b.*"))
                .mapToObj(i -> lines.get(i) + "⏎" + lines.get(i + 1)).toList();
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 100})
    void releaseHelpListsEveryMode(int width) {
        CommandLine release = NnlabCommand.commandLine().getSubcommands().get("release");
        String help = words(usage(release, width));
        for (ReleaseCommand.Mode mode : ReleaseCommand.Mode.values()) {
            assertThat(help).contains(mode.name() + ": ").contains(mode.name());
        }
        assertThat(help).contains("MODE generate, check, publish");
        String top = words(usage(NnlabCommand.commandLine(), width));
        assertThat(top).contains("release Generate or check the stubs, or publish the student release.");
    }

    @Test
    void versionIsThePomsVersion() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        Element parent = (Element) project.getElementsByTagName("parent").item(0);
        String pomVersion = parent.getElementsByTagName("version").item(0).getTextContent().strip();
        CommandOutput run = CommandOutput.of("-V");
        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).isEqualTo("nnlab " + pomVersion).isNotEqualTo("nnlab 1.0");
        assertThat(CommandOutput.of("report", "--version").out().strip()).isEqualTo("nnlab " + pomVersion);
    }

    @Test
    void theLaunchersOwnHelpListsEveryCommandWithItsHeader() throws IOException {
        // ./nnlab --help answers before the first build, so it has its own copy of the list: it must not drift.
        String launcher = Files.readString(Path.of("..", "nnlab"), StandardCharsets.UTF_8);
        String help = launcher.substring(launcher.indexOf("<<'HELP'"), launcher.indexOf("\nHELP\n"));
        assertThat(help.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        CommandLine root = NnlabCommand.commandLine();
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            String header = sub.getValue().getCommandSpec().usageMessage().header()[0];
            assertThat(words(help)).as(help).contains(sub.getKey() + " " + header);
        }
        List<String> listed = help.lines().filter(l -> l.matches("  [a-z][a-z-]+ .*"))
                .map(l -> l.strip().split(" ")[0]).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(root.getSubcommands().keySet());
        assertThat(Arrays.asList(help.split("\n"))).anyMatch(l -> l.contains("Exit codes"));
    }
}
