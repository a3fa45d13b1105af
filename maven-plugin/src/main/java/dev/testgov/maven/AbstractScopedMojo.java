package dev.testgov.maven;

import dev.testgov.maven.internal.record.ModuleContext;
import dev.testgov.maven.internal.record.RecordScope;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that record or select, and so must agree on which classes a recording sees: {@code prepare} and
 * {@code select}. Set the patterns as properties or in the plugin's configuration, not in one execution's, so
 * that both goals see them.
 *
 * @since 0.1
 */
public abstract class AbstractScopedMojo extends AbstractTestgovMojo {

	/**
	 * The classes the JaCoCo agent instruments while recording, as JaCoCo patterns separated by {@code :}
	 * ({@code com.acme.*:org.example.Util}); {@code *} and {@code ?} are wildcards. Unset by default: the packages
	 * of every class of the reactor, main and test. A class outside the recording cannot be named as a test's
	 * dependency, so a narrowed scope counts among the module's build inputs: changing the patterns, or any class
	 * of the module's test classpath outside them, runs every test of the module.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.record.includes")
	String recordIncludes;

	/**
	 * Classes the JaCoCo agent leaves out while recording, as JaCoCo patterns separated by {@code :}. Leaving the
	 * test classes out ({@code *Test:*Test$*:*Tests:*Tests$*}) makes recording cheaper, as they are often half of
	 * what the agent instruments, at a price: a change to any test class of the module then runs every test of
	 * the module, as described for {@link #recordIncludes}. Unset by default: testgov's own classes only.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.record.excludes")
	String recordExcludes;

	/**
	 * The recording scope for this module.
	 *
	 * @throws MojoFailureException naming the parameter and the pattern when a pattern is malformed
	 */
	RecordScope scope() throws MojoFailureException {
		try {
			return RecordScope.of(recordIncludes, recordExcludes, ModuleContext.of(project, session).reactorClassDirectories());
		}
		catch (IllegalArgumentException e) {
			throw new MojoFailureException(e.getMessage(), e);
		}
	}
}
