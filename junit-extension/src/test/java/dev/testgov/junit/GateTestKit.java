package dev.testgov.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.testgov.junit.internal.StrictMode;
import dev.testgov.junit.internal.report.OutcomeRecorder;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs {@code *TestCase} fixtures through the Jupiter engine with testgov's own switches pinned, so that
 * neither a developer's flags nor {@code TESTGOV_STRICT} leak into the result.
 *
 * <p>The engine test kit already ignores system properties and {@code junit-platform.properties}; the
 * process environment it cannot hide. So fixtures name variables nobody sets ({@code TESTGOV_KIT_*}),
 * {@code testgov.strict} is pinned (its parameter beats {@code TESTGOV_STRICT}), and tests of closed
 * {@code @Manual} gates pin {@code testgov.manual=false} to beat {@code RUN_MANUAL_TESTS}.
 *
 * <p>Fixtures count lifecycle calls with {@link #lifecycle(TestReporter, String)} rather than static
 * counters: report entries belong to one run, so kit runs stay independent when the suite runs in parallel.
 */
final class GateTestKit {

	private static final String LIFECYCLE = "testgov.kit.lifecycle";

	private final Map<String, String> parameters = new LinkedHashMap<>();

	private GateTestKit() {
		parameters.put(StrictMode.PARAMETER, "none");
		parameters.put(OutcomeRecorder.ENABLED_PARAMETER, "false");
	}

	/** A kit with strict mode off and the outcome recorder off. */
	static GateTestKit gateTestKit() {
		return new GateTestKit();
	}

	/** Sets a configuration parameter, as {@code -Dkey=value} would for a real run. */
	GateTestKit with(String key, String value) {
		parameters.put(key, value);
		return this;
	}

	/** Sets {@code testgov.strict}. */
	GateTestKit strict(String gates) {
		return with(StrictMode.PARAMETER, gates);
	}

	/** Runs test classes and methods concurrently, on a fixed pool so the result does not depend on the cores. */
	GateTestKit parallel() {
		return with("junit.jupiter.execution.parallel.enabled", "true")
			.with("junit.jupiter.execution.parallel.mode.default", "concurrent")
			.with("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
			.with("junit.jupiter.execution.parallel.config.strategy", "fixed")
			.with("junit.jupiter.execution.parallel.config.fixed.parallelism", "4");
	}

	/** Runs the fixture classes. */
	EngineExecutionResults run(Class<?>... fixtures) {
		EngineTestKit.Builder kit = engine();
		for (Class<?> fixture : fixtures) {
			kit.selectors(selectClass(fixture));
		}
		return kit.execute();
	}

	/** The configured Jupiter engine kit, for runs that need other selectors or filters. */
	EngineTestKit.Builder engine() {
		return EngineTestKit.engine("junit-jupiter").configurationParameters(parameters);
	}

	/** Called by a fixture's lifecycle method to record that it ran, e.g. {@code lifecycle(reporter, "beforeAll")}. */
	static void lifecycle(TestReporter reporter, String step) {
		reporter.publishEntry(LIFECYCLE, step);
	}

	/** How many times a fixture recorded the lifecycle step in this run. */
	static long lifecycleCalls(EngineExecutionResults results, String step) {
		return results.allEvents().reportingEntryPublished().stream()
			.map(event -> event.getPayload(ReportEntry.class).orElseThrow())
			.filter(entry -> step.equals(entry.getKeyValuePairs().get(LIFECYCLE)))
			.count();
	}
}
