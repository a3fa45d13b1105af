package dev.testgov.maven.internal.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.testgov.junit.Gate;

/**
 * What JUnit would make of the scanned classes: which are test classes, their test methods (inherited ones
 * included), their set-up methods, and the gates that cover them from the class, a superclass, an interface
 * or an enclosing class.
 */
final class TestClasses {

	private static final Set<String> CLASS_SET_UP = Set.of("Lorg/junit/jupiter/api/BeforeAll;",
		"Lorg/junit/jupiter/api/AfterAll;", "Lorg/junit/BeforeClass;", "Lorg/junit/AfterClass;");
	private static final Set<String> TEST_SET_UP = Set.of("Lorg/junit/jupiter/api/BeforeEach;",
		"Lorg/junit/jupiter/api/AfterEach;", "Lorg/junit/Before;", "Lorg/junit/After;");

	private final Map<String, ClassSummary> classes;
	private final AnnotationIndex annotations;

	TestClasses(Map<String, ClassSummary> classes, AnnotationIndex annotations) {
		this.classes = classes;
		this.annotations = annotations;
	}

	/** The class and its scanned superclasses, nearest first. */
	List<ClassSummary> hierarchy(ClassSummary type) {
		List<ClassSummary> hierarchy = new ArrayList<>();
		for (ClassSummary current = type; current != null && !hierarchy.contains(current);
				current = classes.get(current.superName)) {
			hierarchy.add(current);
		}
		return hierarchy;
	}

	/** The hierarchies of the class and of the classes it is nested in (for {@code @Nested}), innermost first. */
	List<ClassSummary> withEnclosing(ClassSummary type) {
		List<ClassSummary> all = new ArrayList<>();
		for (ClassSummary current = type; current != null && !all.contains(current);
				current = classes.get(current.enclosingInstanceOf)) {
			all.addAll(hierarchy(current));
		}
		return all;
	}

	/** The test methods JUnit would run in this class: its own and inherited ones not overridden. */
	List<MethodSummary> testMethods(ClassSummary type) {
		List<MethodSummary> tests = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ClassSummary declaring : hierarchy(type)) {
			for (MethodSummary method : declaring.methods.values()) {
				if (seen.add(method.signature()) && !method.isSynthetic() && !method.isStatic()
						&& annotations.marksTest(method.annotations)) {
					tests.add(method);
				}
			}
		}
		return tests;
	}

	/** Methods that run once per class: static initialisers and {@code @BeforeAll}/{@code @AfterAll}. */
	List<MethodSummary> classSetUp(ClassSummary type) {
		return setUp(hierarchy(type), CLASS_SET_UP, "<clinit>");
	}

	/** Methods that run for every test: constructors and {@code @BeforeEach}/{@code @AfterEach}, enclosing ones too. */
	List<MethodSummary> testSetUp(ClassSummary type) {
		return setUp(withEnclosing(type), TEST_SET_UP, "<init>");
	}

	private static List<MethodSummary> setUp(List<ClassSummary> types, Set<String> lifecycle, String initializer) {
		List<MethodSummary> methods = new ArrayList<>();
		for (ClassSummary declaring : types) {
			for (MethodSummary method : declaring.methods.values()) {
				if (method.name().equals(initializer) || method.annotations.stream().anyMatch(lifecycle::contains)) {
					methods.add(method);
				}
			}
		}
		return methods;
	}

	/** Uses declared on the classes themselves: annotations, and annotated fields (static or not, as asked). */
	List<Evidence> declarations(Collection<ClassSummary> types, boolean staticFields) {
		List<Evidence> evidence = new ArrayList<>();
		for (ClassSummary type : types) {
			for (ClassSummary.Field field : type.fields) {
				if (field.isStatic() == staticFields) {
					field.annotations().forEach(annotation -> UsageRules
						.annotation(annotation, "field " + field.name() + " annotated ").ifPresent(evidence::add));
				}
			}
			if (staticFields) {
				evidence.addAll(type.annotationEvidence);
			}
		}
		return evidence;
	}

	/** The gates on the class, its superclasses and interfaces, and the classes it is nested in. */
	Set<Gate> classGates(ClassSummary type) {
		Set<String> descriptors = new LinkedHashSet<>();
		for (ClassSummary current : withEnclosing(type)) {
			descriptors.addAll(current.annotations);
			interfaces(current, descriptors, new HashSet<>());
		}
		Set<Gate> gates = EnumSet.noneOf(Gate.class);
		gates.addAll(annotations.gates(descriptors));
		return gates;
	}

	private void interfaces(ClassSummary type, Set<String> descriptors, Set<String> visited) {
		for (String name : type.interfaces) {
			ClassSummary found = classes.get(name);
			if (found != null && visited.add(name)) {
				descriptors.addAll(found.annotations);
				interfaces(found, descriptors, visited);
			}
		}
	}

	/** The gates on a test method itself. */
	Set<Gate> methodGates(MethodSummary method) {
		return annotations.gates(method.annotations);
	}
}
