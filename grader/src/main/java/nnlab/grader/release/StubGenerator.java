package nnlab.grader.release;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nnlab.course.NotImplementedYet;
import nnlab.course.Solution;
import nnlab.course.StepId;

/**
 * Turns one reference source file into its student stub: every method or constructor marked
 * {@code @Solution("Lx.y")} keeps its signature and Javadoc, loses the marker, and gets the body
 * {@code throw new NotImplementedYet("Lx.y");}. Everything else is kept as written (formatting too), so given
 * helpers reach students unchanged.
 */
public final class StubGenerator {

    /** The first line of every generated file. */
    public static final String HEADER = "// GENERATED from reference/ by nnlab's release tool."
            + " Write your code where it throws NotImplementedYet.";

    private static final String SOLUTION = Solution.class.getSimpleName();
    private static final String SOLUTION_IMPORT = Solution.class.getName();
    private static final String STUB_IMPORT = NotImplementedYet.class.getName();

    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    /** A file's stub and the steps whose solutions it removed. */
    public record Stub(String source, List<String> steps) {
    }

    /**
     * The stub of one reference file.
     *
     * @param origin the file's path, for messages
     * @param source the reference source
     * @throws ReleaseException naming the file, line and problem when the source does not parse or a marker is
     *     malformed
     */
    public Stub generate(String origin, String source) {
        ParseResult<CompilationUnit> parsed = parser.parse(source);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            throw new ReleaseException(origin + ": does not parse: " + parsed.getProblems());
        }
        CompilationUnit unit = parsed.getResult().get();
        LexicalPreservingPrinter.setup(unit);
        List<String> steps = new ArrayList<>();
        for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
            Optional<AnnotationExpr> marker = callable.getAnnotationByName(SOLUTION);
            if (marker.isEmpty()) {
                continue;
            }
            String step = stepOf(origin, callable, marker.get());
            marker.get().remove();
            BlockStmt stub = new BlockStmt().addStatement(
                    "throw new " + NotImplementedYet.class.getSimpleName() + "(\"" + step + "\");");
            if (callable instanceof MethodDeclaration method) {
                if (method.getBody().isEmpty()) {
                    throw new ReleaseException(origin + ":" + line(callable) + ": @Solution on a method without"
                            + " a body (" + method.getNameAsString() + ")");
                }
                method.setBody(stub);
            } else if (callable instanceof ConstructorDeclaration constructor) {
                constructor.setBody(stub);
            }
            steps.add(step);
        }
        if (steps.isEmpty()) {
            return new Stub(HEADER + System.lineSeparator() + source, steps);
        }
        if (unit.getImports().stream().noneMatch(i -> i.getNameAsString().equals(STUB_IMPORT))) {
            unit.addImport(STUB_IMPORT);
        }
        new ArrayList<>(unit.getImports()).stream().filter(i -> i.getNameAsString().equals(SOLUTION_IMPORT))
                .forEach(ImportDeclaration::remove);
        return new Stub(HEADER + System.lineSeparator() + LexicalPreservingPrinter.print(unit), steps);
    }

    private static String stepOf(String origin, CallableDeclaration<?> callable, AnnotationExpr marker) {
        String where = origin + ":" + line(callable) + ": @Solution on " + callable.getNameAsString();
        if (!(marker instanceof SingleMemberAnnotationExpr single)
                || !(single.getMemberValue() instanceof StringLiteralExpr literal)) {
            throw new ReleaseException(where + " must name its step as a string literal, such as @Solution(\"L3.2\")");
        }
        if (!StepId.isStepId(literal.getValue())) {
            throw new ReleaseException(where + ": '" + literal.getValue()
                    + "' is not a step id (expected L<lab>.<step>, such as L3.2)");
        }
        return literal.getValue();
    }

    private static int line(CallableDeclaration<?> callable) {
        return callable.getBegin().map(p -> p.line).orElse(0);
    }
}
