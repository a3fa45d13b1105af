package dev.testgov.maven.internal.fingerprint;

import java.util.SortedMap;
import java.util.TreeMap;

import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Computes the {@link ClassFingerprint} of a class file. */
public final class Fingerprints {

	private Fingerprints() {
	}

	/**
	 * Fingerprints a class file.
	 *
	 * @throws IllegalArgumentException if the bytes are not a class file ASM can read
	 */
	public static ClassFingerprint of(byte[] classBytes) {
		ClassNode node = ClassFiles.read(classBytes);
		return of(node, MethodKeys.of(node));
	}

	/** Fingerprints a class already read with {@link ClassFiles#read(byte[])}. */
	public static ClassFingerprint of(ClassNode node, MethodKeys keys) {
		SortedMap<String, String> methods = new TreeMap<>();
		for (MethodNode method : node.methods) {
			methods.put(keys.keyOf(method), MethodHasher.fingerprint(node.name, method, keys));
		}
		String structure = StructureHasher.structure(node, keys, methods);
		return new ClassFingerprint(node.name, StructureHasher.whole(node, structure, methods), structure, methods);
	}

	/**
	 * The fingerprint of bytes that cannot be read as a class: the content hash stands for the whole and the
	 * structure, and no method is known, so every change counts and only a class-level dependency is possible.
	 */
	public static ClassFingerprint opaque(String className, byte[] bytes) {
		String hash = Digest.sha256(bytes).substring(0, 16);
		return new ClassFingerprint(className, hash, hash, new TreeMap<>());
	}
}
