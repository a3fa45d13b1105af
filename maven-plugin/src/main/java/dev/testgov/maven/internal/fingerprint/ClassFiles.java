package dev.testgov.maven.internal.fingerprint;

import org.jacoco.core.internal.instr.InstrSupport;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/** Reads class files the way JaCoCo does, so that a class the agent could instrument can be fingerprinted. */
public final class ClassFiles {

	private ClassFiles() {
	}

	/**
	 * Reads a class without its stack map frames (derived data); debug attributes are read, because
	 * {@code MethodParameters} travels with them in ASM, and are ignored when hashing.
	 *
	 * @throws IllegalArgumentException if the bytes are not a class file ASM can read
	 */
	public static ClassNode read(byte[] bytes) {
		try {
			ClassReader reader = InstrSupport.classReaderFor(bytes.clone());
			ClassNode node = new ClassNode(InstrSupport.ASM_API_VERSION);
			reader.accept(node, ClassReader.SKIP_FRAMES);
			return node;
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException("not a readable class file: " + e, e);
		}
	}
}
