package dev.testgov.junit.internal.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records every test's outcome, duration, tags and reason in the test JVM, prints the grouped skip summary
 * that Surefire's console leaves out, and writes one outcome file per fork under {@code target/testgov/}.
 *
 * <p>A container skipped or failed as a whole counts once for each of its tests, so a gated class of ten
 * tests shows ten skips, not one. Registered through {@code META-INF/services}; switched off with
 * {@code -Dtestgov.outcomes=false}.
 */
public class OutcomeRecorder implements TestExecutionListener {

	public static final String ENABLED_PARAMETER = "testgov.outcomes";

	private final PrintStream console;
	private final ConcurrentMap<String, Outcome> outcomes = new ConcurrentHashMap<>();
	private final ConcurrentMap<String, Long> startTimes = new ConcurrentHashMap<>();
	private volatile TestPlan plan;
	private volatile boolean enabled;
	private volatile long planStart;

	/** The recorder the JUnit Platform loads, printing to standard output. */
	public OutcomeRecorder() {
		this(System.out);
	}

	OutcomeRecorder(PrintStream console) {
		this.console = console;
	}

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		plan = testPlan;
		enabled = testPlan.getConfigurationParameters().getBoolean(ENABLED_PARAMETER).orElse(true);
		planStart = System.currentTimeMillis();
		outcomes.clear();
		startTimes.clear();
	}

	@Override
	public void executionStarted(TestIdentifier identifier) {
		if (enabled) {
			startTimes.put(identifier.getUniqueId(), System.nanoTime());
		}
	}

	@Override
	public void executionSkipped(TestIdentifier identifier, String reason) {
		if (enabled) {
			attribute(identifier, test -> Outcome.skipped(test, reason, via(identifier, test)));
		}
	}

	@Override
	public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
		if (!enabled) {
			return;
		}
		Long start = startTimes.remove(identifier.getUniqueId());
		long durationMillis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
		if (identifier.isTest()) {
			outcomes.put(identifier.getUniqueId(), Outcome.finished(identifier, result, durationMillis, null));
		}
		else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL
				&& attribute(identifier, test -> Outcome.finished(test, result, 0, via(identifier, test))) == 0) {
			outcomes.putIfAbsent(identifier.getUniqueId(), Outcome.finished(identifier, result, durationMillis, null));
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		if (!enabled) {
			return;
		}
		List<Outcome> recorded = outcomes.values().stream()
			.sorted(Comparator.comparing(Outcome::id))
			.collect(Collectors.toList());
		OutcomeReport report = new OutcomeReport(recorded, planStart, testPlan.getConfigurationParameters());
		report.printSummary(console);
		report.write();
	}

	/**
	 * Gives a container's fate to each of its tests not yet recorded; a container whose tests are unknown
	 * (a parameterized or factory method that never ran) counts as one test itself.
	 *
	 * @return how many tests received the outcome
	 */
	private int attribute(TestIdentifier identifier, Function<TestIdentifier, Outcome> outcome) {
		List<TestIdentifier> targets = new ArrayList<>();
		if (identifier.isTest()) {
			targets.add(identifier);
		}
		else {
			for (TestIdentifier descendant : plan.getDescendants(identifier)) {
				if (descendant.isTest() || isLeafMethodContainer(descendant)) {
					targets.add(descendant);
				}
			}
			if (targets.isEmpty() && identifier.getSource().filter(MethodSource.class::isInstance).isPresent()) {
				targets.add(identifier);
			}
		}
		int attributed = 0;
		for (TestIdentifier test : targets) {
			if (outcomes.putIfAbsent(test.getUniqueId(), outcome.apply(test)) == null) {
				attributed++;
			}
		}
		return attributed;
	}

	private boolean isLeafMethodContainer(TestIdentifier identifier) {
		return identifier.isContainer() && plan.getChildren(identifier).isEmpty()
				&& identifier.getSource().filter(MethodSource.class::isInstance).isPresent();
	}

	private static String via(TestIdentifier container, TestIdentifier test) {
		return container.getUniqueId().equals(test.getUniqueId()) ? null : container.getUniqueId();
	}
}
