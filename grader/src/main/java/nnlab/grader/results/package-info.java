/**
 * What a graded run produces: every test's outcome and its category (passed, wrong result, timed out, …), the
 * points per step and lab, the score table a student reads, and results.json (Gradescope's format) with the parts
 * it is merged from, and the Allure history a report carries from run to run; plus the course's labs and their
 * titles.
 */
package nnlab.grader.results;
