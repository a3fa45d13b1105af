package dev.testgov.maven.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.testgov.maven.internal.fingerprint.ClassFingerprint;
import dev.testgov.maven.internal.fingerprint.ClassFiles;
import dev.testgov.maven.internal.fingerprint.Fingerprints;
import dev.testgov.maven.internal.fingerprint.MethodKeys;
import org.jacoco.core.internal.data.CRC64;
import org.objectweb.asm.tree.ClassNode;

/**
 * Fingerprints and probe maps of class files, cached by JaCoCo class id. Bytes ASM cannot read get an
 * opaque fingerprint, and bytes whose probes cannot be numbered get no probe map: either way only a
 * class-level dependency is possible.
 */
public final class ClassAnalyzer {

	/**
	 * Shared by every analyzer in the JVM: keyed by the class bytes' CRC-64, an entry can never be stale, and
	 * a reactor's modules, analysed one after another in one Maven JVM, fingerprint each class once.
	 */
	private static final Map<Long, Analysis> CACHE = new ConcurrentHashMap<>();

	public Analysis analyze(String className, byte[] bytes) {
		return CACHE.computeIfAbsent(CRC64.classId(bytes), id -> analyzeUncached(className, bytes));
	}

	private static Analysis analyzeUncached(String className, byte[] bytes) {
		ClassNode node;
		try {
			node = ClassFiles.read(bytes);
		}
		catch (IllegalArgumentException e) {
			return new Analysis(Fingerprints.opaque(className, bytes), null, List.of(), null);
		}
		MethodKeys keys = MethodKeys.of(node);
		ClassFingerprint fingerprint = Fingerprints.of(node, keys);
		List<String> supertypes = new ArrayList<>();
		if (node.superName != null) {
			supertypes.add(node.superName);
		}
		supertypes.addAll(node.interfaces);
		CodeLinks links = CodeLinks.of(node, keys);
		try {
			return new Analysis(fingerprint, ProbeMapper.map(bytes, keys), supertypes, links);
		}
		catch (IllegalArgumentException e) {
			return new Analysis(fingerprint, null, supertypes, links);
		}
	}

	/**
	 * A class's fingerprint and, when its probes could be numbered, its probe map.
	 *
	 * @param probes {@code null} when JaCoCo could not number the probes
	 * @param supertypes the JVM names of the direct superclass and interfaces
	 * @param links what each method refers to; {@code null} when the bytes cannot be read
	 */
	public record Analysis(ClassFingerprint fingerprint, ProbeMap probes, List<String> supertypes, CodeLinks links) {
	}
}
