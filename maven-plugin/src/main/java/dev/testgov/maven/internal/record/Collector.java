package dev.testgov.maven.internal.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.testgov.maven.internal.analysis.MergeReport;
import dev.testgov.maven.internal.analysis.MergeRequest;
import dev.testgov.maven.internal.analysis.RawFiles;
import dev.testgov.maven.internal.analysis.RecordMerge;

/**
 * Merges a module's raw recordings into its store once, then deletes them: after the tests
 * ({@code testgov:collect}), and before the next run for recordings an interrupted build left behind. Keeps
 * the list of known test classes beside the store.
 */
public final class Collector {

	private Collector() {
	}

	/**
	 * @param updateClassList whether the run saw every test class (no tag, category or {@code -Dtest} filter),
	 *     so that the list of known test classes may be rewritten
	 * @return what was merged; empty when there was nothing to merge
	 */
	public static Collected collect(ModuleContext module, boolean updateClassList) throws IOException {
		List<Path> raw = RawFiles.in(module.recordDirectory());
		if (raw.isEmpty()) {
			return new Collected(null, null);
		}
		RunOutcomes outcomes = RunOutcomes.read(raw);
		MergeReport report = RecordMerge.merge(MergeRequest.of(module.store().path(), raw, module.classSources(),
			module.reactorRoot(), module.buildInputs()));
		Path storeDirectory = module.store().path().getParent();
		if (updateClassList) {
			TestClassList.save(storeDirectory, TestClassList.scan(module.testClassesDirectory()));
		}
		// A class whose container failed may hold tests that never ran, so the store does not know them: it
		// must count as new until it runs cleanly, or the next selection could leave its test JVM unstarted.
		TestClassList.forget(storeDirectory, outcomes.failedContainers());
		for (Path file : raw) {
			Files.deleteIfExists(file);
		}
		return new Collected(report, outcomes);
	}

	/**
	 * What a collection merged.
	 *
	 * @param report the merge; {@code null} when there was no recording
	 * @param outcomes the recorded tests' outcomes; {@code null} when there was no recording
	 */
	public record Collected(MergeReport report, RunOutcomes outcomes) {

		public boolean merged() {
			return report != null;
		}
	}
}
