package dev.testgov.maven.internal.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import dev.testgov.maven.internal.store.ClassRecord;
import dev.testgov.maven.internal.store.MethodSet;

/**
 * Turns the agent's probes for a class into the methods a test executed, and keeps one {@link ClassRecord}
 * per class name for the store: the first copy on the classpath, fingerprinted. When that copy is not the
 * one that ran (the class id differs), cannot be mapped, or does not exist, the test depends on the whole
 * class — every method and the structure. A class found nowhere is recorded as unresolved with the
 * smallest class id seen for it.
 */
final class ClassResolver {

	private final ClassLocator locator;
	private final ClassAnalyzer analyzer;
	private final ClassRecords records;
	private final Map<String, Optional<Located>> located = new HashMap<>();
	private final Map<String, ClassRecord> unresolved = new HashMap<>();

	ClassResolver(ClassLocator locator, ClassAnalyzer analyzer) {
		this.locator = locator;
		this.analyzer = analyzer;
		this.records = new ClassRecords(locator, analyzer);
	}

	/** The methods executed, or nothing when no probe of the class executed. */
	Optional<MethodSet> methodsHit(ClassProbes probes) {
		if (!anyHit(probes)) {
			return Optional.empty();
		}
		Optional<Located> copy = locate(probes.className());
		if (copy.isEmpty()) {
			unresolved.merge(probes.className(), ClassRecord.unresolved(probes.className(), probes.classId()),
				(first, next) -> first.whole().compareTo(next.whole()) <= 0 ? first : next);
			return Optional.of(MethodSet.ALL);
		}
		ProbeMap map = copy.get().analysis().probes();
		if (copy.get().classId() != probes.classId() || map == null || !map.matches(probes)) {
			return Optional.of(MethodSet.ALL);
		}
		return Optional.of(MethodSet.of(map.methodsHit(probes)));
	}

	/** The class as it is now: found on the classpath, else as it was seen unresolved in this run. */
	Optional<ClassRecord> current(String className) {
		return locate(className).map(Located::record).or(() -> Optional.ofNullable(unresolved.get(className)));
	}

	/** The class's analysis, when a class source holds it. */
	Optional<ClassAnalyzer.Analysis> analysis(String className) {
		return locate(className).map(Located::analysis);
	}

	private Optional<Located> locate(String className) {
		return located.computeIfAbsent(className, name -> locator.find(name).map(copy -> {
			ClassAnalyzer.Analysis analysis = analyzer.analyze(name, copy.bytes());
			return new Located(copy.classId(), analysis, records.of(name, copy));
		}));
	}

	private static boolean anyHit(ClassProbes probes) {
		for (byte bits : probes.probes()) {
			if (bits != 0) {
				return true;
			}
		}
		return false;
	}

	private record Located(long classId, ClassAnalyzer.Analysis analysis, ClassRecord record) {
	}
}
