package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.testgov.junit.internal.record.RawEntries.Coverage;
import dev.testgov.junit.internal.record.RawEntries.Mode;
import dev.testgov.junit.internal.record.fixture.Foo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;

/** JUnit parallel execution: one set of probes cannot tell concurrent tests apart, so the fork says so. */
@Isolated(ChildFork.ISOLATED)
class ParallelRecordingTests {

	@TempDir
	Path directory;

	@Test
	void parallelExecutionRecordsEverythingOnTheRootScopeAndSaysWhy() throws IOException, InterruptedException {
		String output = ChildFork.recording(directory, ConcurrentTestCase.class)
			.property(RecordingMain.PARALLEL_PROPERTY, "true")
			.run();

		RawRecording recorded = RawRecording.only(directory);
		assertThat(recorded.modes()).contains(new Mode(Recording.FORK_MODE, Recording.PARALLEL_CONFIGURED));
		assertThat(recorded.entries(Coverage.class)).isNotEmpty().extracting(Coverage::scopeId)
			.containsOnly(Attribution.ROOT);
		assertThat(CoveredMethods.of(Foo.class, recorded.coverage(Attribution.ROOT, Foo.class).orElseThrow()))
			.containsExactly("a", "b");
		for (String test : List.of("a()", "b()", "c()", "d()")) {
			String id = DependencyRecordingTests.method(ConcurrentTestCase.class, test);
			assertThat(recorded.scope(id).test()).isTrue();
			assertThat(recorded.outcome(id).status()).isEqualTo("PASSED");
		}
		assertThat(recorded.contents().isComplete()).isTrue();
		assertThat(output).isEmpty();
	}

	@Execution(ExecutionMode.CONCURRENT)
	static class ConcurrentTestCase {

		@Test
		void a() {
			Foo.a(1);
		}

		@Test
		void b() {
			Foo.b(1);
		}

		@Test
		void c() {
			Foo.a(2);
		}

		@Test
		void d() {
			Foo.b(2);
		}
	}
}
