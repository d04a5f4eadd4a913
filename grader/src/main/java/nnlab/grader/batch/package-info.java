/**
 * Grading a whole class: {@code nnlab grade} takes submissions (checkouts, folders, zip and tar archives, or a folder
 * holding one per student), keeps of each only the files students are meant to write ({@link Intake}), compiles them
 * over the course's sources with the tolerant compiler and grades them with the course's own tests in a grading
 * process of their own ({@link StudentGrading}), in parallel ({@link BatchGrader}), optionally one shard of the class
 * ({@link Shard}) matched against a roster ({@link Roster}); {@code nnlab merge} joins the shards' folders. Then the
 * class's outputs: the gradebook, its Canvas variant and the class report, built from every student's results.json.
 */
package nnlab.grader.batch;
