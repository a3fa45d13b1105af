package dev.testgov.maven.internal.analysis;

import java.lang.ref.SoftReference;
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
			return new Analysis(Fingerprints.opaque(className, bytes), List.of(), null, null, null);
		}
		MethodKeys keys = MethodKeys.of(node);
		List<String> supertypes = new ArrayList<>();
		if (node.superName != null) {
			supertypes.add(node.superName);
		}
		supertypes.addAll(node.interfaces);
		return new Analysis(Fingerprints.of(node, keys), supertypes, bytes, keys, node);
	}

	/**
	 * A class's fingerprint and supertypes and, computed when first asked for, its probe map and code links:
	 * selection needs only the former, the merge all of them. The tree read for the fingerprint is kept softly
	 * for the latter, so a merge parses each class once, and a cache of many classes never holds their trees
	 * when memory is short (they are read again).
	 */
	public static final class Analysis {

		private final ClassFingerprint fingerprint;
		private final List<String> supertypes;
		private final byte[] bytes;
		private final MethodKeys keys;
		private SoftReference<ClassNode> tree;
		private ProbeMap probes;
		private CodeLinks links;
		private boolean probesMapped;

		/** @param bytes {@code null} when ASM cannot read them: then there are neither probes nor links */
		Analysis(ClassFingerprint fingerprint, List<String> supertypes, byte[] bytes, MethodKeys keys, ClassNode tree) {
			this.fingerprint = fingerprint;
			this.supertypes = List.copyOf(supertypes);
			this.bytes = bytes;
			this.keys = keys;
			this.tree = new SoftReference<>(tree);
		}

		public ClassFingerprint fingerprint() {
			return fingerprint;
		}

		/** The JVM names of the direct superclass and interfaces. */
		public List<String> supertypes() {
			return supertypes;
		}

		/** The probe map; {@code null} when JaCoCo could not number the probes. */
		public synchronized ProbeMap probes() {
			if (!probesMapped && bytes != null) {
				try {
					probes = ProbeMapper.map(tree(), keys, CRC64.classId(bytes));
				}
				catch (IllegalArgumentException e) {
					probes = null;
				}
			}
			probesMapped = true;
			releaseTree();
			return probes;
		}

		/** What each method refers to; {@code null} when the bytes cannot be read. */
		public synchronized CodeLinks links() {
			if (links == null && bytes != null) {
				links = CodeLinks.of(tree(), keys);
			}
			releaseTree();
			return links;
		}

		/** Once the probes and links are known, the tree has served. */
		private void releaseTree() {
			if (probesMapped && links != null) {
				tree.clear();
			}
		}

		private ClassNode tree() {
			ClassNode node = tree.get();
			if (node == null) {
				node = ClassFiles.read(bytes);
				tree = new SoftReference<>(node);
			}
			return node;
		}
	}
}
