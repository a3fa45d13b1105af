package dev.testgov.maven.internal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.testgov.maven.internal.baseline.Analysis;
import dev.testgov.maven.internal.baseline.Baseline;
import dev.testgov.maven.internal.baseline.BaselineFile;
import dev.testgov.maven.internal.baseline.Differ;
import dev.testgov.maven.internal.baseline.Drift;
import dev.testgov.maven.internal.baseline.OutcomeFiles;
import dev.testgov.maven.internal.baseline.Run;
import dev.testgov.maven.internal.baseline.Selection;
import dev.testgov.maven.internal.baseline.Summaries;
import dev.testgov.maven.internal.baseline.TestResult;
import dev.testgov.maven.internal.baseline.Thresholds;

/** Analyses of the real runs under {@code src/test/resources/runs}, for the report tests. */
final class Reports {

	private Reports() {
	}

	/** The parcels' run with Docker gone, against the baseline recorded while it answered: two tests newly skipped. */
	static Analysis parcels() {
		Run run = run("parcels/closed");
		return analysis("dev.testgov.it:parcels", run, run.tests(), baseline("parcels/baseline.json"));
	}

	/** The warehouse after its reorganisation, against the baseline before it: moved, renamed, new. */
	static Analysis warehouse() {
		Run run = run("warehouse/after");
		return analysis("dev.testgov.it:warehouse", run, baseline("warehouse/accepted-baseline.json").tests(),
			baseline("warehouse/baseline.json"));
	}

	static ReportModel model(Analysis... analyses) {
		List<ReportModel.Module> modules = Arrays.stream(analyses)
			.map(analysis -> new ReportModel.Module(analysis,
				analysis.project().replace("dev.testgov.it:", "") + "/testgov-baseline.json"))
			.toList();
		return new ReportModel("shop", modules, Thresholds.defaults(), modules.size() > 1);
	}

	private static Analysis analysis(String project, Run run, List<TestResult> tests, Baseline baseline) {
		Drift drift = Differ.compare(baseline, tests, run.durationMillis(), Selection.none(), Thresholds.defaults());
		return new Analysis(project, run, tests, Summaries.of(tests, run.durationMillis(), Baseline.SLOWEST),
			Optional.of(baseline), Optional.of(drift), Selection.none());
	}

	static Run run(String directory) {
		try {
			return OutcomeFiles.read(path(directory), Instant.EPOCH);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Baseline baseline(String file) {
		try {
			return BaselineFile.read(path(file)).orElseThrow();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path path(String relative) {
		try {
			return Paths.get(Reports.class.getResource("/runs").toURI()).resolve(relative);
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
