package dev.testgov.maven.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.testgov.maven.internal.store.StoreFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inputs, same bytes — wherever the project lives — and concurrent merges lose nothing. */
class MergeStabilityTests extends MergeFixture {

	@TempDir
	Path root;

	@TempDir
	Path repository;

	@Test
	void theSameRunMergedAgainGivesTheSameBytes() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path first = fullRun(reactor, "fork1", true, "adds", "subtracts", "doubles");
		reactor.merge(INPUTS, first);
		byte[] once = reactor.storeBytes();

		reactor.merge(INPUTS, first);
		assertThat(reactor.storeBytes()).as("merged twice").isEqualTo(once);

		Files.delete(StoreFile.inModule(root.resolve("app")).path());
		reactor.merge(INPUTS, fullRun(reactor, "again", true, "adds", "subtracts", "doubles"));
		assertThat(reactor.storeBytes()).as("recorded again").isEqualTo(once);
	}

	@Test
	void theSameProjectElsewhereGivesTheSameStore(@TempDir Path elsewhere, @TempDir Path otherRepository) throws Exception {
		Reactor here = reactor(root, repository);
		here.merge(INPUTS, fullRun(here, "fork1", true, "adds", "doubles"));
		Reactor there = reactor(elsewhere.resolve("checkout"), otherRepository.resolve("m2"));
		there.merge(INPUTS, fullRun(there, "fork1", true, "adds", "doubles"));

		assertThat(there.storeBytes()).isEqualTo(here.storeBytes());
		String text = new String(here.storeBytes(), StandardCharsets.UTF_8);
		assertThat(text).doesNotContain(root.toString()).doesNotContain(repository.toString()).contains("\t" + RATES + "\t");
	}

	@Test
	void concurrentMergesFromThreadsLoseNoTest() throws Exception {
		Reactor reactor = reactor(root, repository);
		List<Path> runs = List.of(fullRun(reactor, "fork1", false, "adds"), fullRun(reactor, "fork2", false, "subtracts"),
			fullRun(reactor, "fork3", false, "doubles"), fullRun(reactor, "fork4", true));
		ExecutorService pool = Executors.newFixedThreadPool(runs.size());
		try {
			List<Future<MergeReport>> merges = new ArrayList<>();
			runs.forEach(run -> merges.add(pool.submit(() -> reactor.merge(INPUTS, run))));
			for (Future<MergeReport> merge : merges) {
				merge.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(reactor.store().tests()).containsOnlyKeys(ADDS, SUBTRACTS, DOUBLES, USES_LIB);
	}

	@Test
	void concurrentMergesFromTwoProcessesLoseNoTest() throws Exception {
		Reactor reactor = reactor(root, repository);
		Path mine = fullRun(reactor, "fork1", false, "adds", "subtracts");
		Path theirs = fullRun(reactor, "fork2", true, "doubles");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Process child = new ProcessBuilder(java, "-cp", classpath, MergeMain.class.getName(), root.toString(),
			repository.toString(), theirs.toString(), theirs.toString()).inheritIO().start();

		reactor.merge(INPUTS, mine);
		reactor.merge(INPUTS, mine);

		assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(child.exitValue()).isZero();
		assertThat(reactor.store().tests()).containsOnlyKeys(ADDS, SUBTRACTS, DOUBLES, USES_LIB);
	}

	@Test
	void aDamagedStoreAtMergeTimeIsReplacedWithAWarning() throws Exception {
		Reactor reactor = reactor(root, repository);
		reactor.merge(INPUTS, fullRun(reactor, "fork1", false, "adds", "subtracts"));
		Path store = StoreFile.inModule(root.resolve("app")).path();
		Files.writeString(store, Files.readString(store).replace("\tPASSED\t", "\tFAILED\t"));

		MergeReport report = reactor.merge(INPUTS, fullRun(reactor, "fork2", false, "doubles"));

		assertThat(report.store().tests()).containsOnlyKeys(DOUBLES);
		assertThat(report.warnings()).containsExactly(String.format("testgov: dependency store [%s] could not be used"
				+ " (checksum: its checksum does not match its content); it is replaced by one with this run's tests only,"
				+ " and the other tests run next time", store));
	}
}
