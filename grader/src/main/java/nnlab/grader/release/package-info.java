/**
 * The release tool: generates the student stubs in {@code exercises/} from {@code reference/} and checks them, and
 * publishes the student release, refusing one that would hand out answers (a solution line outside its
 * {@code @Solution} body) or whose README names what the release lacks.
 */
package nnlab.grader.release;
