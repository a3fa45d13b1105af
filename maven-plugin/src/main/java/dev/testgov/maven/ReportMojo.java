package dev.testgov.maven;

import static dev.testgov.maven.internal.baseline.BaselineMessages.NOTE;
import static dev.testgov.maven.internal.baseline.BaselineMessages.NOTHING_TO_REPORT;
import static dev.testgov.maven.internal.baseline.BaselineMessages.REPORT;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.testgov.maven.internal.baseline.Analysis;
import dev.testgov.maven.internal.baseline.DriftKind;
import dev.testgov.maven.internal.baseline.Thresholds;
import dev.testgov.maven.internal.report.ConsoleBlock;
import dev.testgov.maven.internal.report.ConsoleLine;
import dev.testgov.maven.internal.report.DriftLines;
import dev.testgov.maven.internal.report.HtmlReport;
import dev.testgov.maven.internal.report.ReportModel;
import dev.testgov.maven.internal.report.SitePage;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The run and its drift as a report, never failing the build: run on its own ({@code mvn verify testgov:report})
 * it prints the console block and writes {@code report.html} and {@code report.json} under
 * {@code target/testgov/}, with or without a baseline; in the POM's {@code <reporting>} section it is the testgov
 * page of the Maven site (tests by outcome, category, tag and package, the slowest tests, skip reasons and drift,
 * with the self-contained report beside it as {@code testgov-report.html}). On a project with modules the site
 * page shows the modules below it together, each against its own baseline. Run the tests first: {@code mvn
 * verify site}, or {@code mvn verify} then {@code mvn site}.
 *
 * @since 0.1
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractRunMojo implements MavenReport {

	static final String OUTPUT_NAME = "testgov";
	static final String FULL_REPORT = "testgov-report.html";

	private File reportOutputDirectory;
	private ReportModel model;

	@Override
	String goal() {
		return "report";
	}

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		Thresholds thresholds = thresholds(DriftKind.DEFAULT_FAIL_ON);
		Analysis analysis = analyse(thresholds);
		if (analysis.run().isEmpty() && analysis.baseline().isEmpty()) {
			quiet(String.format(NOTHING_TO_REPORT, display(outputDirectory)));
			return;
		}
		log(ConsoleBlock.run(analysis.summary(), true));
		analysis.run().notes().forEach(note -> getLog().warn(String.format(NOTE, note)));
		String report = writeReports(analysis, thresholds);
		analysis.drift().ifPresent(drift -> {
			log(ConsoleBlock.deselected(drift));
			log(DriftLines.of(drift, kind -> ConsoleLine.Level.INFO, report, thresholds.slowTestMillis()));
		});
		getLog().info(String.format(REPORT, report, DriftLines.describe(analysis.drift().orElse(null))));
	}

	@Override
	public void generate(Sink sink, Locale locale) throws MavenReportException {
		ReportModel page = model();
		File full = new File(getReportOutputDirectory(), FULL_REPORT);
		try {
			Files.createDirectories(full.getParentFile().toPath());
			Files.write(full.toPath(), HtmlReport.render(page).getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new MavenReportException("testgov: could not write [" + full + "]: " + e.getMessage(), e);
		}
		new SitePage(sink, page, FULL_REPORT).render();
	}

	@Override
	public boolean canGenerateReport() throws MavenReportException {
		return !skip && !model().modules().isEmpty();
	}

	private ReportModel model() throws MavenReportException {
		if (model == null) {
			try {
				model = new ReportModel(project.getName(), modules(), thresholds(DriftKind.DEFAULT_FAIL_ON),
					!project.getModules().isEmpty());
			}
			catch (MojoFailureException | MojoExecutionException e) {
				throw new MavenReportException(e.getMessage(), e);
			}
		}
		return model;
	}

	/** This project, or on a project with modules every module below it that has a run or a baseline. */
	private List<ReportModel.Module> modules() throws MojoFailureException, MojoExecutionException {
		List<ReportModel.Module> modules = new ArrayList<>();
		if (project.getModules().isEmpty()) {
			add(modules, project, outputDirectory, baselineFile, testClassesDirectory);
			return modules;
		}
		for (MavenProject module : session.getProjects()) {
			if (module != project && module.getBasedir().toPath().startsWith(project.getBasedir().toPath())) {
				add(modules, module, new File(module.getBuild().getDirectory(), "testgov"), AggregateMojo.baselineOf(module),
					new File(module.getBuild().getTestOutputDirectory()));
			}
		}
		return modules;
	}

	private void add(List<ReportModel.Module> modules, MavenProject module, File outcomes, File baseline, File classes)
			throws MojoFailureException, MojoExecutionException {
		Analysis analysis = ProjectRuns.analyse(module, session, outcomes, baseline, classes,
			thresholds(DriftKind.DEFAULT_FAIL_ON));
		if (!analysis.run().isEmpty() || analysis.baseline().isPresent()) {
			modules.add(new ReportModel.Module(analysis, ProjectRuns.display(project.getBasedir(), baseline)));
		}
	}

	@Override
	public String getOutputPath() {
		return OUTPUT_NAME;
	}

	/**
	 * The page's name, for site plugins that still ask this way.
	 *
	 * @deprecated the reporting API 4 asks {@link #getOutputPath()}; the interface still declares this method
	 */
	@Override
	@Deprecated
	public String getOutputName() {
		return getOutputPath();
	}

	@Override
	public String getCategoryName() {
		return CATEGORY_PROJECT_REPORTS;
	}

	@Override
	public String getName(Locale locale) {
		return "testgov";
	}

	@Override
	public String getDescription(Locale locale) {
		return "Tests by outcome, category, tag and package, durations, skip reasons and drift against the committed"
				+ " testgov baseline.";
	}

	@Override
	public void setReportOutputDirectory(File directory) {
		this.reportOutputDirectory = directory;
	}

	@Override
	public File getReportOutputDirectory() {
		return reportOutputDirectory != null ? reportOutputDirectory
				: new File(project.getReporting().getOutputDirectory());
	}

	@Override
	public boolean isExternalReport() {
		return false;
	}
}
