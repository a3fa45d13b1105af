package dev.testgov.maven.internal.fingerprint;

import java.util.List;

import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.TypeAnnotationNode;

/** Hashes annotations with their values, in the order the class file lists them. */
final class AnnotationHasher {

	private AnnotationHasher() {
	}

	static void annotations(Digest digest, List<AnnotationNode> annotations) {
		if (annotations == null) {
			digest.number(0);
			return;
		}
		digest.number(annotations.size());
		annotations.forEach(annotation -> annotation(digest, annotation));
	}

	static void typeAnnotations(Digest digest, List<? extends TypeAnnotationNode> annotations) {
		if (annotations == null) {
			digest.number(0);
			return;
		}
		digest.number(annotations.size());
		for (TypeAnnotationNode annotation : annotations) {
			digest.number(annotation.typeRef).text(annotation.typePath == null ? null : annotation.typePath.toString());
			annotation(digest, annotation);
		}
	}

	static void parameterAnnotations(Digest digest, int count, List<AnnotationNode>[] annotations) {
		digest.number(count);
		if (annotations == null) {
			digest.number(-1);
			return;
		}
		digest.number(annotations.length);
		for (List<AnnotationNode> parameter : annotations) {
			annotations(digest, parameter);
		}
	}

	static void annotation(Digest digest, AnnotationNode annotation) {
		digest.text(annotation.desc);
		value(digest, annotation.values);
	}

	/** Values are boxed primitives, strings, types, enum pairs, nested annotations and lists (arrays). */
	static void value(Digest digest, Object value) {
		if (value instanceof AnnotationNode nested) {
			digest.text("@");
			annotation(digest, nested);
		}
		else if (value instanceof List<?> list) {
			digest.text("[").number(list.size());
			list.forEach(element -> value(digest, element));
		}
		else if (value instanceof String[] enumValue) {
			digest.text("enum").text(enumValue[0]).text(enumValue[1]);
		}
		else if (value == null) {
			digest.text(null);
		}
		else {
			digest.text(value.getClass().getSimpleName()).text(value.toString());
		}
	}
}
