package dev.testgov.maven.internal.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.testgov.junit.Gate;

/**
 * Scans compiled test classes as bytecode, without loading them, for tests that use Docker, the
 * environment or the network without a gate that accepts it.
 *
 * <p>A use in a test method, the methods it calls, a constructor or {@code @BeforeEach} is reported per test,
 * unless the test or its class carries an accepted gate. A use in class set-up — a static initialiser,
 * {@code @BeforeAll}, a static {@code @Container} field, {@code @Testcontainers} — runs even when every test
 * is gated, so it is reported once per class unless the class (or a superclass or enclosing class) is gated;
 * tests of such a class are then not reported again for the same kind of use.
 */
public final class Auditor {

	private final Map<String, ClassSummary> classes;
	private final TestClasses testClasses;
	private final Reachability reachability;

	private Auditor(Map<String, ClassSummary> classes, AnnotationIndex annotations) {
		this.classes = classes;
		this.testClasses = new TestClasses(classes, annotations);
		this.reachability = new Reachability(classes);
	}

	/**
	 * Audits the class files under {@code testClasses}; {@code classPath} (the test class path) is where
	 * composed annotations are looked up.
	 */
	public static AuditResult audit(Path testClasses, List<Path> classPath) throws IOException {
		Map<String, ClassSummary> classes = read(testClasses);
		List<Path> roots = new ArrayList<>();
		roots.add(testClasses);
		roots.addAll(classPath);
		try (ClassFiles classFiles = new ClassFiles(roots)) {
			Map<String, Set<String>> annotations = new LinkedHashMap<>();
			classes.forEach((name, summary) -> annotations.put(name, summary.annotations));
			return new Auditor(classes, new AnnotationIndex(classFiles, annotations)).run();
		}
	}

	private static Map<String, ClassSummary> read(Path root) throws IOException {
		Map<String, ClassSummary> classes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Auditor::isClassFile).sorted().collect(Collectors.toList())) {
				ClassSummary summary = ClassSummaryReader.read(Files.readAllBytes(file));
				classes.put(summary.name, summary);
			}
		}
		return new LinkedHashMap<>(classes); // sorted, and get(null) answers null for java/lang/Object's super

	}

	private static boolean isClassFile(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".class") && !name.equals("module-info.class") && !name.equals("package-info.class");
	}

	private AuditResult run() {
		List<Finding> findings = new ArrayList<>();
		Map<ClassSummary, Set<Usage>> audited = new HashMap<>();
		int testClassCount = 0;
		int testCount = 0;
		for (ClassSummary type : classes.values()) {
			List<MethodSummary> tests = type.isConcrete() && !type.isAnnotation() ? testClasses.testMethods(type) : List.of();
			if (tests.isEmpty()) {
				continue;
			}
			testClassCount++;
			testCount += tests.size();
			Set<Usage> reported = auditClass(type, audited, findings);
			for (MethodSummary test : tests) {
				audit(type, test, testClasses.classGates(type), reported, findings);
			}
		}
		return new AuditResult(findings, testClassCount, testCount);
	}

	/** Audits the set-up of a test class and of the classes it is nested in, each once. */
	private Set<Usage> auditClass(ClassSummary type, Map<ClassSummary, Set<Usage>> audited, List<Finding> findings) {
		Set<Usage> reported = EnumSet.noneOf(Usage.class);
		for (ClassSummary current = type; current != null; current = classes.get(current.enclosingInstanceOf)) {
			reported.addAll(audited.computeIfAbsent(current, key -> audit(key, testClasses.classGates(key), findings)));
		}
		return reported;
	}

	/** Reports uses in class set-up; returns the kinds reported. */
	private Set<Usage> audit(ClassSummary type, Set<Gate> classGates, List<Finding> findings) {
		List<Evidence> evidence = new ArrayList<>();
		testClasses.classSetUp(type).forEach(method -> evidence.addAll(reachability.fromSetUp(method)));
		evidence.addAll(testClasses.declarations(testClasses.hierarchy(type), true));
		Set<Usage> reported = EnumSet.noneOf(Usage.class);
		for (Evidence first : firstOfEachKind(evidence)) {
			if (!first.usage().isGatedBy(classGates)) {
				findings.add(new Finding(type.displayName(), true, first));
				reported.add(first.usage());
			}
		}
		return reported;
	}

	private void audit(ClassSummary type, MethodSummary test, Set<Gate> classGates, Set<Usage> reported,
			List<Finding> findings) {
		List<Evidence> evidence = new ArrayList<>(reachability.from(test));
		testClasses.testSetUp(type).forEach(method -> evidence.addAll(reachability.fromSetUp(method)));
		evidence.addAll(testClasses.declarations(testClasses.withEnclosing(type), false));
		Set<Gate> gates = EnumSet.noneOf(Gate.class);
		gates.addAll(testClasses.methodGates(test));
		gates.addAll(classGates);
		for (Evidence first : firstOfEachKind(evidence)) {
			if (!reported.contains(first.usage()) && !first.usage().isGatedBy(gates)) {
				findings.add(new Finding(type.displayName() + "#" + test.name(), false, first));
			}
		}
	}

	private static Collection<Evidence> firstOfEachKind(List<Evidence> evidence) {
		Map<Usage, Evidence> first = new EnumMap<>(Usage.class);
		evidence.forEach(each -> first.putIfAbsent(each.usage(), each));
		return first.values();
	}

	/** Findings in a stable order: by subject, then kind. */
	static Comparator<Finding> order() {
		return Comparator.comparing(Finding::subject).thenComparing(Finding::usage);
	}
}
