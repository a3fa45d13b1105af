package dev.testgov.maven.internal.selection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.testgov.junit.internal.report.Json;
import dev.testgov.junit.internal.select.SelectionFile;
import dev.testgov.maven.internal.analysis.CurrentState;
import dev.testgov.maven.internal.record.ModuleContext;
import dev.testgov.maven.internal.record.TestClassList;
import dev.testgov.maven.internal.store.LoadResult;

/**
 * Computes one module's selection and writes it down: {@code target/testgov/selection.json} for people and
 * scripts, and {@code target/testgov/selection.txt}, the list of tests to leave out, for the test JVM's
 * discovery filter.
 */
public final class SelectionRun {

	public static final String JSON = "testgov/selection.json";
	public static final String SKIP_LIST = "testgov/selection.txt";
	/** The key in {@code selection.json} that says no test would run: not even a test the store does not know. */
	public static final String NOTHING_TO_RUN = "nothingToRun";

	private final ModuleContext module;
	private final LoadResult loaded;
	private final Selection selection;
	private final Set<String> newTestClasses;
	private final long analysisMillis;
	private final int onlyFailsafe;

	private SelectionRun(ModuleContext module, LoadResult loaded, Selection selection, Set<String> newTestClasses,
			long analysisMillis, Predicate<String> onlyFailsafe) {
		this.module = module;
		this.loaded = loaded;
		this.selection = selection;
		this.newTestClasses = newTestClasses;
		this.analysisMillis = analysisMillis;
		this.onlyFailsafe = selection.runsEverything() ? 0 : selection.nodes().stream()
			.filter(node -> node.runs() && onlyFailsafe.test(node.id()))
			.mapToInt(Selection.Node::tests)
			.sum();
	}

	/** Compares the module's store with today's classes, files and build inputs. */
	public static SelectionRun compute(ModuleContext module) throws IOException {
		return compute(module, uniqueId -> false);
	}

	/**
	 * Compares the module's store with today's classes, files and build inputs.
	 *
	 * @param onlyFailsafe which tests (by unique id) only Failsafe runs, in a phase this build does not reach:
	 *     affected tests among them start no test JVM
	 */
	public static SelectionRun compute(ModuleContext module, Predicate<String> onlyFailsafe) throws IOException {
		long start = System.nanoTime();
		LoadResult loaded = module.store().load();
		Selection selection;
		try (CurrentState today = new CurrentState(module.classSources(), module.reactorRoot())) {
			selection = Selector.select(loaded, today, module.buildInputs());
		}
		Set<String> newClasses = loaded.store().isPresent()
				? TestClassList.newSince(module.store().path().getParent(), TestClassList.scan(module.testClassesDirectory()))
				: new TreeSet<>();
		return new SelectionRun(module, loaded, selection, newClasses, (System.nanoTime() - start) / 1_000_000, onlyFailsafe);
	}

	public Selection selection() {
		return selection;
	}

	/** A warning about the store (damaged, foreign, older), if loading it needed one; a missing store needs none. */
	public java.util.Optional<String> storeWarning() {
		return loaded.reason().filter(reason -> reason != LoadResult.Reason.MISSING).flatMap(reason -> loaded.warning());
	}

	/** Test classes the store never saw: they may hold new tests, so the test JVM must start. */
	public Set<String> newTestClasses() {
		return newTestClasses;
	}

	/**
	 * Whether the module has nothing to run at all: no affected recorded test this build can run (only Failsafe
	 * runs the rest) and no new test class.
	 */
	public boolean nothingToRun() {
		return !selection.runsEverything() && selection.selectedTests() == onlyFailsafe && newTestClasses.isEmpty();
	}

	public long analysisMillis() {
		return analysisMillis;
	}

	/** The lines to log: the summary, then, when asked, one line per selected test. */
	public List<String> lines(boolean explain) {
		return lines(explain, false);
	}

	/**
	 * The lines to log.
	 *
	 * @param everyTestRuns whether the JVM starts and every test runs whatever the selection (the safety check),
	 *     so the summary must not say that the test JVM is not started
	 */
	public List<String> lines(boolean explain, boolean everyTestRuns) {
		List<String> lines = new java.util.ArrayList<>();
		String summary = onlyFailsafe == 0 ? selection.summary()
				: selection.summary() + "; " + String.format(Locale.ROOT, SelectionMessages.ONLY_FAILSAFE, onlyFailsafe);
		lines.add(nothingToRun() && !everyTestRuns
				? summary + "; " + String.format(SelectionMessages.NOTHING_TO_RUN, module.name())
				: summary);
		if (!newTestClasses.isEmpty()) {
			lines.add(String.format(SelectionMessages.NEW_TESTS, newTestClasses));
		}
		if (explain) {
			lines.addAll(selection.explanation());
		}
		return lines;
	}

	/** The line {@code testgov:select} ends with, which the benchmark reads: how long the analysis took. */
	public String timing() {
		return String.format(SelectionMessages.ANALYSIS, analysisMillis);
	}

	/** Writes {@code selection.json} and the skip list; returns the skip list's path. */
	public Path write() throws IOException {
		Path json = module.buildDirectory().resolve(JSON);
		Files.createDirectories(json.getParent());
		Files.writeString(json, Json.write(toJson()));
		Path skipList = module.buildDirectory().resolve(SKIP_LIST);
		SelectionFile.write(skipList, selection.skipped(), ranks());
		return skipList;
	}

	/**
	 * The order to run in: tests that failed last time first, then the shortest; a class runs at the rank of its
	 * best test. Keys are {@code com.acme.FooTests} and {@code com.acme.FooTests#adds}.
	 */
	private Map<String, Integer> ranks() {
		List<Selection.Node> running = selection.nodes().stream()
			.filter(Selection.Node::runs)
			.sorted(java.util.Comparator.comparing((Selection.Node node) -> !node.failedLastTime())
				.thenComparingLong(Selection.Node::durationMillis)
				.thenComparing(Selection.Node::id))
			.collect(Collectors.toList());
		Map<String, Integer> ranks = new LinkedHashMap<>();
		for (int rank = 0; rank < running.size(); rank++) {
			Selection.Node node = running.get(rank);
			ranks.putIfAbsent(node.className() + "#" + node.methodName(), rank);
			ranks.putIfAbsent(node.className(), rank);
		}
		return ranks;
	}

	private Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("format", "testgov-selection");
		json.put("version", 1);
		json.put("module", module.name());
		json.put("summary", selection.summary());
		json.put("runsEverything", selection.runsEverything());
		json.put("selectedTests", selection.selectedTests());
		json.put("recordedTests", selection.recordedTests());
		json.put("onlyFailsafeTests", onlyFailsafe);
		json.put("newTestClasses", newTestClasses);
		json.put(NOTHING_TO_RUN, nothingToRun());
		json.put("analysisMillis", analysisMillis);
		loaded.warning().ifPresent(warning -> json.put("storeWarning", warning));
		json.put("nodes", selection.nodes().stream().map(node -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", node.id());
			entry.put("class", node.className());
			entry.put("method", node.methodName());
			entry.put("tests", node.tests());
			entry.put("runs", node.runs());
			entry.put("reasons", node.reasonTexts());
			entry.put("durationMillis", node.durationMillis());
			return entry;
		}).collect(Collectors.toList()));
		return json;
	}
}
