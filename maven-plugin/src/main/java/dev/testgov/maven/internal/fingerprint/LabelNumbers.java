package dev.testgov.maven.internal.fingerprint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LocalVariableAnnotationNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Numbers the labels of a method that code refers to, in order of appearance. Labels that only debug
 * information refers to (line numbers, local variable ranges) get no number, so adding or moving a line
 * break cannot shift the numbers.
 */
final class LabelNumbers {

	private LabelNumbers() {
	}

	static Map<LabelNode, Integer> of(MethodNode method) {
		Set<LabelNode> referenced = referenced(method);
		Map<LabelNode, Integer> numbers = new HashMap<>();
		for (AbstractInsnNode insn : method.instructions) {
			if (insn instanceof LabelNode label && referenced.contains(label)) {
				numbers.put(label, numbers.size());
			}
		}
		return numbers;
	}

	private static Set<LabelNode> referenced(MethodNode method) {
		Set<LabelNode> referenced = new HashSet<>();
		for (AbstractInsnNode insn : method.instructions) {
			if (insn instanceof JumpInsnNode node) {
				referenced.add(node.label);
			}
			else if (insn instanceof TableSwitchInsnNode node) {
				referenced.add(node.dflt);
				referenced.addAll(node.labels);
			}
			else if (insn instanceof LookupSwitchInsnNode node) {
				referenced.add(node.dflt);
				referenced.addAll(node.labels);
			}
		}
		for (TryCatchBlockNode block : orEmpty(method.tryCatchBlocks)) {
			referenced.addAll(List.of(block.start, block.end, block.handler));
		}
		for (LocalVariableAnnotationNode annotation : orEmpty(method.visibleLocalVariableAnnotations)) {
			referenced.addAll(annotation.start);
			referenced.addAll(annotation.end);
		}
		for (LocalVariableAnnotationNode annotation : orEmpty(method.invisibleLocalVariableAnnotations)) {
			referenced.addAll(annotation.start);
			referenced.addAll(annotation.end);
		}
		return referenced;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}
}
