package dev.testgov.maven.internal.analysis;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.testgov.maven.internal.fingerprint.ClassFingerprint;
import dev.testgov.maven.internal.fingerprint.Digest;
import dev.testgov.maven.internal.store.ClassRecord;

/**
 * Makes the store's {@link ClassRecord} of a class, with every supertype's structure folded into the class's
 * own structure and whole fingerprints.
 *
 * <p>Why: a test that ran {@code Sub.m()} inherited from {@code Base} depends on the classes between them
 * even if it never executed their code. When a class in the middle gains an override of {@code m}, dispatch
 * changes although no class the test executed changed. Folding the hierarchy in makes that change visible
 * on every class below it, so the merge and selection see it alike. A supertype found in no class source
 * (the JDK, whose version is a build input) counts by name.
 */
final class ClassRecords {

	private static final String ABSENT = "absent";

	private final ClassLocator locator;
	private final ClassAnalyzer analyzer;
	private final Map<String, String> hierarchies = new ConcurrentHashMap<>();

	ClassRecords(ClassLocator locator, ClassAnalyzer analyzer) {
		this.locator = locator;
		this.analyzer = analyzer;
	}

	/** The record of a located class. */
	ClassRecord of(String className, LocatedClass copy) {
		ClassAnalyzer.Analysis analysis = analyzer.analyze(className, copy.bytes());
		ClassFingerprint own = analysis.fingerprint();
		String hierarchy = supertypesOf(analysis, new HashSet<>(Set.of(className)));
		return new ClassRecord(className, copy.origin(), Digest.shortHash(own.whole() + '/' + hierarchy),
			Digest.shortHash(own.structure() + '/' + hierarchy), own.methods());
	}

	/** The record of the class as it is now, if a source holds it. */
	Optional<ClassRecord> find(String className) {
		return locator.find(className).map(copy -> of(className, copy));
	}

	private String supertypesOf(ClassAnalyzer.Analysis analysis, Set<String> visiting) {
		StringBuilder text = new StringBuilder();
		for (String supertype : analysis.supertypes()) {
			text.append(supertype).append('=').append(hierarchyOf(supertype, visiting)).append(';');
		}
		return Digest.shortHash(text.toString());
	}

	/** A supertype's structure together with its own supertypes', memoised; a cycle (invalid bytes) ends it. */
	private String hierarchyOf(String className, Set<String> visiting) {
		String known = hierarchies.get(className);
		if (known != null) {
			return known;
		}
		if (!visiting.add(className)) {
			return ABSENT;
		}
		String computed = locator.find(className).map(copy -> {
			ClassAnalyzer.Analysis analysis = analyzer.analyze(className, copy.bytes());
			return Digest.shortHash(analysis.fingerprint().structure() + '/' + supertypesOf(analysis, visiting));
		}).orElse(ABSENT);
		visiting.remove(className);
		hierarchies.put(className, computed);
		return computed;
	}
}
