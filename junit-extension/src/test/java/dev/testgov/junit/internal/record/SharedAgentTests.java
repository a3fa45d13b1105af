package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import dev.testgov.junit.internal.record.fixture.Foo;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Recording with the project's own JaCoCo agent (jacoco-maven-plugin's {@code prepare-agent}): the resets
 * per test must not cost the project its coverage report, so the recorder gives every probe back at the end.
 */
@Isolated(ChildFork.ISOLATED)
class SharedAgentTests {

	@TempDir
	Path directory;

	@Test
	void projectCoverageStillCoversTheWholeRunWhenProbesAreGivenBack() throws Exception {
		Path exec = directory.resolve("jacoco.exec");
		ChildFork.recording(directory.resolve("records"), DependencyRecordingTests.CallsTestCase.class)
			.jacocoDestination(exec)
			.property(RecordSettings.RESTORE_PARAMETER, "true")
			.run();

		assertThat(coveredMethodsOfFoo(exec)).contains("a", "b");
		assertThat(RawRecording.only(directory.resolve("records")).coverage(
			"[engine:junit-jupiter]/[class:" + DependencyRecordingTests.CallsTestCase.class.getName() + "]/[method:callsA()]"))
			.containsOnlyKeys("dev/testgov/junit/internal/record/fixture/Foo");
	}

	@Test
	void withoutGivingBackTheProjectReportWouldMissAllButTheLastCut() throws Exception {
		Path exec = directory.resolve("jacoco.exec");
		ChildFork.recording(directory.resolve("records"), DependencyRecordingTests.CallsTestCase.class)
			.jacocoDestination(exec)
			.run();

		assertThat(coveredMethodsOfFoo(exec)).doesNotContain("a", "b");
	}

	private static Set<String> coveredMethodsOfFoo(Path exec) throws IOException {
		assertThat(exec).exists();
		ExecFileLoader loader = new ExecFileLoader();
		loader.load(exec.toFile());
		CoverageBuilder coverage = new CoverageBuilder();
		String resource = "/" + Foo.class.getName().replace('.', '/') + ".class";
		try (InputStream bytes = Foo.class.getResourceAsStream(resource)) {
			new Analyzer(loader.getExecutionDataStore(), coverage).analyzeClass(bytes, resource);
		}
		Set<String> covered = new TreeSet<>();
		coverage.getClasses().forEach(type -> type.getMethods().stream()
			.filter(method -> method.getInstructionCounter().getCoveredCount() > 0)
			.map(IMethodCoverage::getName)
			.forEach(covered::add));
		Files.deleteIfExists(exec);
		return covered;
	}
}
