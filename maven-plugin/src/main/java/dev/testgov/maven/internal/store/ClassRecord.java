package dev.testgov.maven.internal.store;

import java.util.SortedMap;
import java.util.TreeMap;

import dev.testgov.maven.internal.fingerprint.ClassFingerprint;

/**
 * A class as the store knows it: where it came from and its fingerprints.
 *
 * <p>An {@linkplain #UNRESOLVED unresolved} class ran, but its bytes were not in any class source given to
 * the merge (the test harness, classes generated at run time): {@code whole} is then the JaCoCo class id seen
 * at run time, in hex, {@code structure} is {@code -} and no method is known.
 *
 * @param name the JVM name, {@code com/acme/Foo}
 * @param origin the reactor module ({@code groupId:artifactId}) or dependency coordinates, or {@code ?}
 */
public record ClassRecord(String name, String origin, String whole, String structure, SortedMap<String, String> methods) {

	public static final String UNRESOLVED = "?";
	static final String NO_STRUCTURE = "-";

	public ClassRecord {
		methods = Sorted.copyOf(methods);
	}

	/** The record of class {@code name}, as found in {@code origin} and fingerprinted. */
	public static ClassRecord of(String name, String origin, ClassFingerprint fingerprint) {
		return new ClassRecord(name, origin, fingerprint.whole(), fingerprint.structure(), fingerprint.methods());
	}

	public static ClassRecord unresolved(String name, long classId) {
		return new ClassRecord(name, UNRESOLVED, String.format("%016x", classId), NO_STRUCTURE, new TreeMap<>());
	}

	public boolean resolved() {
		return !UNRESOLVED.equals(origin);
	}

	/**
	 * Whether a test that executed {@code used} of this class is unaffected by the class becoming
	 * {@code current}: same structure and same fingerprints of the used methods, or, for a class-level
	 * dependency, the same whole class.
	 */
	public boolean sameFor(MethodSet used, ClassRecord current) {
		if (used.all()) {
			return whole.equals(current.whole);
		}
		return structure.equals(current.structure)
				&& used.keys().stream().allMatch(key -> java.util.Objects.equals(methods.get(key), current.methods.get(key)));
	}
}
