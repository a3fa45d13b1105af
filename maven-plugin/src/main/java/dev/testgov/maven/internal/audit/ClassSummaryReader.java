package dev.testgov.maven.internal.audit;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Reads a class file into a {@link ClassSummary}: annotations, fields, and per method its uses and calls. */
final class ClassSummaryReader extends ClassVisitor {

	private ClassSummary summary;

	private ClassSummaryReader() {
		super(Opcodes.ASM9);
	}

	static ClassSummary read(byte[] classFile) {
		ClassSummaryReader reader = new ClassSummaryReader();
		new ClassReader(classFile).accept(reader, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
		return reader.summary;
	}

	@Override
	public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
		summary = new ClassSummary(name, access);
		summary.superName = superName;
		if (interfaces != null) {
			summary.interfaces.addAll(java.util.Arrays.asList(interfaces));
		}
	}

	@Override
	public void visitInnerClass(String name, String outerName, String innerName, int access) {
		if (name.equals(summary.name) && outerName != null && (access & Opcodes.ACC_STATIC) == 0) {
			summary.enclosingInstanceOf = outerName;
		}
	}

	@Override
	public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
		summary.annotations.add(descriptor);
		UsageRules.annotation(descriptor, "annotated ").ifPresent(summary.annotationEvidence::add);
		return null;
	}

	@Override
	public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
		ClassSummary.Field field = new ClassSummary.Field(name, (access & Opcodes.ACC_STATIC) != 0,
			new java.util.LinkedHashSet<>());
		summary.fields.add(field);
		return new FieldVisitor(Opcodes.ASM9) {
			@Override
			public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
				field.annotations().add(annotation);
				return null;
			}
		};
	}

	@Override
	public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
		MethodSummary method = new MethodSummary(summary.name, name, descriptor, access);
		summary.methods.put(method.signature(), method);
		return new Instructions(method);
	}

	/** Records a method's annotations, uses and calls; remembers a string constant pushed just before a call. */
	private static final class Instructions extends MethodVisitor {

		private final MethodSummary method;
		private String constant;

		Instructions(MethodSummary method) {
			super(Opcodes.ASM9);
			this.method = method;
		}

		@Override
		public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
			method.annotations.add(descriptor);
			return null;
		}

		@Override
		public void visitLdcInsn(Object value) {
			constant = value instanceof String ? (String) value : null;
			if (value instanceof Type && ((Type) value).getSort() == Type.OBJECT) {
				UsageRules.type(((Type) value).getInternalName(), "references").ifPresent(method.evidence::add);
			}
		}

		@Override
		public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
			UsageRules.call(owner, name, constant).ifPresent(method.evidence::add);
			method.calls.add(new MethodRef(owner, name, descriptor));
			constant = null;
		}

		@Override
		public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
			for (Object argument : arguments) {
				if (argument instanceof Handle) {
					Handle handle = (Handle) argument;
					UsageRules.call(handle.getOwner(), handle.getName(), null).ifPresent(method.evidence::add);
					method.calls.add(new MethodRef(handle.getOwner(), handle.getName(), handle.getDesc()));
				}
			}
			constant = null;
		}

		@Override
		public void visitTypeInsn(int opcode, String type) {
			UsageRules.type(type, opcode == Opcodes.NEW ? "new" : "references").ifPresent(method.evidence::add);
			constant = null;
		}

		@Override
		public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
			UsageRules.type(owner, "uses").ifPresent(method.evidence::add);
			constant = null;
		}

		@Override
		public void visitInsn(int opcode) {
			constant = null;
		}

		@Override
		public void visitVarInsn(int opcode, int varIndex) {
			constant = null;
		}

		@Override
		public void visitIntInsn(int opcode, int operand) {
			constant = null;
		}
	}
}
