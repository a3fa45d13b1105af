package dev.testgov.maven;

import java.io.IOException;
import java.util.List;

import dev.testgov.maven.internal.record.FailsafeRecordings;
import dev.testgov.maven.internal.record.ModuleContext;
import dev.testgov.maven.internal.record.RecordScope;
import dev.testgov.maven.internal.selection.SelectionRun;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the tests {@code testgov:affected} would run, and why, without running them: {@code mvn
 * testgov:select}. It compiles what is needed (the lifecycle up to {@code process-test-classes}), prints the
 * summary and one line per selected test, and writes {@code target/testgov/selection.json} for scripts and
 * CI.
 *
 * @since 0.1
 */
@Mojo(name = "select", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
@Execute(phase = LifecyclePhase.PROCESS_TEST_CLASSES)
public class SelectMojo extends AbstractScopedMojo {

	@Override
	String goal() {
		return "select";
	}

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		if ("pom".equals(project.getPackaging())) {
			getLog().debug("testgov: " + project.getArtifactId() + " has packaging pom: no tests to select");
			return;
		}
		RecordScope scope = scope();
		try {
			// As testgov:affected selects, whose build stops at test.
			SelectionRun run = SelectionRun.compute(ModuleContext.of(project, session).scoped(scope),
				FailsafeRecordings.onlyFailsafe(project, List.of("test"), session.getUserProperties()));
			run.write();
			run.storeWarning().ifPresent(getLog()::warn);
			run.lines(true).forEach(getLog()::info);
			getLog().info(run.timing());
		}
		catch (IOException | RuntimeException e) {
			throw new MojoExecutionException("testgov could not compute the selection for " + project.getArtifactId() + ": "
					+ e.getMessage(), e);
		}
	}
}
