package dev.testgov.maven.internal.fingerprint;

import java.util.List;
import java.util.Map;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LocalVariableAnnotationNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Hashes a method body: the instruction stream with labels numbered in order of appearance, counting only
 * labels that something refers to (jumps, switches, handlers, annotation ranges) — so the labels ASM makes
 * for line numbers and local variable ranges leave no trace — then the try/catch blocks. Line numbers,
 * local variable tables and frames are skipped. References to this class's lambda bodies use their
 * {@link MethodKeys} key instead of javac's numbered name.
 */
final class CodeHasher {

	private final Digest digest;
	private final String owner;
	private final MethodKeys keys;
	private Map<LabelNode, Integer> labels;

	CodeHasher(Digest digest, String owner, MethodKeys keys) {
		this.digest = digest;
		this.owner = owner;
		this.keys = keys;
	}

	void code(MethodNode method) {
		labels = LabelNumbers.of(method);
		for (AbstractInsnNode insn : method.instructions) {
			instruction(insn);
		}
		digest.text("end of code");
		digest.number(method.tryCatchBlocks == null ? 0 : method.tryCatchBlocks.size());
		if (method.tryCatchBlocks != null) {
			for (TryCatchBlockNode block : method.tryCatchBlocks) {
				digest.number(label(block.start)).number(label(block.end)).number(label(block.handler)).text(block.type);
				AnnotationHasher.typeAnnotations(digest, block.visibleTypeAnnotations);
				AnnotationHasher.typeAnnotations(digest, block.invisibleTypeAnnotations);
			}
		}
		localVariableAnnotations(method.visibleLocalVariableAnnotations);
		localVariableAnnotations(method.invisibleLocalVariableAnnotations);
	}

	private void instruction(AbstractInsnNode insn) {
		switch (insn.getType()) {
			case AbstractInsnNode.LINE:
			case AbstractInsnNode.FRAME:
				return;
			case AbstractInsnNode.LABEL:
				Integer number = labels.get((LabelNode) insn);
				if (number != null) {
					digest.text("L").number(number);
				}
				return;
			default:
				digest.number(insn.getOpcode());
				operands(insn);
				AnnotationHasher.typeAnnotations(digest, insn.visibleTypeAnnotations);
				AnnotationHasher.typeAnnotations(digest, insn.invisibleTypeAnnotations);
		}
	}

	private void operands(AbstractInsnNode insn) {
		if (insn instanceof IntInsnNode node) {
			digest.number(node.operand);
		}
		else if (insn instanceof VarInsnNode node) {
			digest.number(node.var);
		}
		else if (insn instanceof TypeInsnNode node) {
			digest.text(node.desc);
		}
		else if (insn instanceof FieldInsnNode node) {
			digest.text(node.owner).text(node.name).text(node.desc);
		}
		else if (insn instanceof MethodInsnNode node) {
			digest.text(node.owner).text(methodName(node.owner, node.name, node.desc)).text(node.desc).number(node.itf ? 1 : 0);
		}
		else if (insn instanceof InvokeDynamicInsnNode node) {
			digest.text(node.name).text(node.desc);
			constant(node.bsm);
			arguments(node.bsmArgs);
		}
		else if (insn instanceof JumpInsnNode node) {
			digest.number(label(node.label));
		}
		else if (insn instanceof LdcInsnNode node) {
			constant(node.cst);
		}
		else if (insn instanceof IincInsnNode node) {
			digest.number(node.var).number(node.incr);
		}
		else if (insn instanceof TableSwitchInsnNode node) {
			digest.number(node.min).number(node.max).number(label(node.dflt));
			node.labels.forEach(target -> digest.number(label(target)));
		}
		else if (insn instanceof LookupSwitchInsnNode node) {
			digest.number(label(node.dflt)).number(node.keys.size());
			node.keys.forEach(key -> digest.number(key));
			node.labels.forEach(target -> digest.number(label(target)));
		}
		else if (insn instanceof MultiANewArrayInsnNode node) {
			digest.text(node.desc).number(node.dims);
		}
	}

	private void arguments(Object[] arguments) {
		digest.number(arguments.length);
		for (Object argument : arguments) {
			constant(argument);
		}
	}

	/** Constants: boxed numbers, strings, types, method handles and dynamic constants. */
	private void constant(Object value) {
		if (value instanceof Handle handle) {
			digest.text("handle").number(handle.getTag()).text(handle.getOwner())
				.text(methodName(handle.getOwner(), handle.getName(), handle.getDesc())).text(handle.getDesc())
				.number(handle.isInterface() ? 1 : 0);
		}
		else if (value instanceof ConstantDynamic dynamic) {
			digest.text("condy").text(dynamic.getName()).text(dynamic.getDescriptor());
			constant(dynamic.getBootstrapMethod());
			digest.number(dynamic.getBootstrapMethodArgumentCount());
			for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
				constant(dynamic.getBootstrapMethodArgument(i));
			}
		}
		else {
			digest.text(value.getClass().getSimpleName()).text(value.toString());
		}
	}

	private String methodName(String methodOwner, String name, String desc) {
		return methodOwner.equals(owner) ? keys.keyOf(name, desc) : name;
	}

	private void localVariableAnnotations(List<LocalVariableAnnotationNode> annotations) {
		if (annotations == null) {
			digest.number(0);
			return;
		}
		digest.number(annotations.size());
		for (LocalVariableAnnotationNode annotation : annotations) {
			annotation.start.forEach(start -> digest.number(label(start)));
			annotation.end.forEach(end -> digest.number(label(end)));
			annotation.index.forEach(index -> digest.number(index));
		}
		AnnotationHasher.typeAnnotations(digest, annotations);
	}

	private int label(LabelNode label) {
		return labels.get(label);
	}
}
