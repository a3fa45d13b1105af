package dev.testgov.maven.internal.baseline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** One class file's methods as normalised instruction text; {@link #hash} folds in the lambdas each creates. */
final class ClassBodies extends ClassVisitor {

	private final Map<String, BodyText> methods = new HashMap<>();
	private final Map<String, List<String>> byName = new HashMap<>();
	private String internalName;
	private String superName;

	ClassBodies() {
		super(Opcodes.ASM9);
	}

	@Override
	public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
		this.internalName = name;
		this.superName = superName;
	}

	@Override
	public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
		BodyText body = new BodyText(internalName);
		methods.put(name + descriptor, body);
		byName.computeIfAbsent(name, ignored -> new ArrayList<>()).add(descriptor);
		return body;
	}

	/** The superclass's binary name, where an inherited test method is declared; {@code null} for none. */
	String superName() {
		return superName == null || superName.equals("java/lang/Object") ? null : superName.replace('/', '.');
	}

	/**
	 * The hash of a method, or {@code null} when this class does not declare it.
	 *
	 * @param parameters the parameter types as in the JUnit id, or {@code null} to match by name when unique
	 */
	String hash(String method, String parameters) {
		List<String> descriptors = byName.getOrDefault(method, List.of());
		for (String descriptor : descriptors) {
			if (parameters == null ? descriptors.size() == 1 : parameters.equals(MethodBodies.parametersOf(descriptor))) {
				StringBuilder text = new StringBuilder();
				append(method + descriptor, text, new HashSet<>());
				return digest(text.toString());
			}
		}
		return null;
	}

	private void append(String key, StringBuilder text, Set<String> seen) {
		BodyText body = methods.get(key);
		if (body == null || !seen.add(key)) {
			return;
		}
		text.append(body.text()).append('\n');
		body.lambdas().forEach(lambda -> append(lambda, text, seen));
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			StringBuilder hex = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				hex.append(String.format("%02x", hash[i]));
			}
			return hex.toString();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}
}
