package dev.testgov.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import dev.testgov.maven.internal.audit.AuditMessages;
import dev.testgov.maven.internal.audit.AuditResult;
import dev.testgov.maven.internal.audit.Auditor;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Finds tests that use Docker (Testcontainers, docker-java), read environment variables
 * ({@code System.getenv}) or open network connections (sockets, URL connections, JDK, OkHttp and Apache HTTP
 * clients, RestTemplate, REST Assured) without a gate that would skip them, with reasons, where that is
 * missing: {@code @RequiresDocker} for Docker; {@code @RequiresEnv}, {@code @LiveApi} or {@code @RequiresService}
 * for the environment; {@code @LiveApi}, {@code @RequiresService} or {@code @RequiresDocker} for the network.
 *
 * <p>It reads the compiled test classes as bytecode without loading them, follows calls into helper methods
 * of the test classes, and accepts gates on the method, the class, a superclass or an enclosing class, used
 * directly or composed into annotations of the project's own. Each finding names the test and the evidence,
 * e.g. {@code com.acme.RepoTest#saves uses Testcontainers (new org/testcontainers/containers/GenericContainer)
 * without @RequiresDocker}. It warns by default; {@code -Dtestgov.audit.fail=true} fails the build. Bind it in
 * the POM, or run {@code mvn test-compile testgov:audit}.
 *
 * @since 0.1
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.PROCESS_TEST_CLASSES, threadSafe = true,
		requiresDependencyResolution = ResolutionScope.TEST)
public class AuditMojo extends AbstractTestgovMojo {

	/**
	 * The compiled test classes to audit. Composed gate annotations are looked up there and on the test class
	 * path.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.audit.testClassesDirectory", defaultValue = "${project.build.testOutputDirectory}")
	File testClassesDirectory;

	/**
	 * Fails the build when the audit finds an ungated use, instead of warning. Set it in CI once the existing
	 * findings are gated, so new ones cannot slip in.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.audit.fail", defaultValue = "false")
	boolean fail;

	@Override
	String goal() {
		return "audit";
	}

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		if (!testClassesDirectory.isDirectory()) {
			getLog().info(String.format(AuditMessages.NOTHING_TO_AUDIT, testClassesDirectory));
			return;
		}
		AuditResult result = audit();
		if (result.isClean()) {
			getLog().info(result.summary());
			return;
		}
		result.findings().forEach(finding -> getLog().warn(String.format(AuditMessages.WARNING, finding)));
		if (fail) {
			throw new MojoFailureException(String.format(AuditMessages.FAILURE, result.summary()));
		}
		getLog().warn(String.format(AuditMessages.WARN_ONLY, result.summary()));
	}

	private AuditResult audit() throws MojoExecutionException {
		try {
			List<Path> classPath = project.getTestClasspathElements().stream().map(Path::of).collect(Collectors.toList());
			return Auditor.audit(testClassesDirectory.toPath(), classPath);
		}
		catch (DependencyResolutionRequiredException e) {
			throw new MojoExecutionException("testgov: audit needs the resolved test class path: " + e.getMessage(), e);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException e) {
			throw new MojoExecutionException(String.format(AuditMessages.READ_FAILURE, testClassesDirectory, e.getMessage()), e);
		}
	}
}
