package dev.testgov.maven.internal.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Type;

/**
 * Hashes of test methods' bytecode, normalised so that moving or renaming a test class or method keeps the
 * hash: line numbers, local variable names, labels' positions and lambda names are left out, and references to
 * the test class and its package become placeholders. A lambda's body counts as part of the method that
 * creates it. Two tests with the same hash (and display name) are the same test under another name.
 *
 * <p>Reads each class file once; a test whose class file is not in the directory (a test from a dependency)
 * has no hash. Not thread-safe: one instance per goal execution.
 */
public final class MethodBodies {

	private final Path classesDirectory;
	private final Map<String, Optional<ClassBodies>> classes = new HashMap<>();

	public MethodBodies(Path classesDirectory) {
		this.classesDirectory = classesDirectory;
	}

	/** The test with its body hash set, or unchanged when the method cannot be found. */
	public TestResult hash(TestResult test) {
		if (test.className() == null || test.method() == null) {
			return test;
		}
		String parameters = parameters(test.id());
		String className = test.className();
		for (int depth = 0; className != null && depth < 8; depth++) {
			Optional<ClassBodies> bodies = bodies(className);
			if (bodies.isEmpty()) {
				return test;
			}
			String hash = bodies.get().hash(test.method(), parameters);
			if (hash != null) {
				return test.withBody(hash);
			}
			className = bodies.get().superName();
		}
		return test;
	}

	private Optional<ClassBodies> bodies(String className) {
		return classes.computeIfAbsent(className, this::read);
	}

	private Optional<ClassBodies> read(String className) {
		Path file = classesDirectory.resolve(className.replace('.', '/') + ".class");
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (InputStream in = Files.newInputStream(file)) {
			ClassBodies bodies = new ClassBodies();
			new ClassReader(in).accept(bodies, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
			return Optional.of(bodies);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The parameter types in a JUnit unique id's last method segment, without spaces:
	 * {@code [method:adds(int, java.lang.String)]} gives {@code int,java.lang.String}; {@code null} if there is none.
	 */
	static String parameters(String id) {
		int open = id.lastIndexOf('(');
		int close = id.lastIndexOf(')');
		return open < 0 || close < open ? null : id.substring(open + 1, close).replace(" ", "");
	}

	/** The parameter types of a method descriptor as JUnit writes them: {@code Class.getName()}, comma-separated. */
	static String parametersOf(String descriptor) {
		StringBuilder names = new StringBuilder();
		for (Type type : Type.getArgumentTypes(descriptor)) {
			if (names.length() > 0) {
				names.append(',');
			}
			names.append(type.getSort() == Type.ARRAY ? type.getDescriptor().replace('/', '.') : type.getClassName());
		}
		return names.toString();
	}
}
