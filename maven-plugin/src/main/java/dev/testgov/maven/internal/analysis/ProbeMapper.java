package dev.testgov.maven.internal.analysis;

import java.util.ArrayList;
import java.util.List;

import dev.testgov.maven.internal.fingerprint.ClassFiles;
import dev.testgov.maven.internal.fingerprint.MethodKeys;
import org.jacoco.core.internal.data.CRC64;
import org.jacoco.core.internal.flow.ClassProbesAdapter;
import org.jacoco.core.internal.flow.ClassProbesVisitor;
import org.jacoco.core.internal.flow.IFrame;
import org.jacoco.core.internal.flow.LabelInfo;
import org.jacoco.core.internal.flow.MethodProbesVisitor;
import org.jacoco.core.internal.instr.InstrSupport;
import org.objectweb.asm.Label;
import org.objectweb.asm.tree.ClassNode;

/**
 * Numbers the probes of a class exactly as JaCoCo 0.8.15's instrumenter does — by driving the same
 * {@link ClassProbesAdapter} over the class, as JaCoCo's own analyser does — and records the method each
 * probe lands in. The class comes either as bytes, read as JaCoCo's analyser reads them, or as the tree
 * {@link ClassFiles#read(byte[])} made of those bytes, replayed without parsing the bytes a second time. The
 * tree lacks the stack map frames, and with them the labels ASM makes at frame offsets that no instruction
 * jumps to (after an unconditional jump: dead code, or code only a jump reaches, which has its label anyway);
 * JaCoCo puts probes only at jump targets, method exits and jump sources, never at such a label, so the
 * numbering is the same. The tests hold the replay to the bytes' numbering over whole libraries, old-style
 * subroutines and framed dead code. Probes arrive through {@code visitProbe}, {@code visitInsnWithProbe},
 * {@code visitJumpInsnWithProbe}, and for switches as probe ids attached to the target labels
 * ({@link LabelInfo#getProbeId(Label)}). A map that does not account for every probe exactly once is rejected.
 */
public final class ProbeMapper {

	private ProbeMapper() {
	}

	/**
	 * Maps the probes of a class file, reading the bytes as JaCoCo's analyser does: the reference the tests hold
	 * the replay to (the merge replays trees, {@link #map(ClassNode, MethodKeys, long)}).
	 *
	 * @throws IllegalArgumentException if the bytes cannot be read, or the probes do not add up
	 */
	static ProbeMap map(byte[] classBytes, MethodKeys keys) {
		Collector collector = new Collector(keys);
		try {
			InstrSupport.classReaderFor(classBytes.clone()).accept(new ClassProbesAdapter(collector, false), 0);
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException("JaCoCo cannot number the probes: " + e, e);
		}
		return new ProbeMap(CRC64.classId(classBytes), collector.className, collector.owners());
	}

	/**
	 * Maps the probes of a class already read with {@link ClassFiles#read(byte[])}.
	 *
	 * @param classId the JaCoCo id of the bytes the tree was read from
	 * @throws IllegalArgumentException if the probes do not add up
	 */
	public static ProbeMap map(ClassNode node, MethodKeys keys, long classId) {
		Collector collector = new Collector(keys);
		// JaCoCo keeps its flow analysis in the labels: a replay starts from fresh ones.
		node.methods.forEach(method -> method.instructions.resetLabels());
		try {
			node.accept(new ClassProbesAdapter(collector, false));
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException("JaCoCo cannot number the probes: " + e, e);
		}
		return new ProbeMap(classId, collector.className, collector.owners());
	}

	private static final class Collector extends ClassProbesVisitor {

		private final MethodKeys keys;
		private final List<String> owners = new ArrayList<>();
		private String className;
		private int total = -1;

		Collector(MethodKeys keys) {
			this.keys = keys;
		}

		@Override
		public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
			className = name;
		}

		@Override
		public MethodProbesVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
			return new MethodCollector(keys.keyOf(name, desc));
		}

		@Override
		public void visitTotalProbeCount(int count) {
			total = count;
		}

		String[] owners() {
			if (owners.size() != total || owners.contains(null)) {
				throw new IllegalArgumentException("probes of " + className + " do not add up: " + owners.size()
						+ " mapped, " + total + " in total");
			}
			return owners.toArray(String[]::new);
		}

		private void own(int probeId, String method) {
			while (owners.size() <= probeId) {
				owners.add(null);
			}
			if (owners.set(probeId, method) != null) {
				throw new IllegalArgumentException("probe " + probeId + " of " + className + " is numbered twice");
			}
		}

		private final class MethodCollector extends MethodProbesVisitor {

			private final String key;

			MethodCollector(String key) {
				this.key = key;
			}

			@Override
			public void visitProbe(int probeId) {
				own(probeId, key);
			}

			@Override
			public void visitJumpInsnWithProbe(int opcode, Label label, int probeId, IFrame frame) {
				own(probeId, key);
			}

			@Override
			public void visitInsnWithProbe(int opcode, int probeId) {
				own(probeId, key);
			}

			@Override
			public void visitTableSwitchInsnWithProbes(int min, int max, Label dflt, Label[] labels, IFrame frame) {
				switchProbes(dflt, labels);
			}

			@Override
			public void visitLookupSwitchInsnWithProbes(Label dflt, int[] keys, Label[] labels, IFrame frame) {
				switchProbes(dflt, labels);
			}

			/** A label shared by several cases carries one probe; it is claimed once. */
			private void switchProbes(Label dflt, Label[] labels) {
				List<Label> targets = new ArrayList<>(List.of(labels));
				targets.add(0, dflt);
				for (Label target : targets) {
					int probeId = LabelInfo.getProbeId(target);
					if (probeId != LabelInfo.NO_PROBE && (probeId >= owners.size() || owners.get(probeId) == null)) {
						own(probeId, key);
					}
				}
			}
		}
	}
}
