package dev.testgov.maven;

import static dev.testgov.maven.internal.baseline.BaselineMessages.NOTE;
import static dev.testgov.maven.internal.baseline.BaselineMessages.NOTHING_TO_RECORD;
import static dev.testgov.maven.internal.baseline.BaselineMessages.NO_RUN_TO_RECORD;
import static dev.testgov.maven.internal.baseline.BaselineMessages.RECORDED;
import static dev.testgov.maven.internal.baseline.BaselineMessages.RECORDED_ACCEPTING;
import static dev.testgov.maven.internal.baseline.BaselineMessages.UP_TO_DATE;
import static dev.testgov.maven.internal.baseline.BaselineMessages.WRITE_FAILURE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.testgov.maven.internal.baseline.Analysis;
import dev.testgov.maven.internal.baseline.Baseline;
import dev.testgov.maven.internal.baseline.BaselineFile;
import dev.testgov.maven.internal.baseline.Drift;
import dev.testgov.maven.internal.baseline.Thresholds;
import dev.testgov.maven.internal.report.ConsoleBlock;
import dev.testgov.maven.internal.report.ConsoleLine;
import dev.testgov.maven.internal.report.DriftLines;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Records this build's test run as the module's baseline, {@code testgov-baseline.json} beside its POM, to be
 * committed: every test (class, method, display name, outcome, gate and reason, tags, categories, duration and
 * a hash of its body), counts by package, category, tag and gate, grouped skip reasons, durations with the
 * slowest tests and classes, and the environment (Java, which gates were open, whether Docker was available).
 *
 * <p>Run it with the tests, {@code mvn verify testgov:baseline}, from all test JVMs of the build (Surefire's and
 * Failsafe's). Tests the run's filters left out keep their entry from the previous baseline, marked
 * {@code DESELECTED}; tests that are gone are dropped, and the goal lists what the new baseline accepts. The file
 * has a stable order, one test per line and durations rounded to two significant digits, so its diff shows what
 * changed. Like {@code testgov:check}, it writes {@code report.html} and {@code report.json} under
 * {@code target/testgov/}, with the drift from the previous baseline.
 *
 * @since 0.1
 */
@Mojo(name = "baseline", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class BaselineMojo extends AbstractRunMojo {

	@Override
	String goal() {
		return "baseline";
	}

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		Thresholds thresholds = thresholds("none");
		Analysis analysis = analyse(thresholds);
		String file = display(baselineFile);
		if (analysis.run().isEmpty()) {
			if (analysis.baseline().isEmpty()) {
				quiet(String.format(NOTHING_TO_RECORD, display(outputDirectory)));
				return;
			}
			throw new MojoFailureException(String.format(NO_RUN_TO_RECORD, display(outputDirectory), file));
		}
		log(ConsoleBlock.run(analysis.summary(), true));
		analysis.run().notes().forEach(note -> getLog().warn(String.format(NOTE, note)));
		Drift drift = analysis.drift().orElse(null);
		String report = writeReports(analysis, thresholds);
		if (drift != null) {
			log(ConsoleBlock.deselected(drift));
			log(DriftLines.of(drift, kind -> ConsoleLine.Level.INFO, report, thresholds.slowTestMillis()));
		}
		Baseline baseline = analysis.toBaseline();
		String line = baseline.summary().line();
		if (!write(baseline)) {
			getLog().info(String.format(UP_TO_DATE, file, line));
		}
		else if (drift == null || drift.isEmpty()) {
			getLog().info(String.format(RECORDED, file, line));
		}
		else {
			getLog().info(String.format(RECORDED_ACCEPTING, file, line, DriftLines.describe(drift)));
		}
	}

	/** Writes the baseline unless the file already says the same; returns whether it wrote. */
	private boolean write(Baseline baseline) throws MojoExecutionException {
		Path path = baselineFile.toPath();
		try {
			String text = BaselineFile.render(baseline);
			if (Files.isRegularFile(path) && text.equals(Files.readString(path, StandardCharsets.UTF_8))) {
				return false;
			}
			BaselineFile.write(path, baseline);
			return true;
		}
		catch (IOException e) {
			throw new MojoExecutionException(String.format(WRITE_FAILURE, baselineFile, e.getMessage()), e);
		}
	}
}
