/**
 * The grading kit, one package per part; dependencies point one way, from the command line down to the wording
 * (checked by the kit's {@code ArchitectureTest}): {@code cli} (the {@code nnlab} command) uses {@code batch} (a
 * class's results), {@code release} (the student stubs) and {@code runner} (the grading runner's JVMs); the runner
 * uses {@code junit} ({@code @Graded}, the extension and listener, Allure); the JUnit integration uses
 * {@code assertions} (the checks a student's values must meet) and {@code results} (outcomes, points, results.json);
 * and every part may use {@code hints} (the hint sentences and how numbers are printed).
 */
package nnlab.grader;
