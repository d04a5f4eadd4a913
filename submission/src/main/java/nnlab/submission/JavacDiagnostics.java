package nnlab.submission;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** javac's diagnostics written as javac prints them, with the file's path relative to the source root. */
final class JavacDiagnostics {

    /** At most this many errors are written per file; javac's own limit is 100 for the whole compilation. */
    static final int MAX_PER_FILE = 30;

    /** A class name with its package: lower-case segments and dots, then an upper-case name. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w$.])((?:[a-z_$][\\w$]*\\.)+)([A-Z][\\w$]*)");

    private JavacDiagnostics() {
    }

    /**
     * One error: {@code path:line:column: error: message}, the line of source, a caret under the column (tabs kept,
     * so the caret lines up), then the message's further lines (such as javac's {@code symbol:} and
     * {@code location:}).
     */
    static String format(Diagnostic<? extends JavaFileObject> d, String path) {
        String[] message = message(d).split("\n", -1);
        StringBuilder out = new StringBuilder(path);
        if (d.getLineNumber() != Diagnostic.NOPOS) {
            out.append(':').append(d.getLineNumber());
            if (d.getColumnNumber() != Diagnostic.NOPOS) {
                out.append(':').append(d.getColumnNumber());
            }
        }
        out.append(": ").append(kind(d)).append(": ").append(message[0]);
        String[] source = sourceLine(d);
        if (source != null) {
            out.append('\n').append(source[0]).append('\n').append(source[1]);
        }
        for (int i = 1; i < message.length; i++) {
            out.append('\n').append(message[i]);
        }
        return out.toString();
    }

    /** Every error of one file, one block each, the first {@value #MAX_PER_FILE} only. */
    static String formatAll(List<Diagnostic<? extends JavaFileObject>> errors, String path) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(errors.size(), MAX_PER_FILE);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(format(errors.get(i), path));
        }
        if (errors.size() > shown) {
            out.append("\n… and ").append(errors.size() - shown).append(" more errors");
        }
        return out.toString();
    }

    /** Where and what, for one line of text: {@code line 42: ';' expected}. */
    static String brief(Diagnostic<? extends JavaFileObject> d) {
        String first = message(d).split("\n", -1)[0];
        return d.getLineNumber() == Diagnostic.NOPOS ? first : "line " + d.getLineNumber() + ": " + first;
    }

    /** The message in English, with class names as javac's command line prints them (see {@link #simpleNames}). */
    static String message(Diagnostic<? extends JavaFileObject> d) {
        return simpleNames(d.getMessage(Locale.ENGLISH).replace("\r\n", "\n").replace('\r', '\n'));
    }

    /**
     * The message with package qualifiers dropped from class names, as javac's own printer does: {@code
     * java.lang.String cannot be converted to int} reads {@code String cannot be converted to int}. A simple name
     * that two different classes of the message share stays qualified, and so does a package's own name.
     */
    static String simpleNames(String message) {
        Map<String, Set<String>> qualifiedBySimple = new HashMap<>();
        Matcher m = QUALIFIED.matcher(message);
        while (m.find()) {
            if (!isPackageName(message, m.start())) {
                qualifiedBySimple.computeIfAbsent(m.group(2), k -> new HashSet<>()).add(m.group());
            }
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            boolean unique = !isPackageName(message, m.start()) && qualifiedBySimple.get(m.group(2)).size() == 1;
            m.appendReplacement(out, Matcher.quoteReplacement(unique ? m.group(2) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isPackageName(String message, int start) {
        return message.startsWith("package ", Math.max(0, start - "package ".length()));
    }

    private static String kind(Diagnostic<? extends JavaFileObject> d) {
        return switch (d.getKind()) {
            case ERROR -> "error";
            case WARNING, MANDATORY_WARNING -> "warning";
            default -> "note";
        };
    }

    /** The line holding the diagnostic's position and the caret line under it, or null without a position. */
    private static String[] sourceLine(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null || d.getPosition() == Diagnostic.NOPOS) {
            return null;
        }
        CharSequence text;
        try {
            text = d.getSource().getCharContent(true);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        int position = (int) Math.min(d.getPosition(), text.length());
        int start = position;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        int end = position;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        StringBuilder caret = new StringBuilder();
        for (int i = start; i < position; i++) {
            caret.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        caret.append('^');
        return new String[] {text.subSequence(start, end).toString(), caret.toString()};
    }
}
