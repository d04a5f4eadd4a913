package nnlab.grader.runner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nnlab.grader.junit.GradingListener;
import nnlab.grader.results.Categories;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The child's report to its parent: every test case's start and outcome (category and message, as
 * {@link GradingListener} words them), and every container that failed or was skipped as a whole. It isolates each
 * case ({@link StepIsolation}) and ends the child after a case that left threads running or ran out of memory, once
 * that case is fully reported.
 */
final class ChildListener implements TestExecutionListener {

    private final EventChannel channel;
    private final StepIsolation isolation;
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private volatile boolean recycle;

    ChildListener(EventChannel channel, StepIsolation isolation) {
        this.channel = channel;
        this.isolation = isolation;
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        endIfRecycling();
        if (id.isTest()) {
            isolation.beforeCase();
            started.put(id.getUniqueId(), System.nanoTime());
            channel.send(RunnerEvent.of(RunnerEvent.STARTED, id.getUniqueId()));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        channel.send(new RunnerEvent(RunnerEvent.CONTAINER_FAILED, id.getUniqueId(), Categories.SKIPPED,
                "skipped: " + reason, 0));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                channel.send(new RunnerEvent(RunnerEvent.CONTAINER_FAILED, id.getUniqueId(),
                        GradingListener.category(result), GradingListener.output(result), 0));
            }
            return;
        }
        Long t0 = started.remove(id.getUniqueId());
        double seconds = t0 == null ? 0 : (System.nanoTime() - t0) / 1e9;
        String category = GradingListener.category(result);
        channel.send(new RunnerEvent(RunnerEvent.FINISHED, id.getUniqueId(), category,
                GradingListener.output(result), seconds));
        List<String> threads = isolation.threadsLeftRunning();
        if (!threads.isEmpty() || Categories.CRASHED.equals(category)) {
            String why = threads.isEmpty() ? "the case ran out of memory"
                    : "the case left threads running: " + String.join(", ", threads);
            channel.send(new RunnerEvent(RunnerEvent.RECYCLE, id.getUniqueId(), null, why, 0));
            recycle = true;
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        endIfRecycling();
    }

    /**
     * Ends the JVM once the case that asked for it is fully reported: at the next start of anything, so that the
     * other listeners (Allure's) have written that case's result first.
     */
    private void endIfRecycling() {
        if (recycle) {
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(0);
        }
    }
}
