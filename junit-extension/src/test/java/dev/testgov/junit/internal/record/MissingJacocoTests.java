package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import dev.testgov.junit.internal.record.RawEntries.End;
import dev.testgov.junit.internal.record.RawEntries.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** A fork asked to record without a JaCoCo agent (an {@code argLine} overridden, say) says so, once, and why. */
@Isolated(ChildFork.ISOLATED)
class MissingJacocoTests {

	@TempDir
	Path directory;

	@Test
	void noAgentAtAllIsOneWarningAndAnUnavailableRecording() throws IOException, InterruptedException {
		String output = ChildFork.recording(directory, DependencyRecordingTests.CallsTestCase.class).withoutJacoco().run();

		assertThat(output.lines()).containsExactly("[testgov] dependencies are not recorded in this fork: "
				+ JacocoAgent.NOT_VISIBLE);
		assertThat(RawRecording.only(directory).entries())
			.containsExactly(new Mode(Recording.UNAVAILABLE_MODE, JacocoAgent.NOT_VISIBLE), new End());
	}

	@Test
	void jacocoRuntimeOnTheClasspathWithoutItsAgentIsNoAgent() throws IOException, InterruptedException {
		String output = ChildFork.recording(directory, DependencyRecordingTests.CallsTestCase.class).withoutJacoco()
			.jacocoRuntimeOnClasspath().run();

		String why = "no JaCoCo agent started (JaCoCo agent not started.); was argLine overridden without @{argLine}?";
		assertThat(output.lines()).containsExactly("[testgov] dependencies are not recorded in this fork: " + why);
		assertThat(RawRecording.only(directory).entries()).containsExactly(new Mode(Recording.UNAVAILABLE_MODE, why),
			new End());
	}
}
