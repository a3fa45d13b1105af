package dev.testgov.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.testgov.maven.internal.baseline.Analysis;
import dev.testgov.maven.internal.baseline.Thresholds;
import dev.testgov.maven.internal.report.HtmlReport;
import dev.testgov.maven.internal.report.ReportModel;
import dev.testgov.maven.internal.report.SitePage;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The testgov page of the Maven site: tests by outcome, category, tag and package, durations, skip reasons and
 * drift against the committed baseline, as charts and tables, with the self-contained report beside it. On a
 * project with modules it shows them together, each against its own baseline.
 *
 * <p>Add it to the POM's {@code <reporting>} section and run the tests first, {@code mvn verify} then
 * {@code mvn site}: the page reads the outcome files the test JVMs left under {@code target/testgov/}. It is a
 * report, so it extends Maven's {@code AbstractMavenReport} rather than testgov's goal base (as JaCoCo's report
 * does) and honours {@code testgov.skip} itself.
 *
 * @since 0.1
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

	static final String OUTPUT_NAME = "testgov";
	static final String FULL_REPORT = "testgov-report.html";

	/**
	 * Leaves the testgov page out of the site, as it turns every other testgov goal off.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.skip", defaultValue = "false")
	boolean skip;

	/**
	 * Where the test JVMs wrote their outcome files. Each module of a reactor is read from its own
	 * {@code target/testgov}.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.outputDirectory", defaultValue = "${project.build.directory}/testgov")
	File outcomesDirectory;

	/**
	 * The committed baseline the page compares with.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.baseline.file", defaultValue = "${project.basedir}/testgov-baseline.json")
	File baselineFile;

	/**
	 * The compiled test classes, whose method bodies tell a renamed test from a lost one.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.testClassesDirectory", defaultValue = "${project.build.testOutputDirectory}")
	File testClassesDirectory;

	/** The build session, for the properties given on the command line. */
	@Parameter(defaultValue = "${session}", readonly = true, required = true)
	MavenSession session;

	private ReportModel model;

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
	public String getName(Locale locale) {
		return "testgov";
	}

	@Override
	public String getDescription(Locale locale) {
		return "Tests by outcome, category, tag and package, durations, skip reasons and drift against the committed"
				+ " testgov baseline.";
	}

	@Override
	public boolean canGenerateReport() throws MavenReportException {
		return !skip && !model().modules().isEmpty();
	}

	@Override
	protected void executeReport(Locale locale) throws MavenReportException {
		ReportModel page = model();
		File full = new File(getReportOutputDirectory(), FULL_REPORT);
		try {
			Files.createDirectories(full.getParentFile().toPath());
			Files.write(full.toPath(), HtmlReport.render(page).getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new MavenReportException("testgov: could not write [" + full + "]: " + e.getMessage(), e);
		}
		new SitePage(getSink(), page, FULL_REPORT).render();
	}

	private ReportModel model() throws MavenReportException {
		if (model == null) {
			try {
				model = new ReportModel(project.getName(), modules(), Thresholds.defaults(), !project.getModules().isEmpty());
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
			add(modules, project, outcomesDirectory, baselineFile, testClassesDirectory);
			return modules;
		}
		for (MavenProject module : reactorProjects) {
			if (module != project && module.getBasedir().toPath().startsWith(project.getBasedir().toPath())) {
				add(modules, module, new File(module.getBuild().getDirectory(), "testgov"), AggregateMojo.baselineOf(module),
					new File(module.getBuild().getTestOutputDirectory()));
			}
		}
		return modules;
	}

	private void add(List<ReportModel.Module> modules, MavenProject module, File outcomes, File baseline, File classes)
			throws MojoFailureException, MojoExecutionException {
		Analysis analysis = ProjectRuns.analyse(module, session, outcomes, baseline, classes, Thresholds.defaults());
		if (!analysis.run().isEmpty() || analysis.baseline().isPresent()) {
			modules.add(new ReportModel.Module(analysis, ProjectRuns.display(project.getBasedir(), baseline)));
		}
	}
}
