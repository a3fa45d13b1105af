package dev.testgov.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs only the tests that the change since the recorded run can affect, and records them: {@code mvn
 * testgov:affected}. It builds what is needed (the lifecycle up to {@code test}, forked with
 * {@code testgov:prepare -Dtestgov.affected} before the tests and {@code testgov:collect} after them), so no
 * binding in the POM is needed. The first run, with no store yet, runs and records everything.
 *
 * <p>{@code -Dtestgov.explain=true} prints why each test runs; {@code target/testgov/selection.json} holds
 * the same. {@code -Dtestgov.affected.verify=true} runs every test and reports failures the selection would
 * have missed.
 *
 * @since 0.1
 */
@Mojo(name = "affected", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
@Execute(phase = LifecyclePhase.TEST, lifecycle = "testgov-affected")
public class AffectedMojo extends AbstractTestgovMojo {

	@Override
	String goal() {
		return "affected";
	}

	@Override
	void run() {
		getLog().debug("testgov: affected tests of " + project.getArtifactId() + " ran and are recorded");
	}
}
