package dev.testgov.maven.internal.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import dev.testgov.maven.internal.store.Dependencies;
import dev.testgov.maven.internal.store.MethodSet;

/**
 * Gives the work of a static initialiser to every test that relies on it, not only to the test that
 * happened to run it. A class is initialised once per JVM, and JaCoCo sees its {@code <clinit>} (and all it
 * calls) execute in whichever scope needed the class first. A later test that reads the class's static
 * state — {@code Currency.CODES.size()}, an enum constant, a cached table — may execute none of its code, yet
 * fails when the initialiser changes.
 *
 * <p>So for each precisely attributed test, every class it uses (executes, or whose static fields, static
 * methods or constructors its executed methods name) and that another scope of the fork initialised brings
 * in that initialisation's part: what that scope executed in the classes reachable from the initialised
 * class (through the classes their executed methods name), and every file that scope read. When that code
 * reaches anything by reflection or service loading, the part is the scope's whole coverage. The rule
 * applies again to the classes the part brings in. Coarse, but never fewer dependencies than the test had.
 */
final class StaticInitialisers {

	static final String STATIC_INITIALISER = "<clinit>()V";

	private final Function<String, Dependencies> part;
	private final ClassResolver classes;
	private final Map<String, List<String>> initialisedIn = new HashMap<>();
	private final Map<String, Dependencies> initialisations = new HashMap<>();
	private final Map<Dependencies, Set<String>> usedByPart = new IdentityHashMap<>();

	/**
	 * @param scopeIds every scope of the fork that has coverage
	 * @param part the dependencies of a scope, as the fork's attribution resolves them
	 */
	StaticInitialisers(Set<String> scopeIds, Function<String, Dependencies> part, ClassResolver classes) {
		this.part = part;
		this.classes = classes;
		for (String scope : scopeIds) {
			part.apply(scope).classes().forEach((name, methods) -> {
				// A class known only as a whole (its bytes could not be mapped) may have been initialised there too.
				if (methods.all() || methods.keys().contains(STATIC_INITIALISER)) {
					initialisedIn.computeIfAbsent(name, key -> new ArrayList<>()).add(scope);
				}
			});
		}
	}

	/**
	 * The parts a test needs besides its own scopes' for the static initialisers it relies on.
	 *
	 * @param ownScopes the root scope, the test and every container above it
	 * @param ownParts their dependencies
	 */
	List<Dependencies> partsFor(Set<String> ownScopes, List<Dependencies> ownParts) {
		if (initialisedIn.isEmpty()) {
			return List.of();
		}
		List<Dependencies> extra = new ArrayList<>();
		Set<Dependencies> added = Collections.newSetFromMap(new IdentityHashMap<>());
		Set<String> seen = new HashSet<>();
		Deque<String> pending = new ArrayDeque<>();
		ownParts.forEach(own -> pending.addAll(used(own)));
		while (!pending.isEmpty()) {
			String name = pending.poll();
			if (!seen.add(name)) {
				continue;
			}
			for (String scope : initialisedIn.getOrDefault(name, List.of())) {
				if (!ownScopes.contains(scope)) {
					Dependencies initialisation = initialisations.computeIfAbsent(name + "\n" + scope,
						key -> initialisation(name, part.apply(scope)));
					if (added.add(initialisation)) {
						extra.add(initialisation);
						pending.addAll(used(initialisation));
					}
				}
			}
		}
		return extra;
	}

	/** The classes a part uses: those it executed, and those whose static state its executed methods touch. */
	private Set<String> used(Dependencies dependencies) {
		Set<String> known = usedByPart.get(dependencies);
		if (known != null) {
			return known;
		}
		Set<String> used = new HashSet<>(dependencies.classes().keySet());
		dependencies.classes().forEach((name, methods) -> {
			CodeLinks links = links(name);
			if (links != null) {
				methodsOf(methods, links).forEach(key -> used.addAll(links.of(key).statics()));
			}
		});
		usedByPart.put(dependencies, used);
		return used;
	}

	/** What {@code scope} executed for the initialisation of {@code initialised}: see the class comment. */
	private Dependencies initialisation(String initialised, Dependencies scope) {
		SortedMap<String, MethodSet> reached = new TreeMap<>();
		Deque<String> pending = new ArrayDeque<>(List.of(initialised));
		while (!pending.isEmpty()) {
			String name = pending.poll();
			MethodSet executed = scope.classes().get(name);
			if (executed == null || reached.containsKey(name)) {
				continue;
			}
			reached.put(name, executed);
			CodeLinks links = links(name);
			if (links == null) {
				continue;
			}
			for (String key : methodsOf(executed, links)) {
				CodeLinks.Links link = links.of(key);
				if (link.reflective()) {
					return scope;
				}
				pending.addAll(link.references());
			}
			classes.analysis(name).ifPresent(analysis -> pending.addAll(analysis.supertypes()));
		}
		return new Dependencies(reached, scope.files(), scope.external());
	}

	private CodeLinks links(String className) {
		return classes.analysis(className).map(ClassAnalyzer.Analysis::links).orElse(null);
	}

	private static Set<String> methodsOf(MethodSet executed, CodeLinks links) {
		return executed.all() ? links.methods() : executed.keys();
	}
}
