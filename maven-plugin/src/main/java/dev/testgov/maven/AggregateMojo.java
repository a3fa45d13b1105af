package dev.testgov.maven;

import static dev.testgov.maven.internal.baseline.BaselineMessages.AGGREGATE;
import static dev.testgov.maven.internal.baseline.BaselineMessages.AGGREGATE_MODULE;
import static dev.testgov.maven.internal.baseline.BaselineMessages.AGGREGATE_REPORT;
import static dev.testgov.maven.internal.baseline.BaselineMessages.WRITE_FAILURE;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.testgov.maven.internal.baseline.Analysis;
import dev.testgov.maven.internal.baseline.Thresholds;
import dev.testgov.maven.internal.report.DriftLines;
import dev.testgov.maven.internal.report.ReportFiles;
import dev.testgov.maven.internal.report.ReportModel;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * The reactor's view over its modules' runs and baselines: one line per module with tests (in Surefire's words,
 * then its drift), the totals, and {@code report.html} and {@code report.json} under the reactor root's
 * {@code target/testgov/} with every module's charts, drift and tests. Each module keeps its own baseline; this
 * goal reads them and never fails the build ({@code testgov:check} does that per module).
 *
 * <p>An aggregator: run it from the reactor root after the tests, {@code mvn verify testgov:aggregate}. It reads
 * each module's outcome files from {@code target/testgov/} and its baseline from {@code testgov-baseline.json}
 * beside the module's POM, or from the module's {@code testgov.baseline.file} property.
 *
 * @since 0.1
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true)
public class AggregateMojo extends AbstractRunMojo {

	@Override
	String goal() {
		return "aggregate";
	}

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		Thresholds thresholds = thresholds("none");
		List<ReportModel.Module> modules = new ArrayList<>();
		for (MavenProject module : session.getProjects()) {
			File baseline = baselineOf(module);
			Analysis analysis = ProjectRuns.analyse(module, session, new File(module.getBuild().getDirectory(), "testgov"),
				baseline, new File(module.getBuild().getTestOutputDirectory()), thresholds);
			if (!analysis.run().isEmpty() || analysis.baseline().isPresent()) {
				modules.add(new ReportModel.Module(analysis, display(baseline)));
			}
		}
		ReportModel model = new ReportModel(project.getName(), modules, thresholds, true);
		getLog().info(String.format(AGGREGATE, modules.size(), modules.size() == 1 ? "" : "s",
			model.total().surefireLine()));
		for (ReportModel.Module module : modules) {
			getLog().info(String.format(AGGREGATE_MODULE, module.analysis().project(),
				module.analysis().summary().surefireLine(), DriftLines.describe(module.analysis().drift().orElse(null))));
		}
		File report = new File(outputDirectory, ReportFiles.HTML);
		try {
			ReportFiles.write(outputDirectory.toPath(), model);
		}
		catch (IOException e) {
			throw new MojoExecutionException(String.format(WRITE_FAILURE, report, e.getMessage()), e);
		}
		getLog().info(String.format(AGGREGATE_REPORT, display(report)));
	}

	/** The module's baseline: its {@code testgov.baseline.file} property, else the file beside its POM. */
	static File baselineOf(MavenProject module) {
		String configured = module.getProperties().getProperty("testgov.baseline.file");
		if (configured == null || configured.isBlank()) {
			return new File(module.getBasedir(), "testgov-baseline.json");
		}
		File file = new File(configured);
		return file.isAbsolute() ? file : new File(module.getBasedir(), configured);
	}
}
