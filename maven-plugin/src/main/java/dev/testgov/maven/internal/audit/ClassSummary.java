package dev.testgov.maven.internal.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.Opcodes;

/** One compiled class as the audit sees it, read from its class file without loading it. */
final class ClassSummary {

	/** A field's annotations and whether it is static. */
	record Field(String name, boolean isStatic, Set<String> annotations) {
	}

	final String name;
	final int access;
	String superName;
	final List<String> interfaces = new ArrayList<>();
	/** The class this one is an inner (non-static member) class of, or null. */
	String enclosingInstanceOf;
	final Set<String> annotations = new LinkedHashSet<>();
	final List<Evidence> annotationEvidence = new ArrayList<>();
	final List<Field> fields = new ArrayList<>();
	final Map<String, MethodSummary> methods = new LinkedHashMap<>();

	ClassSummary(String name, int access) {
		this.name = name;
		this.access = access;
	}

	boolean isConcrete() {
		return (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) == 0;
	}

	boolean isAnnotation() {
		return (access & Opcodes.ACC_ANNOTATION) != 0;
	}

	/** The binary name findings use: {@code com.acme.OrderTest$Nested}. */
	String displayName() {
		return name.replace('/', '.');
	}
}
