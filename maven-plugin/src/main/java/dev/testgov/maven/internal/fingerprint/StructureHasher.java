package dev.testgov.maven.internal.fingerprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.RecordComponentNode;

/**
 * The structure fingerprint: what changes the behaviour of code that touches a class without running a
 * changed method body — access, hierarchy, annotations, fields with constants, the set of method
 * declarations (a new override changes dispatch; an annotation changes what a framework does), record
 * components, permitted subclasses, and the static initialiser, which runs once per JVM on behalf of every
 * test. javac's lambda bodies are left out: they are private and reached only through the method that
 * creates them. Nest and inner-class attributes only count towards the whole-class fingerprint, so adding
 * a nested class leaves the structure alone.
 */
final class StructureHasher {

	private static final String STATIC_INITIALISER = "<clinit>()V";

	private StructureHasher() {
	}

	static String structure(ClassNode node, MethodKeys keys, SortedMap<String, String> methods) {
		Digest digest = new Digest("structure");
		digest.number(node.access).text(node.name).text(node.superName).texts(node.interfaces).text(node.signature);
		AnnotationHasher.annotations(digest, node.visibleAnnotations);
		AnnotationHasher.annotations(digest, node.invisibleAnnotations);
		AnnotationHasher.typeAnnotations(digest, node.visibleTypeAnnotations);
		AnnotationHasher.typeAnnotations(digest, node.invisibleTypeAnnotations);
		fields(digest, node.fields);
		declarations(digest, node.methods, keys);
		recordComponents(digest, node.recordComponents);
		digest.texts(node.permittedSubclasses == null ? null : new TreeSet<>(node.permittedSubclasses));
		digest.text(methods.get(STATIC_INITIALISER));
		return digest.shortHex();
	}

	static String whole(ClassNode node, String structure, SortedMap<String, String> methods) {
		Digest digest = new Digest("class").number(node.version).text(structure);
		methods.forEach((key, fingerprint) -> digest.text(key).text(fingerprint));
		digest.text(node.nestHostClass).texts(node.nestMembers == null ? null : new TreeSet<>(node.nestMembers));
		digest.text(node.outerClass).text(node.outerMethod).text(node.outerMethodDesc);
		digest.number(node.innerClasses.size());
		for (InnerClassNode inner : node.innerClasses) {
			digest.text(inner.name).text(inner.outerName).text(inner.innerName).number(inner.access);
		}
		return digest.shortHex();
	}

	private static void fields(Digest digest, List<FieldNode> fields) {
		List<FieldNode> sorted = new ArrayList<>(fields);
		sorted.sort(Comparator.comparing((FieldNode field) -> field.name).thenComparing(field -> field.desc));
		digest.number(sorted.size());
		for (FieldNode field : sorted) {
			digest.text(field.name).text(field.desc).number(field.access).text(field.signature);
			AnnotationHasher.value(digest, field.value);
			AnnotationHasher.annotations(digest, field.visibleAnnotations);
			AnnotationHasher.annotations(digest, field.invisibleAnnotations);
			AnnotationHasher.typeAnnotations(digest, field.visibleTypeAnnotations);
			AnnotationHasher.typeAnnotations(digest, field.invisibleTypeAnnotations);
		}
	}

	private static void declarations(Digest digest, List<MethodNode> methods, MethodKeys keys) {
		List<MethodNode> sorted = new ArrayList<>();
		for (MethodNode method : methods) {
			if (!keys.isLambda(method)) {
				sorted.add(method);
			}
		}
		sorted.sort(Comparator.comparing(keys::keyOf));
		digest.number(sorted.size());
		for (MethodNode method : sorted) {
			digest.text(keys.keyOf(method));
			MethodHasher.declaration(digest, method);
		}
	}

	private static void recordComponents(Digest digest, List<RecordComponentNode> components) {
		if (components == null) {
			digest.number(-1);
			return;
		}
		digest.number(components.size());
		for (RecordComponentNode component : components) {
			digest.text(component.name).text(component.descriptor).text(component.signature);
			AnnotationHasher.annotations(digest, component.visibleAnnotations);
			AnnotationHasher.annotations(digest, component.invisibleAnnotations);
			AnnotationHasher.typeAnnotations(digest, component.visibleTypeAnnotations);
			AnnotationHasher.typeAnnotations(digest, component.invisibleTypeAnnotations);
		}
	}
}
