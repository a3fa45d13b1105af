package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.testgov.junit.internal.record.RawEntries.FileRead;
import dev.testgov.junit.internal.record.RawEntries.Mode;
import dev.testgov.junit.internal.record.hook.FileReads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The file-read agent as the plugin will run it: the packaged {@code agent} jar next to the real JaCoCo agent in
 * a child JVM, the module directory as the root. Runs with Failsafe, after the jar is built.
 */
@Isolated(ChildFork.ISOLATED)
class FileReadAgentTests {

	private static final Path MODULE = Paths.get(System.getProperty("basedir", "")).toAbsolutePath();
	private static final String DATA_PROPERTY = "fixture.data";
	private static final String OUTSIDE_PROPERTY = "fixture.outside";

	@TempDir
	static Path outside;
	static Path data;
	static Path records;
	static String output;
	static RawRecording recorded;

	@BeforeAll
	static void record() throws IOException, InterruptedException {
		Path run = Files.createTempDirectory(Files.createDirectories(MODULE.resolve("target/file-read-tests")), "run");
		data = Files.createDirectories(run.resolve("data"));
		records = run.resolve("raw");
		for (String name : List.of("before-all", "read-string", "io", "random", "lines", "reader", "channel", "bytes",
				"stream", "scratch")) {
			Files.writeString(data.resolve(name + ".txt"), name);
		}
		Files.writeString(outside.resolve("elsewhere.txt"), "outside the root");
		output = ChildFork.recording(records, ReadingTestCase.class).withFileAgent()
			.property(RecordSettings.ROOT_PARAMETER, MODULE.toString())
			.property(DATA_PROPERTY, data.toString())
			.property(OUTSIDE_PROPERTY, outside.toString())
			.run();
		recorded = RawRecording.only(records);
	}

	@Test
	void eachTestsReadsLandOnItsOwnScope() {
		assertThat(files("readString()")).containsExactly(data.resolve("read-string.txt").toString());
		assertThat(files("javaIo()")).containsExactlyInAnyOrder(data("io"), data("random"));
		assertThat(files("nio()")).containsExactlyInAnyOrder(data("lines"), data("reader"), data("channel"),
			data("bytes"), data("stream"));
		assertThat(recorded.reads(DependencyRecordingTests.container(ReadingTestCase.class)))
			.containsExactly(new FileRead(DependencyRecordingTests.container(ReadingTestCase.class), FileReads.FILE,
				data("before-all")));
	}

	@Test
	void aClasspathResourceIsRecordedByNameAndUrlAndAsTheFileBehindIt() throws IOException {
		Path resource = MODULE.resolve("target/test-classes/record-fixture.txt");
		String scope = test("resource()");

		// the platform class loader, asked first, found nothing: the merge drops that miss for the found copy
		assertThat(recorded.reads(scope)).containsExactlyInAnyOrder(
			new FileRead(scope, FileReads.RESOURCE, resource.toUri().toURL().toExternalForm(), "record-fixture.txt"),
			new FileRead(scope, FileReads.MISSING_RESOURCE, "record-fixture.txt", "record-fixture.txt"),
			new FileRead(scope, FileReads.FILE, resource.toString()));
	}

	@Test
	void writesScratchFilesClassFilesOutsideTheRootAndTheRecordingItselfAreNoInputs() {
		String scope = test("notInputs()");
		assertThat(recorded.reads(scope)).as("only the resource it looked for in vain")
			.containsExactly(new FileRead(scope, FileReads.MISSING_RESOURCE, "no-such-resource.txt", "no-such-resource.txt"));
		assertThat(recorded.entries(FileRead.class)).extracting(FileRead::location)
			.noneMatch(location -> location.startsWith(records.toString()) || location.endsWith(".class"));
	}

	@Test
	void theHookIsTheBootstrapCopyAndTheForkPrintsNothing() {
		assertThat(recorded.outcome(test("hookIsTheBootstrapCopy()")).status()).isEqualTo("PASSED");
		assertThat(recorded.entries(Mode.class)).isEmpty();
		assertThat(recorded.contents().isComplete()).isTrue();
		assertThat(output).isEmpty();
	}

	@Test
	void withoutARootTheForkSaysFileReadsAreNotRecorded(@TempDir Path directory) throws IOException, InterruptedException {
		String warning = ChildFork.recording(directory, DependencyRecordingTests.CallsTestCase.class).withFileAgent().run();

		assertThat(warning.lines()).containsExactly("[testgov] file reads are not recorded in this fork: "
				+ FileReadCollector.NO_ROOT);
		RawRecording coverageOnly = RawRecording.only(directory);
		assertThat(coverageOnly.modes()).containsExactly(new Mode(Recording.COVERAGE_ONLY_MODE, FileReadCollector.NO_ROOT));
		assertThat(coverageOnly.entries(FileRead.class)).isEmpty();
	}

	@Test
	void theAgentJarCarriesItsOwnRelocatedAsmAndAManifestForPremain() throws IOException {
		try (JarFile jar = new JarFile(System.getProperty("testgov.test.fileAgent"))) {
			Manifest manifest = jar.getManifest();
			assertThat(manifest.getMainAttributes().getValue("Premain-Class")).isEqualTo("dev.testgov.agent.FileReadAgent");
			assertThat(manifest.getMainAttributes().getValue("Can-Retransform-Classes")).isEqualTo("true");
			List<String> classes = jar.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class"))
				.collect(Collectors.toList());
			assertThat(classes).allMatch(name -> name.startsWith("dev/testgov/shaded/asm/")
					|| name.startsWith("dev/testgov/agent/") || name.startsWith("dev/testgov/junit/internal/record/hook/"));
			assertThat(classes).contains("dev/testgov/agent/FileReadAgent.class",
				"dev/testgov/junit/internal/record/hook/FileReads.class");
		}
	}

	private List<String> files(String method) {
		return recorded.reads(test(method)).stream().filter(read -> read.kind().equals(FileReads.FILE))
			.map(FileRead::location).collect(Collectors.toList());
	}

	private static String data(String name) {
		return data.resolve(name + ".txt").toString();
	}

	private static String test(String method) {
		return DependencyRecordingTests.method(ReadingTestCase.class, method);
	}

	static class ReadingTestCase {

		static Path data(String name) {
			return Paths.get(System.getProperty(DATA_PROPERTY), name + ".txt");
		}

		@BeforeAll
		static void readsOutsideAnyTest() throws IOException {
			Files.readString(data("before-all"));
		}

		@Test
		void readString() throws IOException {
			Files.readString(data("read-string"));
			Files.readString(data("read-string"));
		}

		@Test
		void resource() throws IOException {
			try (InputStream in = ReadingTestCase.class.getResourceAsStream("/record-fixture.txt")) {
				in.readAllBytes();
			}
		}

		@Test
		void javaIo() throws IOException {
			new FileInputStream(data("io").toFile()).close();
			new RandomAccessFile(data("random").toString(), "r").close();
		}

		@Test
		void nio() throws IOException {
			try (Stream<String> lines = Files.lines(data("lines"))) {
				lines.count();
			}
			Files.newBufferedReader(data("reader")).close();
			FileChannel.open(data("channel")).close();
			Files.readAllBytes(data("bytes"));
			Files.newInputStream(data("stream")).close();
		}

		@Test
		void notInputs() throws IOException, URISyntaxException {
			Files.writeString(data("written"), "output");
			new RandomAccessFile(data("scratch").toFile(), "rw").close();
			Files.readString(Paths.get(System.getProperty(OUTSIDE_PROPERTY), "elsewhere.txt"));
			Files.readAllBytes(Paths.get(ReadingTestCase.class.getResource("FileReadAgentTests.class").toURI()));
			assertThat(ReadingTestCase.class.getResource("/no-such-resource.txt")).isNull();
			try (Stream<Path> raw = Files.list(Paths.get(System.getProperty(RecordSettings.DIRECTORY_PARAMETER)))) {
				for (Path file : raw.collect(Collectors.toList())) {
					Files.readAllBytes(file);
				}
			}
		}

		@Test
		void hookIsTheBootstrapCopy() {
			assertThat(FileReads.class.getClassLoader()).isNull();
			assertThat(FileReads.isInstalled()).isTrue();
			assertThat(System.getProperty("jdk.boot.class.path.append")).isNullOrEmpty();
		}
	}
}
