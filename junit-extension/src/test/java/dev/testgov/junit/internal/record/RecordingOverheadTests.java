package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import dev.testgov.junit.internal.record.RawEntries.Coverage;
import dev.testgov.junit.internal.record.fixture.Branches;
import dev.testgov.junit.internal.record.fixture.Foo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What recording costs per test: a few hundred tests run in alternating unrecorded and recorded sessions of
 * one warm JVM, with JaCoCo instrumenting AssertJ as well as the fixtures so each dump walks a few hundred
 * classes, as in a real module. CPU time of the fastest round, because the machine is shared; the bound is
 * loose and the measurement is published as a report entry.
 */
@Isolated(ChildFork.ISOLATED)
class RecordingOverheadTests {

	static final int TESTS = 300;
	private static final int ROUNDS = 4;

	@TempDir
	Path directory;

	@Test
	void recordingCostsWellUnderAMillisecondPerTest(TestReporter reporter) throws IOException, InterruptedException {
		String output = ChildFork.unrecorded(ManyTestsTestCase.class)
			.jacocoIncludes(ChildFork.FIXTURE_PACKAGE + ":org.assertj.*")
			.main(OverheadMain.class, directory.toString(), Integer.toString(ROUNDS))
			.fullJvm()
			.run();
		List<Long> unrecorded = new ArrayList<>();
		List<Long> recorded = new ArrayList<>();
		output.lines().filter(line -> line.startsWith(OverheadMain.TIMING)).skip(2).forEach(line -> {
			String[] fields = line.split("\\|");
			(Boolean.parseBoolean(fields[1]) ? recorded : unrecorded).add(Long.parseLong(fields[2]));
		});

		long perTestMicros = (fastest(recorded) - fastest(unrecorded)) / TESTS / 1000;
		List<RawRecording> files = RawRecording.all(directory);
		long bytesPerTest = Files.size(files.get(files.size() - 1).file()) / TESTS;
		int classesPerDump = files.get(files.size() - 1).entries(Coverage.class).stream()
			.mapToInt(coverage -> coverage.classes().size()).max().orElse(0);
		reporter.publishEntry("overhead", String.format("%d us CPU per test (%d tests: %d ms unrecorded, %d ms"
				+ " recorded), %d bytes per test, up to %d classes per dump", perTestMicros, TESTS,
			fastest(unrecorded) / 1_000_000, fastest(recorded) / 1_000_000, bytesPerTest, classesPerDump));
		assertThat(files).hasSize(ROUNDS).allSatisfy(file -> assertThat(file.contents().isComplete()).isTrue());
		assertThat(perTestMicros).isLessThan(1000);
	}

	/** The least disturbed of the rounds. */
	private static long fastest(List<Long> values) {
		return Collections.min(values);
	}

	static class ManyTestsTestCase {

		static IntStream values() {
			return IntStream.range(-TESTS / 2, TESTS / 2);
		}

		@ParameterizedTest
		@MethodSource("values")
		void many(int value) {
			assertThat(Branches.sign(value)).isNotEmpty();
			assertThat(Foo.a(value)).isGreaterThan(value);
		}
	}
}
