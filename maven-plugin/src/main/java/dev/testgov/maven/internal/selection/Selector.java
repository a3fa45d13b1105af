package dev.testgov.maven.internal.selection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.testgov.maven.internal.analysis.CurrentState;
import dev.testgov.maven.internal.store.Attribution;
import dev.testgov.maven.internal.store.BuildInputs;
import dev.testgov.maven.internal.store.Dependencies;
import dev.testgov.maven.internal.store.FileKey;
import dev.testgov.maven.internal.store.LoadResult;
import dev.testgov.maven.internal.store.MethodSet;
import dev.testgov.maven.internal.store.Store;
import dev.testgov.maven.internal.store.TestRecord;

/**
 * Decides which recorded tests a change can affect, comparing today's classes, files and build inputs with
 * the module's store. Safety first: a test runs unless everything it depended on is known to be unchanged.
 * Tests the store does not know are never left out — they are not in the store, so nothing here can skip
 * them.
 */
public final class Selector {

	private final Store store;
	private final CurrentState today;
	private final Map<String, ClassChange> classes = new HashMap<>();
	private final Map<FileKey, Optional<Reason>> files = new HashMap<>();

	private Selector(Store store, CurrentState today) {
		this.store = store;
		this.today = today;
	}

	/** The selection for one module. */
	public static Selection select(LoadResult loaded, CurrentState today, BuildInputs inputs) {
		if (loaded.store().isEmpty()) {
			boolean missing = loaded.reason().filter(reason -> reason == LoadResult.Reason.MISSING).isPresent();
			return Selection.everything(Reason.rule(missing ? SelectionMessages.NO_STORE : SelectionMessages.UNUSABLE_STORE),
				List.of());
		}
		Store store = loaded.store().get();
		List<String> changes = inputs.changesSince(store.inputs());
		if (!changes.isEmpty()) {
			return Selection.everything(Reason.rule(String.format(SelectionMessages.INPUTS_CHANGED, String.join("; ", changes))),
				List.copyOf(store.tests().values()));
		}
		return new Selector(store, today).decide();
	}

	private Selection decide() {
		Map<String, List<Decision>> byNode = new LinkedHashMap<>();
		for (TestRecord test : store.tests().values()) {
			byNode.computeIfAbsent(test.selectionNode(), node -> new ArrayList<>()).add(new Decision(test, reason(test)));
		}
		return Selection.of(byNode);
	}

	private Optional<Reason> reason(TestRecord test) {
		Optional<Reason> rule = rule(test);
		if (rule.isPresent()) {
			return rule;
		}
		Dependencies dependencies = test.dependencies();
		for (Map.Entry<String, MethodSet> used : dependencies.classes().entrySet()) {
			Optional<Reason> reason = classChange(used.getKey()).affects(used.getValue());
			if (reason.isPresent()) {
				return reason;
			}
		}
		for (FileKey file : dependencies.files()) {
			Optional<Reason> reason = files.computeIfAbsent(file, this::fileChange);
			if (reason.isPresent()) {
				return reason;
			}
		}
		return Optional.empty();
	}

	private static Optional<Reason> rule(TestRecord test) {
		if (test.attribution() == Attribution.STALE) {
			return Optional.of(Reason.rule(SelectionMessages.STALE));
		}
		if (!TestRecord.PASSED.equals(test.status())) {
			return Optional.of(Reason.rule(String.format(SelectionMessages.NOT_PASSED, test.status())));
		}
		if (!test.mayBeLeftOut()) {
			return Optional.of(Reason.rule(SelectionMessages.EXTERNAL));
		}
		return Optional.empty();
	}

	private ClassChange classChange(String className) {
		return classes.computeIfAbsent(className,
			name -> ClassChange.of(name, store.classes().get(name), today.classRecord(name)));
	}

	private Optional<Reason> fileChange(FileKey file) {
		String stored = store.files().get(file);
		String current = today.fileHash(file);
		if (current.equals(stored)) {
			return Optional.empty();
		}
		boolean gone = Store.ABSENT_FILE.equals(current);
		return Optional.of(file.classpathLookup() ? Reason.changedLookup(file, gone) : Reason.changedFile(file.toString(), gone));
	}

	/** One recorded test and why it must run, if it must. */
	record Decision(TestRecord test, Optional<Reason> reason) {
	}
}
