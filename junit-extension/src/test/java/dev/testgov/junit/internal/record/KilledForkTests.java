package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.testgov.junit.internal.record.fixture.Foo;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** A fork killed mid-run leaves every record it finished, and no end: the plugin knows the data is partial. */
@Isolated(ChildFork.ISOLATED)
class KilledForkTests {

	static final String BLOCKED = "fixture blocked";

	@TempDir
	Path directory;

	@Test
	void haltedForkLeavesAReadablePrefixWithoutEnd() throws IOException, InterruptedException {
		ChildFork.recording(directory, HaltingTestCase.class).run(3);

		assertReadablePrefix(RawRecording.only(directory), HaltingTestCase.class);
	}

	@Test
	void forciblyDestroyedForkLeavesAReadablePrefixWithoutEnd() throws IOException, InterruptedException {
		Process process = ChildFork.recording(directory, BlockingTestCase.class).start();
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = output.readLine(); !BLOCKED.equals(line); line = output.readLine()) {
			assertThat(line).as("the child JVM ended before the blocking test").isNotNull();
		}
		process.destroyForcibly();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

		assertReadablePrefix(RawRecording.only(directory), BlockingTestCase.class);
	}

	private static void assertReadablePrefix(RawRecording recorded, Class<?> fixture) throws IOException {
		assertThat(recorded.contents().isComplete()).isFalse();
		assertThat(recorded.contents().isDamaged()).isFalse();
		String first = DependencyRecordingTests.method(fixture, "first()");
		assertThat(recorded.outcome(first).status()).isEqualTo("PASSED");
		assertThat(CoveredMethods.of(Foo.class, recorded.coverage(first, Foo.class).orElseThrow())).containsExactly("a");
		assertThat(recorded.scope(DependencyRecordingTests.method(fixture, "second()")).test()).isTrue();
	}

	@TestMethodOrder(MethodOrderer.MethodName.class)
	static class HaltingTestCase {

		@Test
		void first() {
			Foo.a(1);
		}

		@Test
		void second() {
			Runtime.getRuntime().halt(3);
		}
	}

	@TestMethodOrder(MethodOrderer.MethodName.class)
	static class BlockingTestCase {

		@Test
		void first() {
			Foo.a(1);
		}

		@Test
		void second() throws InterruptedException {
			System.out.println(BLOCKED);
			System.out.flush();
			Thread.sleep(120_000);
		}
	}
}
