package dev.testgov.junit.internal.record;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;

import dev.testgov.junit.internal.record.fixture.Branches;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A test JVM as Surefire runs it, reduced: one launcher session over the fixture classes named in the
 * arguments, with the listeners {@code META-INF/services} registers. The recorder reads its settings from
 * system properties, as it does in a fork the plugin configured. This module's own
 * {@code junit-platform.properties} turns parallel execution on, so the request says explicitly whether a
 * fixture runs in parallel ({@code -Dfixture.parallel}). With {@code -Dfixture.beforeLaunch} it runs fixture code
 * before the launcher starts, which belongs to no test.
 */
public final class RecordingMain {

	static final String PARALLEL_PROPERTY = "fixture.parallel";
	static final String SESSIONS_PROPERTY = "fixture.sessions";
	static final String BEFORE_LAUNCH_PROPERTY = "fixture.beforeLaunch";

	private RecordingMain() {
	}

	/** Selects classes by name, as Surefire does: loading them here would run their static initialisers early. */
	public static void main(String[] fixtures) {
		List<ClassSelector> selectors = new ArrayList<>();
		for (String fixture : fixtures) {
			selectors.add(selectClass(fixture));
		}
		if (Boolean.getBoolean(BEFORE_LAUNCH_PROPERTY)) {
			Branches.sign(-42);
		}
		boolean parallel = Boolean.getBoolean(PARALLEL_PROPERTY);
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
			.selectors(selectors)
			.configurationParameter("testgov.outcomes", "false")
			.configurationParameter(RecordSettings.PARALLEL_PARAMETER, Boolean.toString(parallel))
			.configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
			.configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
			.configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
			.build();
		for (int session = 0; session < Integer.getInteger(SESSIONS_PROPERTY, 1); session++) {
			LauncherFactory.create().execute(request);
		}
	}
}
