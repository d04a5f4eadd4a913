package nnlab.grader.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Renders a command's header, description or footer wrapped at spaces only, one element a paragraph. picocli wraps
 * with the JDK's line {@link java.text.BreakIterator}, which breaks after a dot, so a file name such as
 * {@code gradebook-canvas.csv} came out as {@code gradebook-canvas.} and {@code csv} on the next line; the names in
 * these texts are what instructors type, so they must stay whole. A paragraph keeps its leading spaces; when it starts
 * with a label ({@code publish: ...}) its wrapped lines line up after the label; a word longer than the width gets a
 * line of its own.
 */
final class WholeWordSections implements IHelpSectionRenderer {

    /** The sections this renders. */
    enum Section { HEADER, DESCRIPTION, FOOTER }

    private final Section section;

    WholeWordSections(Section section) {
        this.section = section;
    }

    /** Installs these renderers and {@link OptionTable}'s on {@code line} and every subcommand it has now. */
    static void install(CommandLine line) {
        line.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_HEADER, new WholeWordSections(Section.HEADER));
        line.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                new WholeWordSections(Section.DESCRIPTION));
        line.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, new WholeWordSections(Section.FOOTER));
        line.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, new OptionTable(true));
        line.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, new OptionTable(false));
        line.getSubcommands().values().forEach(WholeWordSections::install);
    }

    @Override
    public String render(Help help) {
        UsageMessageSpec usage = help.commandSpec().usageMessage();
        String[] paragraphs = switch (section) {
            case HEADER -> usage.header();
            case DESCRIPTION -> usage.description();
            case FOOTER -> usage.footer();
        };
        StringBuilder text = new StringBuilder();
        for (String paragraph : paragraphs) {
            wrap(paragraph, usage.width())
                    .forEach(l -> text.append(l).append(System.lineSeparator()));
        }
        return text.toString();
    }

    /** {@code paragraph} in lines of at most {@code width} characters, broken at spaces only. */
    static List<String> wrap(String paragraph, int width) {
        String indent = paragraph.substring(0, paragraph.length() - paragraph.stripLeading().length());
        String[] words = paragraph.strip().split(" +");
        String hanging = indent + " ".repeat(words[0].endsWith(":") ? words[0].length() + 1 : indent.isEmpty() ? 0 : 2);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        boolean empty = true;
        for (String word : words) {
            if (!empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(hanging);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }
}
