package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;

import dev.testgov.junit.internal.record.hook.FileReads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Why a fork records no file reads, for each way the agent can be missing or unusable. In this JVM the hook is
 * the idle copy on the classpath, which is exactly what a class loader that hides the bootstrap copy shows.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class FileReadCollectorTests {

	private static final Path RECORDS = Paths.get("/work/project/target/testgov/raw");
	private static final RecordSettings SETTINGS = new RecordSettings(RECORDS, Paths.get("/work/project"), false, false, ClassPatterns.ALL);

	@AfterEach
	void clear() {
		System.clearProperty(FileReads.AGENT_PROPERTY);
	}

	@Test
	void noAgentIsAChoiceNotAWarning() {
		FileReadCollector reads = FileReadCollector.connect(SETTINGS, Attribution.ROOT);

		assertThat(reads.problem()).isEqualTo(FileReadCollector.NO_AGENT);
		assertThat(reads.warns()).isFalse();
		assertThat(reads.drain()).isEmpty();
	}

	@Test
	void aFailedAgentIsNamedWithItsCauseAndHasWarnedAlready() {
		System.setProperty(FileReads.AGENT_PROPERTY, "java.lang.IllegalStateException: the advice did not reach ...");

		FileReadCollector reads = FileReadCollector.connect(SETTINGS, Attribution.ROOT);

		assertThat(reads.problem()).isEqualTo("the file-read agent failed to install itself:"
				+ " java.lang.IllegalStateException: the advice did not reach ...");
		assertThat(reads.warns()).isFalse();
	}

	@Test
	void anInstalledAgentWithoutARootWarns() {
		System.setProperty(FileReads.AGENT_PROPERTY, FileReads.AGENT_INSTALLED);

		FileReadCollector reads = FileReadCollector.connect(new RecordSettings(RECORDS, null, false, false, ClassPatterns.ALL), Attribution.ROOT);

		assertThat(reads.problem()).isEqualTo(FileReadCollector.NO_ROOT);
		assertThat(reads.warns()).isTrue();
	}

	@Test
	void anInstalledAgentWhoseHookTheRecorderCannotSeeWarns() {
		System.setProperty(FileReads.AGENT_PROPERTY, FileReads.AGENT_INSTALLED);

		FileReadCollector reads = FileReadCollector.connect(SETTINGS, Attribution.ROOT);

		assertThat(reads.problem()).startsWith("the file-read agent runs, but the recorder sees another copy of its"
				+ " hook (loaded by [jdk.internal.loader.ClassLoaders$AppClassLoader");
		assertThat(reads.warns()).isTrue();
		assertThat(reads.stop()).isEmpty();
	}
}
