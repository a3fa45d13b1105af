package dev.testgov.maven.internal.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.objectweb.asm.Opcodes;

/** One method as the audit sees it: its annotations, the uses in its own code, and the methods it calls. */
final class MethodSummary {

	private final String owner;
	private final String name;
	private final String descriptor;
	private final int access;
	final Set<String> annotations = new LinkedHashSet<>();
	final List<Evidence> evidence = new ArrayList<>();
	final List<MethodRef> calls = new ArrayList<>();

	MethodSummary(String owner, String name, String descriptor, int access) {
		this.owner = owner;
		this.name = name;
		this.descriptor = descriptor;
		this.access = access;
	}

	String name() {
		return name;
	}

	String signature() {
		return name + descriptor;
	}

	boolean isStatic() {
		return (access & Opcodes.ACC_STATIC) != 0;
	}

	boolean isPrivate() {
		return (access & Opcodes.ACC_PRIVATE) != 0;
	}

	boolean isSynthetic() {
		return (access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0;
	}

	/** {@code com.acme.Keys#apiKey}, as findings name helpers. */
	String displayName() {
		return owner.replace('/', '.') + "#" + name;
	}
}
