package dev.testgov.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every testgov goal shares: the project, the session, and the one switch that turns testgov off.
 *
 * @since 0.1
 */
public abstract class AbstractTestgovMojo extends AbstractMojo {

	static final String SKIPPING = "Skipping testgov:%s because property testgov.skip is set.";

	/**
	 * Skips every testgov goal. Tests then run as Surefire and Failsafe are configured, without gate sets,
	 * categories or audit; the gates in the test JVM still decide at run time.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.skip", defaultValue = "false")
	boolean skip;

	/** The project being built. */
	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	/** The build session, for the properties given on the command line. */
	@Parameter(defaultValue = "${session}", readonly = true, required = true)
	MavenSession session;

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info(String.format(SKIPPING, goal()));
			return;
		}
		run();
	}

	/** The goal's name, as users type it after {@code testgov:}. */
	abstract String goal();

	/** Does the goal's work; called unless {@code testgov.skip} is set. */
	abstract void run() throws MojoExecutionException, MojoFailureException;
}
