package dev.testgov.maven;

import java.util.List;
import java.util.Optional;

import dev.testgov.maven.internal.record.ModuleContext;
import dev.testgov.maven.internal.store.LoadResult;
import dev.testgov.maven.internal.store.Store;
import dev.testgov.maven.internal.store.StoreQuery;
import dev.testgov.maven.internal.store.TestRecord;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints what the dependency store knows about a test or a class, for debugging a selection: {@code mvn
 * testgov:inspect -Dtestgov.test=OrderServiceTest#placesAnOrder} or {@code -Dtestgov.class=com.acme.Order}.
 *
 * @since 0.1
 */
@Mojo(name = "inspect", threadSafe = true)
public class InspectMojo extends AbstractTestgovMojo {

	static final String NOTHING_ASKED = "Name a test with -Dtestgov.test=Class#method (a unique id or * work too) or a class"
			+ " with -Dtestgov.class=com.acme.Foo";
	static final String NO_STORE = "testgov: %s has no usable dependency store: %s";

	/**
	 * The tests to describe: {@code Class#method}, where the class is a simple or binary name and {@code *}
	 * matches any characters, or a JUnit unique id. Unset by default.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.test")
	String test;

	/**
	 * The class to describe, by binary name ({@code com.acme.Order}): its fingerprints and every test that
	 * executed it, with the methods each executed. Unset by default.
	 *
	 * @since 0.1
	 */
	@Parameter(property = "testgov.class")
	String className;

	@Override
	String goal() {
		return "inspect";
	}

	@Override
	void run() throws MojoFailureException {
		if (test == null && className == null) {
			throw new MojoFailureException(NOTHING_ASKED);
		}
		if ("pom".equals(project.getPackaging())) {
			getLog().debug("testgov: " + project.getArtifactId() + " has packaging pom: no tests, no store");
			return;
		}
		ModuleContext module = ModuleContext.of(project, session);
		LoadResult loaded = module.store().load();
		if (loaded.store().isEmpty()) {
			getLog().info(String.format(NO_STORE, module.name(), loaded.warning().orElse("absent")));
			return;
		}
		StoreQuery query = new StoreQuery(loaded.store().get());
		if (test != null) {
			describeTests(loaded.store().get(), query.tests(test));
		}
		if (className != null) {
			describeClass(query.classUsage(className));
		}
	}

	private void describeTests(Store store, List<TestRecord> tests) {
		getLog().info(String.format("testgov: %d recorded tests match [%s] in %s", tests.size(), test, project.getArtifactId()));
		for (TestRecord record : tests) {
			getLog().info(String.format("  %s: %s in %d ms, %s attribution", record.uniqueId(), record.status(),
				record.durationMillis(), record.attribution().name().toLowerCase(java.util.Locale.ROOT)));
			record.dependencies().classes().forEach((name, methods) -> getLog().info(String.format("    class %s %s%s",
				name.replace('/', '.'), methods, store.classes().containsKey(name) && !store.classes().get(name).resolved()
						? " (not found on the classpath; judged by the build inputs)" : "")));
			record.dependencies().files().forEach(file -> getLog().info("    file " + file));
			if (record.dependencies().external()) {
				getLog().info("    reads files outside the project: always runs");
			}
		}
	}

	private void describeClass(Optional<StoreQuery.ClassUsage> usage) {
		if (usage.isEmpty()) {
			getLog().info(String.format("testgov: no recorded test executed [%s] in %s", className, project.getArtifactId()));
			return;
		}
		getLog().info(String.format("testgov: class %s from %s, structure %s, %d methods; executed by %d tests",
			className, usage.get().record().origin(), usage.get().record().structure(), usage.get().record().methods().size(),
			usage.get().tests().size()));
		usage.get().tests().forEach((id, methods) -> getLog().info("  " + id + " " + methods));
	}
}
