package dev.testgov.junit.internal.record;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one fixture class in alternating launcher sessions, unrecorded and recorded, in one warm JVM, and prints
 * the CPU time each session took on this thread, where the sequential launcher runs every test and every
 * listener: {@code TIMING|<recorded>|<nanoseconds>}. CPU time, not wall time, because the machine is shared.
 * Arguments: fixture class, raw directory, rounds.
 */
public final class OverheadMain {

	static final String TIMING = "TIMING|";

	private OverheadMain() {
	}

	public static void main(String[] args) {
		int rounds = Integer.parseInt(args[2]);
		for (int round = 0; round < rounds; round++) {
			for (boolean recorded : new boolean[] { false, true }) {
				LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
					.selectors(selectClass(args[0]))
					.configurationParameter("testgov.outcomes", "false")
					.configurationParameter(RecordSettings.PARALLEL_PARAMETER, "false");
				if (recorded) {
					request.configurationParameter(RecordSettings.DIRECTORY_PARAMETER, args[1]);
				}
				ThreadMXBean threads = ManagementFactory.getThreadMXBean();
				long start = threads.getCurrentThreadCpuTime();
				LauncherFactory.create().execute(request.build());
				System.out.println(TIMING + recorded + "|" + (threads.getCurrentThreadCpuTime() - start));
			}
		}
	}
}
