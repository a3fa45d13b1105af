package dev.testgov.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.Set;

import dev.testgov.maven.internal.baseline.Analysis;
import dev.testgov.maven.internal.baseline.Baseline;
import dev.testgov.maven.internal.baseline.BaselineFile;
import dev.testgov.maven.internal.baseline.BaselineMessages;
import dev.testgov.maven.internal.baseline.MethodBodies;
import dev.testgov.maven.internal.baseline.OutcomeFiles;
import dev.testgov.maven.internal.baseline.Run;
import dev.testgov.maven.internal.baseline.Selection;
import dev.testgov.maven.internal.baseline.Thresholds;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/** Reads a module's run and baseline for the goals and reports, turning faults into Maven's two exceptions. */
final class ProjectRuns {

	/** The default lifecycle's phases that include {@code test}. */
	static final Set<String> TEST_PHASES = Set.of("test", "prepare-package", "package", "pre-integration-test",
		"integration-test", "post-integration-test", "verify", "install", "deploy");

	private ProjectRuns() {
	}

	/**
	 * One module's run against its baseline.
	 *
	 * @throws MojoFailureException when a file has an unsupported format or the run's filters do not parse
	 * @throws MojoExecutionException when a file cannot be read
	 */
	static Analysis analyse(MavenProject project, MavenSession session, File outcomes, File baselineFile,
			File testClasses, Thresholds thresholds) throws MojoFailureException, MojoExecutionException {
		try {
			Run run = read(outcomes, () -> OutcomeFiles.read(outcomes.toPath(), runStart(session)));
			Baseline baseline = read(baselineFile, () -> BaselineFile.read(baselineFile.toPath())).orElse(null);
			Selection selection = selection(project, session.getUserProperties());
			return read(testClasses, () -> Analysis.of(id(project), run, new MethodBodies(testClasses.toPath()), baseline,
				selection, thresholds));
		}
		catch (IllegalArgumentException e) {
			throw new MojoFailureException(e.getMessage(), e);
		}
	}

	private static <T> T read(File file, IoAction<T> action) throws MojoExecutionException {
		try {
			return action.run();
		}
		catch (IOException | UncheckedIOException e) {
			throw new MojoExecutionException(String.format(BaselineMessages.READ_FAILURE, file, e.getMessage()), e);
		}
	}

	/** Something that reads files. */
	private interface IoAction<T> {
		T run() throws IOException;
	}

	/**
	 * The filters this build started its tests with: {@code groups} and {@code excludedGroups} as the command line
	 * or {@code testgov:prepare} set them, {@code testgov.categories}, and {@code -Dtest} or {@code -Dit.test}.
	 */
	static Selection selection(MavenProject project, Properties commandLine) {
		Properties properties = project.getProperties();
		String tests = commandLine.getProperty("test", commandLine.getProperty("it.test"));
		return new Selection(Selection.split(property("groups", commandLine, properties)),
			Selection.split(property("excludedGroups", commandLine, properties)),
			property("testgov.categories", commandLine, properties),
			property("testgov.categoryPatterns", commandLine, properties), tests);
	}

	private static String property(String key, Properties commandLine, Properties project) {
		String value = commandLine.getProperty(key, project.getProperty(key));
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * From when outcome files count. A build that runs the tests (a phase from {@code test} on) counts only the
	 * files it wrote: older ones are left over from an earlier build. A goal run on its own, after the tests,
	 * counts them all.
	 */
	static Instant runStart(MavenSession session) {
		Date start = session.getRequest().getStartTime();
		boolean runsTests = session.getGoals().stream().anyMatch(TEST_PHASES::contains);
		return start == null || !runsTests ? Instant.EPOCH : start.toInstant();
	}

	static String id(MavenProject project) {
		return project.getGroupId() + ":" + project.getArtifactId();
	}

	/** A path as users would type it from the directory they build in: relative to the project, or to the reactor root. */
	static String display(File base, File file) {
		Path basePath = base.toPath().toAbsolutePath().normalize();
		Path path = file.toPath().toAbsolutePath().normalize();
		return path.startsWith(basePath) ? basePath.relativize(path).toString().replace(File.separatorChar, '/')
				: path.toString();
	}
}
