package dev.testgov.maven.internal.selection;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;

import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A recorded test JVM as Surefire runs it, reduced: one launcher session over the test classes named in the
 * arguments, in that order, with the listeners {@code META-INF/services} registers. The dependency recorder
 * reads {@code testgov.record.directory} and {@code testgov.record.root} from the system properties.
 */
public final class SampleLauncher {

	private SampleLauncher() {
	}

	/** Selects classes by name, as Surefire does, so their static initialisers run when the tests need them. */
	public static void main(String[] testClasses) {
		List<ClassSelector> selectors = new ArrayList<>();
		for (String testClass : testClasses) {
			selectors.add(selectClass(testClass));
		}
		LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors)
			.configurationParameter("testgov.outcomes", "false").build());
	}
}
