package nnlab.grader.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** CSV lines (RFC 4180 quoting, {@code \n} line ends) and the number formats every class output shares. */
final class Csv {

    private final StringBuilder text = new StringBuilder();

    Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quoted(cells.get(i)));
        }
        text.append('\n');
        return this;
    }

    Csv row(String... cells) {
        return row(List.of(cells));
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    /** Points as the score table prints them: at most two decimals, no trailing zeros. */
    static String points(double p) {
        String s = String.format(Locale.ROOT, "%.2f", p + 0.0);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    /** A percentage with one decimal. */
    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f", p);
    }

    /** A rate in [0, 1] with at most four decimals. */
    static String rate(double r) {
        String s = String.format(Locale.ROOT, "%.4f", r);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
