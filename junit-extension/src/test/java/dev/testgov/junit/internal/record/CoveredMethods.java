package dev.testgov.junit.internal.record;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * JaCoCo's own analysis as the oracle: which methods of a class a scope's probes executed. It maps probes to
 * methods from the class file, independently of the recorder, and checks the class id the agent reported.
 */
final class CoveredMethods {

	private CoveredMethods() {
	}

	static Set<String> of(Class<?> type, ClassProbes probes) throws IOException {
		boolean[] hits = new boolean[probes.probeCount()];
		for (int i = 0; i < hits.length; i++) {
			hits[i] = probes.hit(i);
		}
		ExecutionDataStore store = new ExecutionDataStore();
		store.put(new ExecutionData(probes.classId(), probes.className(), hits));
		CoverageBuilder coverage = new CoverageBuilder();
		String resource = "/" + probes.className() + ".class";
		try (InputStream bytes = type.getResourceAsStream(resource)) {
			new Analyzer(store, coverage).analyzeClass(bytes, resource);
		}
		Set<String> covered = new TreeSet<>();
		for (IClassCoverage analysed : coverage.getClasses()) {
			if (analysed.getId() != probes.classId()) {
				throw new AssertionError("class id " + probes.classId() + " is not that of " + resource);
			}
			for (IMethodCoverage method : analysed.getMethods()) {
				if (method.getInstructionCounter().getCoveredCount() > 0) {
					covered.add(method.getName());
				}
			}
		}
		return covered;
	}
}
