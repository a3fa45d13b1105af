package dev.testgov.maven.internal.audit;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.testgov.junit.Gate;

/**
 * Answers what an annotation stands for once composed annotations are unfolded: which gates
 * ({@code @RequiresDocker} directly, or inside {@code @RequiresPostgres}), and whether it marks a test method.
 * Meta-annotations are read from the annotation's own class file on the test class path; an annotation whose
 * class file is not there stands for itself alone.
 */
final class AnnotationIndex {

	private static final String TESTABLE = "Lorg/junit/platform/commons/annotation/Testable;";
	/** Test annotations recognised even when their class file is not on the class path. */
	private static final Set<String> TESTS = Set.of(TESTABLE, "Lorg/junit/jupiter/api/Test;",
		"Lorg/junit/jupiter/api/RepeatedTest;", "Lorg/junit/jupiter/api/TestFactory;",
		"Lorg/junit/jupiter/api/TestTemplate;", "Lorg/junit/jupiter/params/ParameterizedTest;", "Lorg/junit/Test;");

	private final Map<String, Gate> gates = new HashMap<>();
	private final ClassFiles classFiles;
	private final Map<String, Set<String>> scanned;
	private final Map<String, Set<String>> closures = new HashMap<>();

	/**
	 * @param scanned the annotations of classes already read, by internal name, so they are not read twice
	 */
	AnnotationIndex(ClassFiles classFiles, Map<String, Set<String>> scanned) {
		this.classFiles = classFiles;
		this.scanned = scanned;
		for (Gate gate : Gate.values()) {
			String type = gate.annotation().getName().replace('.', '/');
			gates.put("L" + type + ";", gate);
			gates.put("L" + type + "$List;", gate);
		}
	}

	/** The gates these annotations carry, directly or composed. */
	Set<Gate> gates(Collection<String> descriptors) {
		Set<Gate> found = EnumSet.noneOf(Gate.class);
		for (String descriptor : descriptors) {
			for (String meta : closure(descriptor)) {
				Gate gate = gates.get(meta);
				if (gate != null) {
					found.add(gate);
				}
			}
		}
		return found;
	}

	/** Whether these annotations make a method a test: JUnit's, JUnit 4's, or any meta-annotated {@code @Testable}. */
	boolean marksTest(Collection<String> descriptors) {
		return descriptors.stream().anyMatch(descriptor -> closure(descriptor).stream().anyMatch(TESTS::contains));
	}

	/** The annotation and every annotation it is (transitively) annotated with; cycles are cut. */
	private Set<String> closure(String descriptor) {
		Set<String> cached = closures.get(descriptor);
		if (cached != null) {
			return cached;
		}
		Set<String> closure = new LinkedHashSet<>();
		Deque<String> pending = new ArrayDeque<>();
		pending.add(descriptor);
		while (!pending.isEmpty()) {
			String next = pending.poll();
			if (closure.add(next) && !next.startsWith("Ljava/lang/annotation/")) {
				pending.addAll(metaAnnotations(next.substring(1, next.length() - 1)));
			}
		}
		closures.put(descriptor, closure);
		return closure;
	}

	private Set<String> metaAnnotations(String type) {
		Set<String> known = scanned.get(type);
		if (known != null) {
			return known;
		}
		return classFiles.find(type).map(bytes -> ClassSummaryReader.read(bytes).annotations).orElse(Set.of());
	}
}
