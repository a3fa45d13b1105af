package dev.testgov.maven.internal.report;

import java.util.ArrayList;
import java.util.List;

import dev.testgov.maven.internal.baseline.Analysis;
import dev.testgov.maven.internal.baseline.Baseline;
import dev.testgov.maven.internal.baseline.Summaries;
import dev.testgov.maven.internal.baseline.Summary;
import dev.testgov.maven.internal.baseline.TestResult;
import dev.testgov.maven.internal.baseline.Thresholds;

/**
 * What a report shows: one module's analysis, or several for the reactor's aggregated view.
 *
 * @param title the project's name
 * @param modules each module's analysis and where its baseline is
 * @param thresholds the drift thresholds, and which kinds fail a check
 * @param aggregate whether this is the reactor's view over its modules
 */
public record ReportModel(String title, List<Module> modules, Thresholds thresholds, boolean aggregate) {

	/**
	 * One module in a report.
	 *
	 * @param analysis its run against its baseline
	 * @param baselineFile where its baseline is, as users would type the path
	 */
	public record Module(Analysis analysis, String baselineFile) {
	}

	public ReportModel {
		modules = List.copyOf(modules);
	}

	/** All modules' tests together: one module's own summary, or the sum over the reactor. */
	public Summary total() {
		if (modules.size() == 1) {
			return modules.get(0).analysis().summary();
		}
		List<TestResult> tests = new ArrayList<>();
		long millis = 0;
		for (Module module : modules) {
			tests.addAll(module.analysis().tests());
			millis += module.analysis().run().durationMillis();
		}
		return Summaries.of(tests, millis, Baseline.SLOWEST);
	}
}
