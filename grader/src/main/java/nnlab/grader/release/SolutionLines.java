package nnlab.grader.release;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nnlab.course.Solution;

/**
 * The lines of the reference's solutions that must not reach students anywhere else: every statement of every
 * {@code @Solution} body, normalised to its Java tokens without whitespace or comments, unless it is trivial.
 *
 * <p><b>Trivial</b> (not collected), because such a line says nothing about a step's answer and ordinary given code
 * or tests must write the same:
 * <ul>
 *   <li>compound statements themselves (blocks, {@code if}, loops, {@code try}, {@code switch}): what they compute
 *       is in the statements they hold, which are collected one by one; their header alone (a loop over a list, a
 *       condition on a flag) is the shape of every program, not an answer;</li>
 *   <li>{@code break}, {@code continue}, {@code return;} and empty statements;</li>
 *   <li>the expression body of a lambda ({@code z -> z.softmax(-1)}): it is part of the statement that holds the
 *       lambda, which is collected whole;</li>
 *   <li>a statement whose every expression is <em>plain</em>: {@code return x;}, {@code NDArray logits;},
 *       {@code int n = dataset.size();}, {@code List<Float> losses = new ArrayList<>();}, {@code i++;},
 *       {@code this.w1 = w1;}, {@code collector.backward(loss);}. A plain expression is a name, a literal,
 *       {@code this}, a field of a plain expression, a chain of calls without arguments ({@code p.getArray()
 *       .getShape()}), a lookup by name ({@code getParameters().get("weight")}), one call on a name that hands on
 *       plain values with no number among them ({@code collector.backward(loss)}, {@code list.add(e.features())},
 *       {@code block.add(Activation.reluBlock())}), {@code new T()} without arguments,
 *       {@code new T[n]}, or a cast, sign or parenthesis around a plain expression.</li>
 * </ul>
 * Everything else is collected: a number handed to an operation ({@code return logits.softmax(1);} is a whole
 * step), an operation on the result of another ({@code p.subi(p.getGradient().mul(alpha))}), arithmetic, a
 * lambda, a {@code throw}. The line is drawn there because the answer of a step is which operations, in which
 * order, with which constants; plumbing (reading a value, passing a variable on, declaring an empty list) is what
 * every program around the same API writes, and flagging it would flag the graded tests themselves.
 */
public final class SolutionLines {

    /** One collected line: where it is in the reference, its step, its text as written and as compared. */
    public record Line(String step, String origin, int line, String text, String normalised) {
    }

    private static final String SOLUTION = Solution.class.getSimpleName();

    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    /**
     * The non-trivial solution lines of every Java file under {@code referenceJava}, each once (the first place it
     * occurs), in file order.
     *
     * @param referenceJava the reference's Java sources, such as {@code reference/src/main/java}
     * @param shownAs how messages name that folder, such as {@code reference/src/main/java}
     */
    public List<Line> of(Path referenceJava, String shownAs) {
        if (!Files.isDirectory(referenceJava)) {
            throw new ReleaseException(referenceJava + ": not a folder (expected the reference's Java sources)");
        }
        Map<String, Line> lines = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(referenceJava)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String origin = shownAs + "/" + referenceJava.relativize(file).toString().replace('\\', '/');
                for (Line line : ofSource(origin, Files.readString(file, StandardCharsets.UTF_8))) {
                    lines.putIfAbsent(line.normalised(), line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + referenceJava, e);
        }
        return List.copyOf(lines.values());
    }

    /** The non-trivial solution lines of one source file. */
    public List<Line> ofSource(String origin, String source) {
        ParseResult<CompilationUnit> parsed = parser.parse(source);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            throw new ReleaseException(origin + ": does not parse: " + parsed.getProblems());
        }
        List<Line> lines = new ArrayList<>();
        for (CallableDeclaration<?> callable : parsed.getResult().get().findAll(CallableDeclaration.class)) {
            // StubGenerator has already refused a malformed marker; a step that is no literal keeps its text
            Optional<String> step = callable.getAnnotationByName(SOLUTION).map(a -> a.isSingleMemberAnnotationExpr()
                    ? a.asSingleMemberAnnotationExpr().getMemberValue() : a).map(v -> v.isStringLiteralExpr()
                    ? v.asStringLiteralExpr().getValue() : v.toString());
            if (step.isEmpty()) {
                continue;
            }
            for (Statement statement : callable.findAll(Statement.class)) {
                if (trivial(statement) || statement.getTokenRange().isEmpty()
                        || statement.getParentNode().filter(LambdaExpr.class::isInstance).isPresent()) {
                    // a lambda's expression body is part of the line that holds the lambda, compared as a whole
                    continue;
                }
                lines.add(new Line(step.get(), origin, statement.getBegin().map(p -> p.line).orElse(0),
                        shown(statement.getTokenRange().get()),
                        normalised(statement.getTokenRange().get())));
            }
        }
        return lines;
    }

    /** The tokens' text without comments, every run of whitespace one space: the line as a message shows it. */
    static String shown(TokenRange tokens) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (JavaToken token : tokens) {
            if (token.getCategory().isComment()) {
                continue;
            }
            if (token.getCategory().isWhitespace()) {
                space = out.length() > 0;
                continue;
            }
            out.append(space ? " " : "").append(token.getText());
            space = false;
        }
        return out.toString();
    }

    /** The tokens' text, joined without whitespace or comments. */
    static String normalised(TokenRange tokens) {
        StringBuilder out = new StringBuilder();
        for (JavaToken token : tokens) {
            if (!token.getCategory().isWhitespaceOrComment()) {
                out.append(token.getText());
            }
        }
        return out.toString();
    }

    /** See the class's definition of trivial. */
    static boolean trivial(Statement s) {
        if (s instanceof ReturnStmt r) {
            return r.getExpression().map(SolutionLines::plain).orElse(true);
        }
        if (s instanceof YieldStmt y) {
            return plain(y.getExpression());
        }
        if (s instanceof ThrowStmt || s instanceof LocalClassDeclarationStmt || s instanceof LocalRecordDeclarationStmt) {
            return false;
        }
        if (s instanceof AssertStmt a) {
            return plain(a.getCheck()) && a.getMessage().map(SolutionLines::plain).orElse(true);
        }
        if (s instanceof ExplicitConstructorInvocationStmt call) {
            return call.getArguments().stream().allMatch(SolutionLines::plain);
        }
        if (s instanceof ExpressionStmt e) {
            Expression x = e.getExpression();
            if (x instanceof VariableDeclarationExpr declaration) {
                return declaration.getVariables().stream().map(VariableDeclarator::getInitializer)
                        .allMatch(i -> i.map(SolutionLines::plain).orElse(true));
            }
            if (x instanceof AssignExpr assign) {
                return plain(assign.getTarget()) && plain(assign.getValue());
            }
            return plain(x);
        }
        // compound statements, break, continue, empty: their content is collected statement by statement
        return true;
    }

    /**
     * A value handed on, not a computation: a name, {@code this}, a field, a string, null, a getter chain
     * ({@code e.features()}, {@code Activation.reluBlock()}) or {@code new T()}. No number (a constant of the
     * computation) and no call with arguments ({@code w.matMul(x)} is an operation).
     */
    private static boolean handedOn(Expression argument) {
        if (argument instanceof NameExpr || argument instanceof ThisExpr || argument instanceof StringLiteralExpr
                || argument instanceof NullLiteralExpr) {
            return true;
        }
        if (argument instanceof FieldAccessExpr field) {
            return handedOn(field.getScope()) || field.getScope() instanceof TypeExpr;
        }
        if (argument instanceof MethodCallExpr call) {
            return call.getArguments().isEmpty() && call.getScope().map(SolutionLines::handedOn).orElse(true);
        }
        if (argument instanceof ObjectCreationExpr creation) {
            return creation.getArguments().isEmpty() && creation.getAnonymousClassBody().isEmpty();
        }
        return false;
    }

    private static boolean plain(Expression e) {
        if (e instanceof NameExpr || e instanceof LiteralExpr || e instanceof ThisExpr || e instanceof SuperExpr
                || e instanceof ClassExpr || e instanceof TypeExpr) {
            return true;
        }
        if (e instanceof FieldAccessExpr field) {
            return plain(field.getScope());
        }
        if (e instanceof MethodCallExpr call) {
            boolean onName = call.getScope().map(scope -> scope instanceof NameExpr || scope instanceof ThisExpr)
                    .orElse(true);
            if (call.getArguments().isEmpty()) {
                return onName || call.getScope().map(SolutionLines::plain).orElse(true); // a getter chain
            }
            if (call.getArguments().stream().allMatch(StringLiteralExpr.class::isInstance)) {
                return call.getScope().map(SolutionLines::plain).orElse(true); // a lookup by name
            }
            return onName && call.getArguments().stream().allMatch(SolutionLines::handedOn); // values handed on
        }
        if (e instanceof ObjectCreationExpr creation) {
            return creation.getArguments().isEmpty() && creation.getAnonymousClassBody().isEmpty();
        }
        if (e instanceof ArrayCreationExpr array) {
            return array.getInitializer().isEmpty() && array.getLevels().stream()
                    .allMatch(l -> l.getDimension().map(SolutionLines::plain).orElse(true));
        }
        if (e instanceof UnaryExpr unary) {
            return plain(unary.getExpression());
        }
        if (e instanceof EnclosedExpr enclosed) {
            return plain(enclosed.getInner());
        }
        if (e instanceof CastExpr cast) {
            return plain(cast.getExpression());
        }
        return false;
    }
}
