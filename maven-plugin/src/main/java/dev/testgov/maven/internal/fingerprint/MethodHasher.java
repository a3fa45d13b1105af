package dev.testgov.maven.internal.fingerprint;

import java.util.List;

import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.ParameterNode;

/** Hashes a method: its declaration (what reflection sees) and, for the method fingerprint, its body. */
final class MethodHasher {

	private MethodHasher() {
	}

	static String fingerprint(String owner, MethodNode method, MethodKeys keys) {
		Digest digest = new Digest("method");
		declaration(digest, method);
		new CodeHasher(digest, owner, keys).code(method);
		return digest.shortHex();
	}

	/**
	 * Access, descriptor, generic signature, exceptions, annotations (also on parameters and types), the
	 * default value of an annotation member and the {@code MethodParameters} names: frameworks act on all of
	 * these by reflection without calling the method.
	 */
	static void declaration(Digest digest, MethodNode method) {
		digest.number(method.access).text(method.desc).text(method.signature).texts(method.exceptions);
		AnnotationHasher.annotations(digest, method.visibleAnnotations);
		AnnotationHasher.annotations(digest, method.invisibleAnnotations);
		AnnotationHasher.typeAnnotations(digest, method.visibleTypeAnnotations);
		AnnotationHasher.typeAnnotations(digest, method.invisibleTypeAnnotations);
		AnnotationHasher.parameterAnnotations(digest, method.visibleAnnotableParameterCount,
			method.visibleParameterAnnotations);
		AnnotationHasher.parameterAnnotations(digest, method.invisibleAnnotableParameterCount,
			method.invisibleParameterAnnotations);
		AnnotationHasher.value(digest, method.annotationDefault);
		parameters(digest, method.parameters);
	}

	private static void parameters(Digest digest, List<ParameterNode> parameters) {
		if (parameters == null) {
			digest.number(-1);
			return;
		}
		digest.number(parameters.size());
		parameters.forEach(parameter -> digest.text(parameter.name).number(parameter.access));
	}
}
