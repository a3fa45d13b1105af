package dev.testgov.maven.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.testgov.maven.internal.store.ClassRecord;
import dev.testgov.maven.internal.store.FileKey;
import dev.testgov.maven.internal.store.MethodSet;
import dev.testgov.maven.internal.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selection's view of today: it agrees with the store right after a merge, and sees each kind of change. */
class CurrentStateTests extends MergeFixture {

	@TempDir
	Path root;

	@TempDir
	Path repository;

	@Test
	void rightAfterAMergeEverythingIsAsStored() throws Exception {
		Reactor reactor = reactor(root, repository);
		Store store = reactor.merge(INPUTS, fullRun(reactor, "fork1", true, "adds", "subtracts")).store();

		try (CurrentState today = new CurrentState(reactor.sources(), root)) {
			store.classes().forEach((name, stored) -> assertThat(today.classRecord(name)).contains(stored));
			store.files().forEach((key, hash) -> assertThat(today.fileHash(key)).as(key.toString()).isEqualTo(hash));
		}
	}

	@Test
	void aChangedMethodAffectsOnlyTheTestsThatExecutedIt() throws Exception {
		Reactor reactor = reactor(root, repository);
		Store store = reactor.merge(INPUTS, fullRun(reactor, "fork1", false, "adds", "subtracts")).store();
		reactor.main("demo.Calculator", CALCULATOR.replace("return a - b;", "return b - a;")).build();
		reactor.resource(RATES, "EUR,1.2\n");

		try (CurrentState today = new CurrentState(reactor.sources(), root)) {
			ClassRecord stored = store.classes().get("demo/Calculator");
			ClassRecord current = today.classRecord("demo/Calculator").orElseThrow();
			MethodSet addsUsed = store.tests().get(ADDS).dependencies().classes().get("demo/Calculator");
			MethodSet subtractsUsed = store.tests().get(SUBTRACTS).dependencies().classes().get("demo/Calculator");
			assertThat(stored.sameFor(addsUsed, current)).isTrue();
			assertThat(stored.sameFor(subtractsUsed, current)).isFalse();
			assertThat(stored.sameFor(MethodSet.ALL, current)).isFalse();
			assertThat(today.fileHash(FileKey.reactor(RATES))).isNotEqualTo(store.files().get(FileKey.reactor(RATES)));
			assertThat(today.classRecord("demo/Gone")).isEmpty();
		}
	}

	@Test
	void anOverrideAddedBetweenAClassAndItsSuperclassChangesTheClassBelow() throws Exception {
		Reactor reactor = reactor(root, repository).main("demo.Base", "package demo; public class Base { public int m() { return 1; } }")
			.main("demo.Middle", "package demo; public class Middle extends Base { }")
			.main("demo.Leaf", "package demo; public class Leaf extends Middle { public int n() { return m(); } }")
			.build();
		ClassRecord before;
		try (CurrentState today = new CurrentState(reactor.sources(), root)) {
			before = today.classRecord("demo/Leaf").orElseThrow();
		}
		reactor.main("demo.Middle", "package demo; public class Middle extends Base { public int m() { return 2; } }").build();

		try (CurrentState today = new CurrentState(reactor.sources(), root)) {
			ClassRecord after = today.classRecord("demo/Leaf").orElseThrow();
			assertThat(after.methods()).isEqualTo(before.methods());
			assertThat(after.structure()).isNotEqualTo(before.structure());
			assertThat(before.sameFor(MethodSet.of(java.util.List.of("n()I")), after)).isFalse();
		}
	}

	@Test
	void aResourceATestLookedForInVainSelectsItOnceItAppearsOnTheClasspath() throws Exception {
		Reactor reactor = reactor(root, repository);
		String optional = "demo/optional.properties";
		Path raw = reactor.rawFile("fork1");
		try (AgentSimulation agent = reactor.agent(); RawWriter writer = new RawWriter(raw, agent)) {
			calculatorTests(start(writer), reactor, "adds");
			// subtracts looks for a resource nobody provides, and finds rates.csv after its parent loader did not
			writer.scope(SUBTRACTS, CALCULATOR_TESTS, true, "demo.CalculatorTests", "subtracts")
				.run(SUBTRACTS, "demo.CalculatorTests", "subtracts")
				.read(SUBTRACTS, "missing-resource", optional, optional)
				.read(SUBTRACTS, "missing-resource", "rates.csv", "rates.csv")
				.read(SUBTRACTS, "resource", reactor.root.resolve(RATES).toUri().toString(), "rates.csv")
				.outcome(SUBTRACTS, "PASSED");
			finish(writer);
		}
		Store store = reactor.merge(INPUTS, raw).store();
		FileKey lookup = FileKey.classpathLookup(optional);

		assertThat(store.tests().get(SUBTRACTS).dependencies().files())
			.containsExactlyInAnyOrder(lookup, FileKey.reactor(RATES));
		assertThat(store.files()).containsEntry(lookup, Store.ABSENT_FILE);
		try (CurrentState today = new CurrentState(reactor.sources(), root)) {
			assertThat(today.fileHash(lookup)).isEqualTo(Store.ABSENT_FILE);
		}

		Path added = reactor.testClasses().resolve(optional);
		java.nio.file.Files.createDirectories(added.getParent());
		java.nio.file.Files.writeString(added, "mode=fast\n");
		String present;
		try (CurrentState today = new CurrentState(reactor.sources(), root)) {
			present = today.fileHash(lookup);
			assertThat(present).isNotEqualTo(Store.ABSENT_FILE);
		}

		java.nio.file.Files.writeString(reactor.classes().resolve(optional), "mode=slow\n");
		try (CurrentState today = new CurrentState(reactor.sources(), root)) {
			assertThat(today.fileHash(lookup)).as("a second copy, even a shadowed one, changes the lookup")
				.isNotEqualTo(present).isNotEqualTo(Store.ABSENT_FILE);
		}
	}
}
