package dev.testgov.maven.internal.analysis;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

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

	private final boolean keepTrees;
	private final Queue<Analysis> kept = new ConcurrentLinkedQueue<>();

	private ClassAnalyzer(boolean keepTrees) {
		this.keepTrees = keepTrees;
	}

	/** For selection, which needs fingerprints only: the trees they are computed from are dropped at once. */
	public static ClassAnalyzer forSelection() {
		return new ClassAnalyzer(false);
	}

	/** For the merge, which asks each class for its probes and links too: they are computed from the same tree. */
	public static ClassAnalyzer forMerge() {
		return new ClassAnalyzer(true);
	}

	public Analysis analyze(String className, byte[] bytes) {
		return CACHE.computeIfAbsent(CRC64.classId(bytes), id -> {
			Analysis analysis = analyzeUncached(className, bytes, keepTrees);
			if (keepTrees) {
				kept.add(analysis);
			}
			return analysis;
		});
	}

	/** Drops the trees this analyzer kept, once the merge is over: the cache outlives it, the trees need not. */
	public void releaseTrees() {
		for (Analysis analysis = kept.poll(); analysis != null; analysis = kept.poll()) {
			analysis.dropTree();
		}
	}

	private static Analysis analyzeUncached(String className, byte[] bytes, boolean keepTree) {
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
		return new Analysis(Fingerprints.of(node, keys), supertypes, bytes, keys, keepTree ? node : null);
	}

	/**
	 * A class's fingerprint and supertypes and, computed when first asked for, its probe map and code links:
	 * selection needs only the former, the merge all of them. For the merge, the tree read for the fingerprint
	 * is kept softly for the latter, so each class is parsed once, and never held when memory is short (it is
	 * read again); selection keeps no tree, as retained trees cost its garbage collector more than they save.
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

		synchronized void dropTree() {
			tree.clear();
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
