package nnlab.grader.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import nnlab.grader.results.Categories;
import nnlab.grader.results.GradedOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlReportTest {

    @TempDir
    Path dir;

    private static final String CE = "nnlab.lab3.LossesTest#crossEntropy";

    private final List<GradedOutcome> outcomes = List.of(
            new GradedOutcome(CE, "L3.2 cross-entropy from logits · seed 000's trained logits", "L3.2", 0.5, 0.5,
                    Categories.PASSED, "", 0.012),
            new GradedOutcome(CE, "L3.2 cross-entropy from logits · In [29]: scores <a & b>", "L3.2", 0, 0.5,
                    Categories.WRONG_RESULT, "L3.2 loss differs\n  hint: softmax applied twice", 0.5),
            new GradedOutcome(CE, "L3.2 cross-entropy from logits · hidden case 3", "L3.2", 0, 0.5,
                    Categories.TIMED_OUT, "L3.2 ran past its 10 s", 10, "after_published", List.of()),
            new GradedOutcome("nnlab.lab3.LossesTest#oneHot", "L3.1 one-hot encoding", "L3.1", 0, 1,
                    Categories.SKIPPED, "skipped: not this term", 0));

    @Test
    void namesCarryTheStepIdAndTheCaseAndTheFileIsValidSurefireXml() throws Exception {
        JUnitXmlReport.write(dir, outcomes);
        Path file = dir.resolve("TEST-nnlab.lab3.LossesTest.xml");

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("surefire-report.xsd")).newValidator()
                .validate(new StreamSource(file.toFile()));

        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getDocumentElement();
        assertThat(suite.getAttribute("name")).isEqualTo("nnlab.lab3.LossesTest");
        assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors"),
                suite.getAttribute("skipped"))).containsExactly("4", "1", "1", "1");
        NodeList cases = suite.getElementsByTagName("testcase");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            shown.add(c.getAttribute("classname") + " / " + c.getAttribute("name"));
        }
        assertThat(shown).containsExactly(
                "nnlab.lab3.L3 losses / L3.2 cross-entropy from logits [case 1]",
                "nnlab.lab3.L3 losses / L3.2 cross-entropy from logits [case 2]",
                "nnlab.lab3.L3 losses / L3.2 cross-entropy from logits [hidden case 1]",
                "nnlab.lab3.L3 losses / L3.1 one-hot encoding");
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo(Categories.WRONG_RESULT);
        assertThat(failure.getAttribute("message")).isEqualTo("L3.2 loss differs");
        assertThat(failure.getTextContent()).contains("hint: softmax applied twice");
        assertThat(((Element) suite.getElementsByTagName("error").item(0)).getAttribute("type"))
                .isEqualTo(Categories.TIMED_OUT);
        assertThat(((Element) suite.getElementsByTagName("skipped").item(0)).hasAttribute("type")).isFalse();
        assertThat(Files.readString(file)).doesNotContain("(FixtureCase, NDManager)");
    }
}
