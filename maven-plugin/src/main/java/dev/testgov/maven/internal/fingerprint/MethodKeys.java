package dev.testgov.maven.internal.fingerprint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Stable keys for the methods of one class: {@code name + descriptor} ({@code a(I)V}), except for javac's
 * lambda bodies. javac numbers those per class ({@code lambda$b$3}), so adding a lambda to one method renames
 * the lambdas of every method after it. A lambda body is keyed instead by the method that creates it and its
 * ordinal there: {@code lambda$b()V#0} is the first lambda created in {@code b()V}; a lambda created inside
 * that lambda is {@code lambda$lambda$b()V#0#0}. Keys stay unique, and a swap of two lambda bodies still
 * changes the keyed fingerprints.
 */
public final class MethodKeys {

	private static final String LAMBDA_PREFIX = "lambda$";

	private final Map<String, String> keys;

	private MethodKeys(Map<String, String> keys) {
		this.keys = keys;
	}

	/** The keys of every method of {@code node}. */
	public static MethodKeys of(ClassNode node) {
		Map<String, Creation> creations = creations(node);
		Map<String, String> keys = new HashMap<>();
		for (MethodNode method : node.methods) {
			String raw = raw(method.name, method.desc);
			keys.put(raw, key(raw, creations, new HashSet<>()));
		}
		return new MethodKeys(keys);
	}

	/** {@code name + descriptor}, the key of every method that is not a lambda body. */
	public static String raw(String name, String desc) {
		return name + desc;
	}

	/** The key of a method of this class; a method the class does not declare keeps its raw key. */
	public String keyOf(String name, String desc) {
		String raw = raw(name, desc);
		return keys.getOrDefault(raw, raw);
	}

	public String keyOf(MethodNode method) {
		return keyOf(method.name, method.desc);
	}

	/** Whether the method is a lambda body that was given a key by where it is created. */
	public boolean isLambda(MethodNode method) {
		return !keyOf(method).equals(raw(method.name, method.desc));
	}

	private static String key(String raw, Map<String, Creation> creations, Set<String> visiting) {
		Creation creation = creations.get(raw);
		if (creation == null || !visiting.add(raw)) {
			return raw;
		}
		return LAMBDA_PREFIX + key(creation.creator(), creations, visiting) + "#" + creation.ordinal();
	}

	/** Where each lambda body is first created: the creating method's raw key and the ordinal there. */
	private static Map<String, Creation> creations(ClassNode node) {
		Set<String> lambdas = new HashSet<>();
		for (MethodNode method : node.methods) {
			if ((method.access & Opcodes.ACC_SYNTHETIC) != 0 && method.name.startsWith(LAMBDA_PREFIX)) {
				lambdas.add(raw(method.name, method.desc));
			}
		}
		Map<String, Creation> creations = new LinkedHashMap<>();
		for (MethodNode method : node.methods) {
			int ordinal = 0;
			for (AbstractInsnNode insn : method.instructions) {
				if (insn instanceof InvokeDynamicInsnNode indy) {
					for (Object argument : indy.bsmArgs) {
						if (argument instanceof Handle handle && handle.getOwner().equals(node.name)) {
							String target = raw(handle.getName(), handle.getDesc());
							if (lambdas.contains(target) && !creations.containsKey(target)) {
								creations.put(target, new Creation(raw(method.name, method.desc), ordinal++));
							}
						}
					}
				}
			}
		}
		return creations;
	}

	private record Creation(String creator, int ordinal) {
	}
}
