/** The release tool: generates the student stubs in {@code exercises/} from {@code reference/}, and checks them. */
package nnlab.grader.release;
