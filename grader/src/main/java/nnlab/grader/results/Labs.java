package nnlab.grader.results;

import java.util.Map;
import nnlab.course.StepId;

/** The course's labs, in order, with their titles (the README's table of labs lists the same). */
public final class Labs {

    /** The course's name, the Allure epic of every test. */
    public static final String COURSE = "nnlab — introduction to deep learning with DJL";

    private static final Map<Integer, String> TITLES = Map.of(
            1, "tensors",
            2, "forward passes",
            3, "losses",
            4, "gradients",
            5, "training loop on toy data",
            6, "regression training loop",
            7, "shallow network on nonlinear data",
            8, "MNIST by hand");

    private Labs() {
    }

    /** The lab's title, such as {@code losses}. */
    public static String title(int lab) {
        return TITLES.getOrDefault(lab, "lab " + lab);
    }

    /** The lab's name as the Allure feature, such as {@code Lab 3 — losses}. */
    public static String feature(StepId step) {
        return "Lab " + step.lab() + " — " + title(step.lab());
    }
}
