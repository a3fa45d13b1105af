package dev.testgov.maven.internal.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.testgov.maven.internal.store.Attribution;
import dev.testgov.maven.internal.store.BuildInputs;
import dev.testgov.maven.internal.store.ClassRecord;
import dev.testgov.maven.internal.store.Dependencies;
import dev.testgov.maven.internal.store.FileKey;
import dev.testgov.maven.internal.store.LoadResult;
import dev.testgov.maven.internal.store.MethodSet;
import dev.testgov.maven.internal.store.Store;
import dev.testgov.maven.internal.store.TestRecord;
import dev.testgov.maven.internal.store.UniqueIds;

/**
 * Combines the previous store with a run. Tests that ran replace their entries (stale ones, when they could
 * not be recorded, so that they run again); tests that did not run keep theirs, unless their test class is gone (dropped) or
 * their dependencies no longer hold (stale): the build inputs changed, a class or file they used changed,
 * or a container above them failed. The class and file tables are rebuilt from what the tests refer to,
 * as the classes and files are now, so anything no longer referenced disappears.
 */
final class StoreCombiner {

	private final RunRecording run;
	private final ClassResolver classes;
	private final FileHashes files;
	private final ClassLocator locator;
	private final BuildInputs inputs;
	private final List<String> warnings = new ArrayList<>();
	private int kept;
	private int dropped;

	StoreCombiner(RunRecording run, ClassResolver classes, FileHashes files, ClassLocator locator, BuildInputs inputs) {
		this.run = run;
		this.classes = classes;
		this.files = files;
		this.locator = locator;
		this.inputs = inputs;
	}

	Store combine(Path storeFile, LoadResult loaded) {
		loaded.reason().filter(reason -> reason != LoadResult.Reason.MISSING).ifPresent(reason -> warnings.add(String
			.format(AnalysisMessages.REPLACED, storeFile, reason.name().toLowerCase(Locale.ROOT), loaded.detail().orElse(""))));
		warnings.addAll(run.warnings);
		Store previous = loaded.store().orElse(Store.empty(inputs));
		SortedMap<String, TestRecord> tests = new TreeMap<>();
		keep(previous, tests);
		run.recorded.values().forEach(test -> tests.put(test.uniqueId(), underFailedContainer(test) ? test.stale() : test));
		run.unrecorded.values().forEach(test -> tests.put(test.uniqueId(), test));
		SortedMap<String, ClassRecord> records = new TreeMap<>();
		SortedMap<FileKey, String> hashes = new TreeMap<>();
		for (TestRecord test : tests.values()) {
			for (Dependencies part : test.parts()) {
				part.classes().keySet().forEach(name -> records.computeIfAbsent(name, key -> current(key, previous)));
				part.files().forEach(key -> hashes.computeIfAbsent(key, files::hash));
			}
		}
		return new Store(inputs, tests, records, hashes);
	}

	private void keep(Store previous, Map<String, TestRecord> tests) {
		List<String> changes = inputs.changesSince(previous.inputs());
		int madeStale = 0;
		for (TestRecord test : previous.tests().values()) {
			if (run.ran.contains(test.uniqueId())) {
				continue;
			}
			if (vanished(test)) {
				dropped++;
				continue;
			}
			kept++;
			boolean stale = test.attribution() != Attribution.STALE
					&& (!changes.isEmpty() || underFailedContainer(test) || changed(test, previous));
			madeStale += !changes.isEmpty() && stale ? 1 : 0;
			tests.put(test.uniqueId(), stale ? test.stale() : test);
		}
		if (madeStale > 0) {
			warnings.add(String.format(AnalysisMessages.INPUTS_CHANGED, String.join(", ", changes), madeStale));
		}
	}

	private boolean vanished(TestRecord test) {
		return !test.className().isEmpty() && locator.find(test.className().replace('.', '/')).isEmpty();
	}

	private boolean underFailedContainer(TestRecord test) {
		return run.failedContainers.stream().anyMatch(container -> UniqueIds.isWithin(test.uniqueId(), container));
	}

	private boolean changed(TestRecord test, Store previous) {
		Dependencies dependencies = test.dependencies();
		for (Map.Entry<String, MethodSet> used : dependencies.classes().entrySet()) {
			ClassRecord stored = previous.classes().get(used.getKey());
			ClassRecord current = current(used.getKey(), previous);
			if (stored == null || current == null || !stored.sameFor(used.getValue(), current)) {
				return true;
			}
		}
		return dependencies.files().stream().anyMatch(key -> !Objects.equals(previous.files().get(key), files.hash(key)));
	}

	/** The class as it is now; an unresolved class not seen again keeps its record, since it cannot be checked. */
	private ClassRecord current(String name, Store previous) {
		ClassRecord stored = previous.classes().get(name);
		return classes.current(name).orElse(stored != null && !stored.resolved() ? stored : null);
	}

	MergeReport report(Path storeFile, Store written) {
		int recorded = run.recorded.size();
		int fork = (int) run.recorded.values().stream().filter(test -> test.attribution() == Attribution.FORK).count();
		int stale = (int) written.tests().values().stream().filter(test -> test.attribution() == Attribution.STALE).count();
		return new MergeReport(storeFile, written, recorded, fork, kept, stale, dropped, warnings);
	}
}
