package dev.testgov.maven.internal.selection;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.testgov.maven.internal.store.ClassRecord;
import dev.testgov.maven.internal.store.MethodSet;

/**
 * How one class differs from what the store recorded: deleted, its structure changed (fields, signatures,
 * hierarchy, static initialiser — and those of its supertypes), or some method bodies changed.
 */
final class ClassChange {

	static final ClassChange NONE = new ClassChange(null, false, false, false, Set.of());

	private final String className;
	private final boolean deleted;
	private final boolean structure;
	private final boolean whole;
	private final Set<String> methods;

	private ClassChange(String className, boolean deleted, boolean structure, boolean whole, Set<String> methods) {
		this.className = className;
		this.deleted = deleted;
		this.structure = structure;
		this.whole = whole;
		this.methods = methods;
	}

	/**
	 * Compares a stored class with today's: an unresolved stored class (test harness, generated at run time)
	 * is judged by the build inputs, not here; a class no source holds any more is deleted.
	 */
	static ClassChange of(String className, ClassRecord stored, Optional<ClassRecord> current) {
		if (stored != null && !stored.resolved()) {
			return NONE;
		}
		if (stored == null || current.isEmpty()) {
			return new ClassChange(className, current.isEmpty(), stored == null, true, Set.of());
		}
		Set<String> changed = new TreeSet<>();
		stored.methods().forEach((key, fingerprint) -> {
			if (!fingerprint.equals(current.get().methods().get(key))) {
				changed.add(key);
			}
		});
		return new ClassChange(className, false, !stored.structure().equals(current.get().structure()),
			!stored.whole().equals(current.get().whole()), changed);
	}

	/** Why a test that used {@code used} of this class is affected, if it is. */
	Optional<Reason> affects(MethodSet used) {
		if (deleted) {
			return Optional.of(Reason.deletedClass(className));
		}
		if (used.all()) {
			return whole ? Optional.of(Reason.changedClass(className)) : Optional.empty();
		}
		if (structure) {
			return Optional.of(Reason.changedStructure(className));
		}
		return used.keys().stream().filter(methods::contains).findFirst().map(key -> Reason.changedMethod(className, key));
	}
}
