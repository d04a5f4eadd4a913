package nnlab.grader.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nnlab.course.StepId;

/**
 * {@code gradebook.csv}: one row per student, sorted by student: {@code student, id, status, score, max_score,
 * percent}, the points of every lab ({@code L1}…) and of every step ({@code L1.1}…, public and hidden cases
 * together) in course order, then {@code notes} (why a submission was not graded, files not graded, steps that do
 * not compile, a student the roster lacks). A student without a results.json has empty score cells. No timestamps:
 * the same class gives the same bytes.
 */
final class GradebookCsv {

    private GradebookCsv() {
    }

    static byte[] of(List<ClassRow> rows) {
        TreeSet<Integer> labs = new TreeSet<>();
        TreeSet<StepId> steps = new TreeSet<>();
        rows.forEach(r -> r.record().grade().ifPresent(g -> {
            labs.addAll(g.byLab().keySet());
            steps.addAll(g.byStep().keySet());
        }));
        List<String> header = new ArrayList<>(List.of("student", "id", "status", "score", "max_score", "percent"));
        labs.forEach(l -> header.add("L" + l));
        steps.forEach(s -> header.add(s.toString()));
        header.add("notes");
        Csv csv = new Csv().row(header);
        for (ClassRow r : rows) {
            List<String> line = new ArrayList<>(List.of(r.record().student(), r.id(), r.record().status()));
            if (r.record().grade().isPresent()) {
                StudentRecord.Grade g = r.record().grade().get();
                line.add(Csv.points(g.score()));
                line.add(Csv.points(g.maxScore()));
                line.add(Csv.percent(ClassStatistics.percent(g.score(), g.maxScore())));
                Map<Integer, double[]> byLab = g.byLab();
                Map<StepId, double[]> byStep = g.byStep();
                labs.forEach(l -> line.add(byLab.containsKey(l) ? Csv.points(byLab.get(l)[0]) : ""));
                steps.forEach(s -> line.add(byStep.containsKey(s) ? Csv.points(byStep.get(s)[0]) : ""));
            } else {
                for (int i = 0; i < 3 + labs.size() + steps.size(); i++) {
                    line.add("");
                }
            }
            line.add(r.notes());
            csv.row(line);
        }
        return csv.bytes();
    }
}
