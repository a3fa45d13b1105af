package dev.testgov.maven.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several writers of one store: threads of one JVM, separate processes, and a process killed mid-write. */
class StoreConcurrencyTests {

	@TempDir
	Path module;

	@Test
	void concurrentThreadsLoseNoTest() throws Exception {
		StoreFile file = StoreFile.inModule(module);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int writer = 0; writer < 6; writer++) {
				String prefix = "thread" + writer + "_";
				writers.add(pool.submit(() -> {
					for (int i = 0; i < 15; i++) {
						new StoreFile(file.path()).update(StoreFileMain.withTest(prefix + i));
					}
					return null;
				}));
			}
			for (Future<?> writer : writers) {
				writer.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(file.load().store().orElseThrow().tests()).hasSize(90);
	}

	@Test
	void twoProcessesAndThisOneLoseNoTest() throws Exception {
		StoreFile file = StoreFile.inModule(module);
		Process first = child("add", file.path().toString(), "first_", "25");
		Process second = child("add", file.path().toString(), "second_", "25");
		for (int i = 0; i < 25; i++) {
			file.update(StoreFileMain.withTest("here_" + i));
		}

		assertThat(finish(first)).isZero();
		assertThat(finish(second)).isZero();
		assertThat(file.load().store().orElseThrow().tests()).hasSize(75);
	}

	@Test
	void processKilledWhileWritingLeavesThePreviousStore() throws Exception {
		StoreFile file = StoreFile.inModule(module);
		file.save(SampleStores.sample());
		byte[] before = Files.readAllBytes(file.path());
		Process writer = child("hang", file.path().toString());
		try (BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(output.readLine()).isEqualTo(StoreFileMain.WRITTEN);
			assertThat(StoreFileTests.temporaryFiles(file)).isEqualTo(1);
			writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}

		assertThat(Files.readAllBytes(file.path())).isEqualTo(before);
		file.update(StoreFileMain.withTest("after"));
		assertThat(StoreFileTests.temporaryFiles(file)).isZero();
		assertThat(file.load().store().orElseThrow().tests()).hasSize(4);
	}

	private static Process child(String... arguments) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, StoreFileMain.class.getName()));
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
	}

	private static int finish(Process process) throws InterruptedException {
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the child JVM did not finish within 120 s");
		}
		return process.exitValue();
	}
}
