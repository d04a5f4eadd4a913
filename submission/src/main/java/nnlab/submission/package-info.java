/**
 * Turns a student's source tree into classes that always compile, so that one file's mistake costs only that
 * file's steps. The {@link nnlab.submission.TolerantCompiler} compiles every file of {@code exercises/} with javac
 * in-process; a course file that does not compile, or compiles but no longer declares a type or member that its
 * generated stub declares (the graded tests call the stubs' API), is replaced by that stub from the stub manifest
 * ({@code exercises/stubs.json}, a {@link nnlab.submission.StubManifest} written by the release tool), and a file
 * the student added that does not compile is left out. The files it replaced are listed, with javac's messages,
 * in a {@link nnlab.submission.CompileReport}, which the grader reads to score their steps "does not compile".
 * {@link nnlab.submission.CompileSubmission} is the command line that the exercises module's build runs in place of
 * the compiler plugin.
 */
package nnlab.submission;
