package dev.testgov.junit.internal.record.hook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The hook's own rules, called directly as the advice would call them; no agent needed. */
@ResourceLock(FileReadsTests.HOOK)
class FileReadsTests {

	static final String HOOK = "dev.testgov.junit.internal.record.hook.FileReads";
	private static final Path ROOT = Paths.get("/work/project");
	private static final Path RECORDS = ROOT.resolve("target/testgov/raw");

	@AfterEach
	void stop() {
		FileReads.stop();
	}

	@Test
	void nothingIsRecordedUntilARecordingStarts() {
		FileReads.openedForReading(ROOT.resolve("data.csv").toFile());

		assertThat(FileReads.drain()).isEmpty();
		assertThat(FileReads.isInstalled()).isFalse();
	}

	@Test
	void readsUnderTheRootCountOncePerScopeStampedWithTheScope() {
		FileReads.start(ROOT.toString(), RECORDS.toString(), "");
		FileReads.openedForReading(new File("/work/project/module/../data.csv"));
		FileReads.enter("test-1");
		FileReads.openedChannel(ROOT.resolve("data.csv"), Set.of());
		FileReads.openedChannel(ROOT.resolve("data.csv"), Set.of(StandardOpenOption.READ));
		FileReads.openedRandomAccess(ROOT.resolve("index.bin").toFile(), "r");

		assertThat(reads(FileReads.drain())).containsExactly("|file|/work/project/data.csv|",
			"test-1|file|/work/project/data.csv|", "test-1|file|/work/project/index.bin|");
		assertThat(FileReads.drain()).isEmpty();
	}

	@Test
	void outputsClassFilesTheRecordingAndEverythingOutsideTheRootAreNoInputs() {
		FileReads.start(ROOT.toString(), RECORDS.toString(), "test");
		FileReads.openedChannel(ROOT.resolve("out.txt"), Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE));
		FileReads.openedChannel(ROOT.resolve("log.txt"), Set.of(StandardOpenOption.APPEND));
		FileReads.openedRandomAccess(ROOT.resolve("db.bin").toFile(), "rw");
		FileReads.openedForReading(ROOT.resolve("target/classes/com/acme/Foo.class").toFile());
		FileReads.openedForReading(RECORDS.resolve("raw-1-1.tgr").toFile());
		FileReads.openedForReading(new File("/work/project-other/data.csv"));
		FileReads.openedForReading(new File("/etc/hosts"));
		FileReads.openedForReading(null);

		assertThat(FileReads.stop()).isEmpty();
	}

	@Test
	void resourcesAreRecordedByNameAndUrlWhenTheirFileOrArchiveIsUnderTheRootAndMissesByName() throws IOException {
		FileReads.start(ROOT.toString(), RECORDS.toString(), "test");
		FileReads.resolvedResource("data.json", new URL("file:/work/project/target/test-classes/data.json"));
		FileReads.resolvedResource("config.xml", new URL("jar:file:/work/project/lib/fixtures.jar!/config.xml"));
		FileReads.resolvedResource("junit-platform.properties", new URL("jar:file:/home/me/.m2/junit.jar!/junit-platform.properties"));
		FileReads.resolvedResource("com/acme/Foo.class", new URL("file:/work/project/target/classes/com/acme/Foo.class"));
		FileReads.resolvedResource("missing.txt", null);

		assertThat(reads(FileReads.stop())).containsExactly(
			"test|resource|file:/work/project/target/test-classes/data.json|data.json",
			"test|resource|jar:file:/work/project/lib/fixtures.jar!/config.xml|config.xml",
			"test|missing-resource|missing.txt|missing.txt");
	}

	@Test
	void stoppingEndsTheRecording() {
		FileReads.start(ROOT.toString(), RECORDS.toString(), "test");
		FileReads.stop();
		FileReads.openedForReading(ROOT.resolve("late.txt").toFile());
		FileReads.enter("later");

		assertThat(FileReads.drain()).isEmpty();
	}

	private static List<String> reads(List<Read> reads) {
		return reads.stream().map(read -> String.join("|", read.scopeId(), read.kind(), read.location(), read.resource()))
			.collect(Collectors.toList());
	}
}
