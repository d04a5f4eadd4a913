package nnlab.grader.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Renders a command's options (or its positional parameters) as picocli lays them out, names on the left and
 * descriptions on the right, but wraps the descriptions at spaces only, as {@link WholeWordSections} does for the
 * description: picocli's own wrapping breaks {@code results.json} after its dot. The names and the description
 * texts (defaults filled in) still come from picocli's renderers.
 */
final class OptionTable implements IHelpSectionRenderer {

    /** Spaces before the names, and between the names and the descriptions. */
    private static final int GAP = 2;

    private final boolean parameters;

    OptionTable(boolean parameters) {
        this.parameters = parameters;
    }

    @Override
    public String render(Help help) {
        List<Text[][]> entries = entries(help, parameters);
        int width = help.commandSpec().usageMessage().width();
        int namesMax = GAP + 2 + 1 + 1 + help.commandSpec().usageMessage().longOptionsMaxWidth();
        int namesWidth = 0;
        // Options and parameters are two sections: both line up on the widest name of either.
        for (boolean positional : new boolean[] {true, false}) {
            for (Text[][] entry : entries(help, positional)) {
                namesWidth = Math.max(namesWidth, Math.min(names(entry[0]).length(), namesMax));
            }
        }
        int column = GAP + namesWidth + GAP;
        StringBuilder out = new StringBuilder();
        for (Text[][] entry : entries) {
            String names = " ".repeat(GAP) + names(entry[0]);
            List<String> description = new ArrayList<>();
            for (Text[] row : entry) {
                String text = row.length > 4 ? row[4].plainString().strip() : "";
                if (!text.isEmpty()) {
                    description.addAll(WholeWordSections.wrap(text, Math.max(20, width - column)));
                }
            }
            if (names.length() + GAP > column && !description.isEmpty()) {
                out.append(names).append(System.lineSeparator());
                names = "";
            }
            for (int i = 0; i < Math.max(1, description.size()); i++) {
                String left = i == 0 ? names : "";
                String right = i < description.size() ? description.get(i) : "";
                out.append((left + " ".repeat(Math.max(0, column - left.length())) + right).stripTrailing())
                        .append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    /** picocli's rows for each positional parameter, or for each option as picocli sorts them; none hidden. */
    private static List<Text[][]> entries(Help help, boolean positional) {
        List<Text[][]> entries = new ArrayList<>();
        if (positional) {
            for (PositionalParamSpec p : help.commandSpec().positionalParameters()) {
                if (!p.hidden()) {
                    entries.add(help.createDefaultParameterRenderer().render(p, help.parameterLabelRenderer(),
                            help.colorScheme()));
                }
            }
            return entries;
        }
        List<OptionSpec> options = new ArrayList<>(help.commandSpec().options().stream().filter(o -> !o.hidden())
                .toList());
        options.sort(Help.createShortOptionNameComparator());
        for (OptionSpec o : options) {
            entries.add(help.createDefaultOptionRenderer().render(o, help.parameterLabelRenderer(),
                    help.colorScheme()));
        }
        return entries;
    }

    /** The names column of picocli's first row: required marker, short name, comma, long name and label. */
    private static String names(Text[] row) {
        String marker = row[0].plainString().strip();
        String shortName = row[1].plainString();
        String comma = row[2].plainString();
        String longName = row[3].plainString();
        return (pad(marker, 0) + pad(shortName, 2) + pad(comma, 1) + " " + longName).stripTrailing();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
