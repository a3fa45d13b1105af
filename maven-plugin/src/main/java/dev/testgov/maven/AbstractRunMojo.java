package dev.testgov.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;

import dev.testgov.maven.internal.baseline.Analysis;
import dev.testgov.maven.internal.baseline.BaselineMessages;
import dev.testgov.maven.internal.baseline.DriftKind;
import dev.testgov.maven.internal.baseline.Thresholds;
import dev.testgov.maven.internal.report.ConsoleLine;
import dev.testgov.maven.internal.report.ReportFiles;
import dev.testgov.maven.internal.report.ReportModel;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that read a run share: where the outcome files, the baseline and the test classes are, and
 * the thresholds that decide what counts as drift.
 *
 * @since 0.1
 */
public abstract class AbstractRunMojo extends AbstractTestgovMojo {

	/**
	 * Where the test JVMs wrote their outcome files ({@code outcomes-*.json}), and where {@code report.html} and
	 * {@code report.json} go. The same property moves both, as {@code testgov:prepare} passes it to the test JVMs.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.outputDirectory", defaultValue = "${project.build.directory}/testgov")
	File outputDirectory;

	/**
	 * The baseline file, meant to be committed: {@code testgov-baseline.json} beside the module's POM, so each
	 * module of a reactor has its own and a change to it shows in the review of the change that caused it.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.baseline.file", defaultValue = "${project.basedir}/testgov-baseline.json")
	File baselineFile;

	/**
	 * The compiled test classes. Their methods' bytecode is hashed, so that a renamed test is recognised by its
	 * body instead of counting as one test lost and one gained.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.testClassesDirectory", defaultValue = "${project.build.testOutputDirectory}")
	File testClassesDirectory;

	/**
	 * How far, in percent, the number of tests that ran may fall below the baseline's (less the tests this run's
	 * filters deselected) before it counts as a collapse. No test running at all always does.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.check.maxExecutedDrop", defaultValue = "20")
	int maxExecutedDrop;

	/**
	 * From how many milliseconds a test counts as slow: a new test this slow, or one that was faster in the
	 * baseline, is reported.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.check.slowTestMillis", defaultValue = "1000")
	long slowTestMillis;

	/**
	 * How many times its baseline duration a test, or the whole run, must take to count as slower.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.check.slowdownFactor", defaultValue = "2.0")
	double slowdownFactor;

	/**
	 * How many milliseconds a slowdown must add as well, so that a test going from 2 ms to 5 ms is not reported.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.check.slowdownMinMillis", defaultValue = "500")
	long slowdownMinMillis;

	/**
	 * The thresholds, failing on these kinds.
	 *
	 * @throws MojoFailureException naming the property that is out of range
	 */
	Thresholds thresholds(String failOn) throws MojoFailureException {
		try {
			return new Thresholds(DriftKind.parse(failOn), maxExecutedDrop, slowTestMillis, slowdownFactor,
				slowdownMinMillis);
		}
		catch (IllegalArgumentException e) {
			throw new MojoFailureException(e.getMessage(), e);
		}
	}

	/** This module's run against its baseline. */
	Analysis analyse(Thresholds thresholds) throws MojoFailureException, MojoExecutionException {
		return ProjectRuns.analyse(project, session, outputDirectory, baselineFile, testClassesDirectory, thresholds);
	}

	/** A path relative to the module, as messages show it. */
	String display(File file) {
		return ProjectRuns.display(project.getBasedir(), file);
	}

	/** Says that there was nothing to do: at debug level for a module without code of its own (a parent POM). */
	void quiet(String message) {
		if ("pom".equals(project.getPackaging())) {
			getLog().debug(message);
		}
		else {
			getLog().info(message);
		}
	}

	void log(List<ConsoleLine> lines) {
		for (ConsoleLine line : lines) {
			switch (line.level()) {
				case ERROR:
					getLog().error(line.text());
					break;
				case WARNING:
					getLog().warn(line.text());
					break;
				default:
					getLog().info(line.text());
			}
		}
	}

	/** Writes this module's {@code report.html} and {@code report.json}. */
	String writeReports(Analysis analysis, Thresholds thresholds) throws MojoExecutionException {
		ReportModel model = new ReportModel(project.getName(), List.of(new ReportModel.Module(analysis,
			display(baselineFile))), thresholds, false);
		File report = new File(outputDirectory, ReportFiles.HTML);
		try {
			ReportFiles.write(outputDirectory.toPath(), model);
		}
		catch (IOException e) {
			throw new MojoExecutionException(String.format(BaselineMessages.WRITE_FAILURE, report, e.getMessage()), e);
		}
		return display(report);
	}
}
