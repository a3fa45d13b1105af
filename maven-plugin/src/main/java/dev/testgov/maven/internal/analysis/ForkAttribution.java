package dev.testgov.maven.internal.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.testgov.junit.internal.record.RawEntries.Outcome;
import dev.testgov.junit.internal.record.RawEntries.Scope;
import dev.testgov.maven.internal.store.Attribution;
import dev.testgov.maven.internal.store.Dependencies;
import dev.testgov.maven.internal.store.TestRecord;
import dev.testgov.maven.internal.store.UniqueIds;

/**
 * Decides, for each test in one fork's recording, what it depended on — or that it cannot be recorded.
 * Damaged data never yields fewer dependencies than reality; such a test is left unrecorded and runs again:
 * <ul>
 * <li>no outcome: the test did not finish;</li>
 * <li>a mode other than {@code fork} (no agent, or one this version does not know): nothing is known;</li>
 * <li>{@code fork} mode: every test depends on everything the fork executed and read — complete only if
 * the fork wrote its end record;</li>
 * <li>precise: the root scope, every container above the test ({@code @BeforeAll}, static initialisers,
 * outer {@code @Nested} classes) and the test itself, and the initialisation of every class it relies on
 * that another scope initialised ({@link StaticInitialisers}); every container must be in the recording and,
 * unless the fork finished, every container but the engine must have finished — a container that did not
 * may yet have failed in its {@code @AfterAll};</li>
 * <li>a test that passed with no coverage at all cannot be trusted (its own code always executes).</li>
 * </ul>
 */
final class ForkAttribution {

	private final ForkRecording fork;
	private final DependencyResolver resolver;
	private final Map<String, Dependencies> scopeParts = new HashMap<>();
	private final List<TestRecord> recorded = new ArrayList<>();
	private final Map<String, String> unrecorded = new TreeMap<>();
	private Dependencies forkUnion;
	private StaticInitialisers staticInitialisers;

	private ForkAttribution(ForkRecording fork, DependencyResolver resolver) {
		this.fork = fork;
		this.resolver = resolver;
	}

	static ForkAttribution of(ForkRecording fork, DependencyResolver resolver) {
		ForkAttribution attribution = new ForkAttribution(fork, resolver);
		fork.scopes.values().stream().filter(Scope::test).forEach(attribution::attribute);
		return attribution;
	}

	List<TestRecord> recorded() {
		return recorded;
	}

	/** Tests that ran but could not be recorded, with the reason. */
	Map<String, String> unrecorded() {
		return unrecorded;
	}

	/** Containers that finished with a failure: the tests below them must run again. */
	Set<String> failedContainers() {
		Set<String> failed = new TreeSet<>();
		fork.scopes.values().stream().filter(scope -> !scope.test() && fork.outcomes.containsKey(scope.id()))
			.filter(scope -> Statuses.failed(Statuses.worst(fork.outcomes.get(scope.id())))).forEach(scope -> failed.add(scope.id()));
		return failed;
	}

	private void attribute(Scope test) {
		List<Outcome> outcomes = fork.outcomes.get(test.id());
		String reason = problem(test, outcomes);
		if (reason != null) {
			unrecorded.put(test.id(), reason);
			return;
		}
		long duration = outcomes.stream().mapToLong(Outcome::durationMillis).max().orElse(0);
		boolean forkMode = fork.forkMode();
		recorded.add(new TestRecord(test.id(), test.className(), test.methodName(), UniqueIds.selectionNode(test.id()),
			Statuses.worst(outcomes), duration, forkMode ? Attribution.FORK : Attribution.PRECISE,
			forkMode ? List.of(forkUnion()) : preciseParts(test)));
	}

	private String problem(Scope test, List<Outcome> outcomes) {
		if (outcomes == null) {
			return AnalysisMessages.NO_OUTCOME;
		}
		String modeProblem = modeProblem();
		if (modeProblem != null) {
			return modeProblem;
		}
		if (fork.forkMode()) {
			return fork.complete() ? null : AnalysisMessages.FORK_INCOMPLETE;
		}
		String containerProblem = containerProblem(test);
		if (containerProblem != null) {
			return containerProblem;
		}
		boolean passed = TestRecord.PASSED.equals(Statuses.worst(outcomes));
		return passed && fork.coverageOf(test.id()).isEmpty() ? AnalysisMessages.NO_COVERAGE : null;
	}

	private String modeProblem() {
		for (Map.Entry<String, String> mode : fork.modes.entrySet()) {
			if (!mode.getKey().equals(AnalysisMessages.FORK_MODE) && !mode.getKey().equals(AnalysisMessages.PRECISE_MODE)) {
				return String.format(AnalysisMessages.NO_AGENT, mode.getKey(), mode.getValue());
			}
		}
		return null;
	}

	private String containerProblem(Scope test) {
		int depth = 0;
		for (String container = test.parentId(); !container.isEmpty(); container = fork.scopes.get(container).parentId()) {
			if (!fork.scopes.containsKey(container) || ++depth > fork.scopes.size()) {
				return AnalysisMessages.MISSING_CONTAINER;
			}
			if (!fork.complete() && !fork.outcomes.containsKey(container) && !isEngine(container)) {
				return AnalysisMessages.CONTAINER_UNFINISHED;
			}
		}
		return null;
	}

	/**
	 * Whether a container is an engine, the root of its tree: a killed JVM never finishes it, yet it runs no
	 * code of the project after its tests, so the tests of its finished classes keep their data.
	 */
	private boolean isEngine(String container) {
		return fork.scopes.get(container).parentId().isEmpty();
	}

	private List<Dependencies> preciseParts(Scope test) {
		List<Dependencies> parts = new ArrayList<>();
		Set<String> own = new HashSet<>();
		own.add(ForkRecording.ROOT_SCOPE);
		parts.add(part(ForkRecording.ROOT_SCOPE));
		for (String scope = test.id(); !scope.isEmpty(); scope = fork.scopes.get(scope).parentId()) {
			own.add(scope);
			parts.add(part(scope));
		}
		parts.addAll(staticInitialisers().partsFor(own, parts));
		return parts;
	}

	private StaticInitialisers staticInitialisers() {
		if (staticInitialisers == null) {
			staticInitialisers = new StaticInitialisers(fork.coverage.keySet(), this::part, resolver.classes());
		}
		return staticInitialisers;
	}

	private Dependencies part(String scopeId) {
		return scopeParts.computeIfAbsent(scopeId, id -> resolver.resolve(fork.coverageOf(id), fork.readsOf(id)));
	}

	private Dependencies forkUnion() {
		if (forkUnion == null) {
			List<Dependencies> parts = new ArrayList<>();
			fork.coverage.keySet().forEach(scope -> parts.add(part(scope)));
			fork.reads.keySet().forEach(scope -> parts.add(part(scope)));
			forkUnion = parts.isEmpty() ? Dependencies.NONE : Dependencies.union(parts);
		}
		return forkUnion;
	}
}
