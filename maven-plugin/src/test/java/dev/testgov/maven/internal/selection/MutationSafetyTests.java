package dev.testgov.maven.internal.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.testgov.maven.internal.analysis.CurrentState;
import dev.testgov.maven.internal.analysis.MergeReport;
import dev.testgov.maven.internal.analysis.MergeRequest;
import dev.testgov.maven.internal.analysis.RecordMerge;
import dev.testgov.maven.internal.selection.Mutations.Mutant;
import dev.testgov.maven.internal.store.BuildInputs;
import dev.testgov.maven.internal.store.LoadResult;
import dev.testgov.maven.internal.store.StoreFile;
import dev.testgov.maven.internal.store.UniqueIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Selection never leaves out a failing test: a sample shop with real logic (mutation-sample in the test
 * resources) is recorded once in a child JVM with the real JaCoCo agent and testgov's recorder, then faults
 * are put into its production code — operators flipped, constants and strings changed, conditions negated,
 * overrides added, static state changed. For each mutant that compiles, every test runs to see which fail,
 * and the real {@link Selector} compares the recorded store with the mutant's classes: each failing test
 * must be selected. The seed fixes which of the candidate sites become mutants.
 */
class MutationSafetyTests {

	private static final long SEED = 20261122L;
	private static final int SEEDED_MUTANTS = 40;

	@TempDir
	static Path root;

	private static Map<String, String> mainSources;
	private static Map<String, String> testSources;
	private static LoadResult store;

	@BeforeAll
	static void recordTheSample() throws Exception {
		mainSources = SampleProject.mainSources();
		testSources = SampleProject.testSources();
		Path module = root.resolve("app");
		SampleProject.build(mainSources, testSources, module);
		List<Path> raw = SampleProject.record(module, root);
		MergeReport report = RecordMerge.merge(MergeRequest.of(StoreFile.inModule(module).path(), raw,
			SampleProject.sources(module), root, BuildInputs.none()));
		assertThat(report.warnings()).isEmpty();
		store = StoreFile.inModule(module).load();
	}

	@Test
	void theUnchangedSamplePassesAndNothingIsSelected() throws IOException {
		Path module = root.resolve("unchanged");
		SampleProject.build(mainSources, testSources, module);

		assertThat(SampleProject.failingTests(module)).isEmpty();
		Selection selection = select(module);
		assertThat(selection.recordedTests()).isEqualTo(45);
		assertThat(selection.selectedTests()).isZero();
	}

	@Test
	void everyFailingTestOfEveryMutantIsSelected() throws IOException {
		List<Mutant> mutants = new ArrayList<>(structuralMutants());
		List<Mutant> candidates = Mutations.candidates(mainSources);
		int seeded = 0;
		int notCompiling = 0;
		Map<String, List<String>> missed = new LinkedHashMap<>();
		int killed = 0;
		int failingTests = 0;
		double selectedFraction = 0;
		int evaluated = 0;
		List<Mutant> all = concat(mutants, Mutations.shuffled(candidates, SEED));
		for (int index = 0; index < all.size() && seeded < SEEDED_MUTANTS; index++) {
			Mutant mutant = all.get(index);
			boolean structural = index < mutants.size();
			Path module = root.resolve("mutant-" + index);
			Map<String, String> mutated = new LinkedHashMap<>(mainSources);
			mutated.put(mutant.className(), mutant.source());
			try {
				SampleProject.build(mutated, testSources, module);
			}
			catch (IllegalArgumentException doesNotCompile) {
				notCompiling++;
				continue;
			}
			seeded += structural ? 0 : 1;
			evaluated++;
			Set<String> failing = SampleProject.failingTests(module);
			Selection selection = select(module);
			List<String> misses = misses(failing, selection);
			if (!misses.isEmpty()) {
				missed.put(mutant.description(), misses);
			}
			killed += failing.isEmpty() ? 0 : 1;
			failingTests += failing.size();
			selectedFraction += (double) selection.selectedTests() / selection.recordedTests();
		}

		long storeBytes = Files.size(StoreFile.inModule(root.resolve("app")).path());
		System.out.printf(Locale.ROOT, "[mutation safety] %d mutants (%d structural, %d seeded from %d candidates, %d"
				+ " did not compile), %d killed, %d failing tests, %d missed; selection ran %.1f%% of the recorded tests"
				+ " on average; the store holds %d tests in %d bytes, %d per test%n", evaluated, mutants.size(), seeded,
			candidates.size(), notCompiling, killed, failingTests, missed.size(), 100 * selectedFraction / evaluated,
			store.store().orElseThrow().tests().size(), storeBytes, storeBytes / store.store().orElseThrow().tests().size());
		assertThat(missed).as("failing tests the selection left out, by mutant").isEmpty();
		assertThat(evaluated).isGreaterThanOrEqualTo(30);
		assertThat(killed).as("mutants some test caught: a sample whose tests catch nothing proves nothing")
			.isGreaterThan(evaluated / 2);
	}

	/** The failing tests and containers the selection would not run. */
	private static List<String> misses(Set<String> failing, Selection selection) {
		Set<String> skipped = selection.skipped();
		boolean jvmStarts = selection.runsEverything() || selection.selectedTests() > 0;
		List<String> misses = new ArrayList<>();
		for (String id : failing) {
			boolean runs = jvmStarts && (id.contains("[method:") || id.contains("[test-template:") || id.contains("[test-factory:")
					? !skipped.contains(UniqueIds.selectionNode(id))
					: selection.nodes().stream().anyMatch(node -> node.runs() && UniqueIds.isWithin(node.id(), id)));
			if (!runs) {
				misses.add(id);
			}
		}
		return misses;
	}

	private static Selection select(Path module) throws IOException {
		try (CurrentState today = new CurrentState(SampleProject.sources(module), root)) {
			return Selector.select(store, today, BuildInputs.none());
		}
	}

	/** Faults no operator makes: overrides that change dispatch, and static state other tests initialised. */
	private static List<Mutant> structuralMutants() {
		return List.of(
			insert("Book", "add an override of label() to Book",
				"\n\t@Override\n\tpublic String label() {\n\t\treturn \"book \" + name();\n\t}\n"),
			insert("Book", "add an override of shipped() to Book",
				"\n\t@Override\n\tpublic boolean shipped() {\n\t\treturn false;\n\t}\n"),
			insert("Ebook", "add an override of category() to Ebook",
				"\n\t@Override\n\tpublic String category() {\n\t\treturn \"ebook\";\n\t}\n"),
			insert("ThresholdDiscount", "add an override of the default describe() to ThresholdDiscount",
				"\n\t@Override\n\tpublic String describe() {\n\t\treturn \"over the threshold\";\n\t}\n"),
			edit("Countries", "stop delivering to Austria", "List.of(\"DE\", \"FR\", \"CH\", \"AT\")",
				"List.of(\"DE\", \"FR\", \"CH\")"),
			edit("Currency", "add a currency", "CHF(\"Fr.\", 3);", "CHF(\"Fr.\", 3), GBP(\"£\", 4);"));
	}

	private static Mutant insert(String simpleName, String description, String member) {
		String source = mainSources.get("sample." + simpleName);
		int end = source.lastIndexOf('}');
		return new Mutant(simpleName + ": " + description, "sample." + simpleName,
			source.substring(0, end) + member + source.substring(end));
	}

	private static Mutant edit(String simpleName, String description, String from, String to) {
		String source = mainSources.get("sample." + simpleName);
		assertThat(source).contains(from);
		return new Mutant(simpleName + ": " + description, "sample." + simpleName, source.replace(from, to));
	}

	private static List<Mutant> concat(List<Mutant> first, List<Mutant> second) {
		List<Mutant> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}
}
