package dev.testgov.maven.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.testgov.junit.internal.record.RawEntries.End;
import dev.testgov.junit.internal.record.RawEntries.Entry;
import dev.testgov.junit.internal.record.RawEntries.Outcome;
import dev.testgov.junit.internal.record.RawEntries.Scope;
import dev.testgov.junit.internal.record.RawRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOutcomesTests {

	static final String ENGINE = "[engine:junit-jupiter]";
	static final String CART = ENGINE + "/[class:com.acme.CartTest]";
	static final String ADDS = CART + "/[method:adds()]";
	static final String SETUP = ENGINE + "/[class:com.acme.BrokenSetupTest]";

	@TempDir
	Path directory;

	@Test
	void aFailedTestFailsTheBuild() throws IOException {
		RunOutcomes outcomes = RunOutcomes.read(List.of(raw("one", engine(), cart("FAILED"), new End())));

		assertThat(outcomes.failures()).containsExactly(ADDS);
		assertThat(outcomes.anyFailed()).isTrue();
		assertThat(outcomes.describeFailures()).isEqualTo("1 of 1 recorded tests failed: [" + ADDS + "]");
	}

	@Test
	void aContainerThatFailedOnItsOwnFailsTheBuildThoughNoTestFailed() throws IOException {
		RunOutcomes outcomes = RunOutcomes.read(List.of(raw("one", engine(), cart("PASSED"),
			new Scope(SETUP, ENGINE, false, "com.acme.BrokenSetupTest", ""), new Outcome(SETUP, "ERRORED", 3), new End())));

		assertThat(outcomes.failures()).isEmpty();
		assertThat(outcomes.failedContainers()).containsExactly(SETUP);
		assertThat(outcomes.anyFailed()).isTrue();
		assertThat(outcomes.describeFailures()).isEqualTo("1 container failed (a @BeforeAll, @AfterAll, class-level"
				+ " extension or static initialiser threw): [" + SETUP + "]");
	}

	@Test
	void aPassingRunFailsNothing() throws IOException {
		RunOutcomes outcomes = RunOutcomes.read(List.of(raw("one", engine(), cart("PASSED"), new End())));

		assertThat(outcomes.anyFailed()).isFalse();
		assertThat(outcomes.tests()).isEqualTo(1);
	}

	static Entry[] engine() {
		return new Entry[] {new Scope(ENGINE, "", false, "", ""), new Outcome(ENGINE, "PASSED", 9)};
	}

	static Entry[] cart(String status) {
		return new Entry[] {new Scope(CART, ENGINE, false, "com.acme.CartTest", ""),
			new Scope(ADDS, CART, true, "com.acme.CartTest", "adds"), new Outcome(ADDS, status, 1),
			new Outcome(CART, "PASSED", 2)};
	}

	Path raw(String name, Object... entries) throws IOException {
		Path file = directory.resolve("raw-" + name + ".tgr");
		try (RawRecords.Writer writer = RawRecords.create(file)) {
			for (Object entry : entries) {
				if (entry instanceof Entry[] several) {
					for (Entry one : several) {
						one.appendTo(writer);
					}
				}
				else {
					((Entry) entry).appendTo(writer);
				}
			}
		}
		return file;
	}
}
