package dev.testgov.maven.internal.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A method's instructions as text that survives a move or rename: the test class becomes {@code THIS}, other
 * classes of its package {@code ~/Name}, lambda names lose their method name and number, jump targets are
 * numbered in order of use. Debug information is not visited at all.
 */
final class BodyText extends MethodVisitor {

	private static final Pattern OBJECT_TYPE = Pattern.compile("L([^;]+);");
	private static final Pattern LAMBDA = Pattern.compile("lambda\\$.*\\$\\d+");

	private final String owner;
	private final String packagePrefix;
	private final StringBuilder text = new StringBuilder();
	private final Map<Label, Integer> labels = new HashMap<>();
	private final List<String> lambdas = new ArrayList<>();

	BodyText(String owner) {
		super(Opcodes.ASM9);
		int nested = owner.indexOf('$');
		this.owner = nested < 0 ? owner : owner.substring(0, nested);
		this.packagePrefix = owner.substring(0, owner.lastIndexOf('/') + 1);
	}

	String text() {
		return text.toString();
	}

	/** The lambdas this method creates, as {@code name + descriptor} of their synthetic methods in the same class. */
	List<String> lambdas() {
		return lambdas;
	}

	private void token(Object... parts) {
		for (Object part : parts) {
			text.append(part).append(' ');
		}
		text.append(';');
	}

	private String type(String internalName) {
		if (internalName.equals(owner) || internalName.startsWith(owner + "$")) {
			return "THIS" + internalName.substring(owner.length());
		}
		if (!packagePrefix.isEmpty() && internalName.startsWith(packagePrefix)
				&& internalName.indexOf('/', packagePrefix.length()) < 0) {
			return "~/" + internalName.substring(packagePrefix.length());
		}
		return internalName;
	}

	private String descriptor(String descriptor) {
		Matcher matcher = OBJECT_TYPE.matcher(descriptor);
		StringBuilder normalised = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(normalised, Matcher.quoteReplacement("L" + type(matcher.group(1)) + ";"));
		}
		return matcher.appendTail(normalised).toString();
	}

	private String name(String name) {
		return LAMBDA.matcher(name).matches() ? "lambda$" : name;
	}

	private int label(Label label) {
		return labels.computeIfAbsent(label, ignored -> labels.size());
	}

	private Object constant(Object value) {
		if (value instanceof Type) {
			return descriptor(((Type) value).getDescriptor());
		}
		if (value instanceof Handle) {
			Handle handle = (Handle) value;
			if (handle.getOwner().equals(owner) && LAMBDA.matcher(handle.getName()).matches()) {
				lambdas.add(handle.getName() + handle.getDesc());
			}
			return type(handle.getOwner()) + "." + name(handle.getName()) + descriptor(handle.getDesc());
		}
		return value;
	}

	@Override
	public void visitInsn(int opcode) {
		token(opcode);
	}

	@Override
	public void visitIntInsn(int opcode, int operand) {
		token(opcode, operand);
	}

	@Override
	public void visitVarInsn(int opcode, int variable) {
		token(opcode, variable);
	}

	@Override
	public void visitTypeInsn(int opcode, String type) {
		token(opcode, type(type));
	}

	@Override
	public void visitFieldInsn(int opcode, String fieldOwner, String name, String fieldDescriptor) {
		token(opcode, type(fieldOwner), name, descriptor(fieldDescriptor));
	}

	@Override
	public void visitMethodInsn(int opcode, String methodOwner, String name, String methodDescriptor, boolean isInterface) {
		token(opcode, type(methodOwner), name(name), descriptor(methodDescriptor));
	}

	@Override
	public void visitInvokeDynamicInsn(String name, String indyDescriptor, Handle bootstrap, Object... arguments) {
		token("indy", name, descriptor(indyDescriptor), constant(bootstrap));
		for (Object argument : arguments) {
			token(constant(argument));
		}
	}

	@Override
	public void visitJumpInsn(int opcode, Label target) {
		token(opcode, label(target));
	}

	@Override
	public void visitLdcInsn(Object value) {
		token("ldc", constant(value));
	}

	@Override
	public void visitIincInsn(int variable, int increment) {
		token("iinc", variable, increment);
	}

	@Override
	public void visitTableSwitchInsn(int min, int max, Label defaultTarget, Label... targets) {
		token("tableswitch", min, max, label(defaultTarget));
		for (Label target : targets) {
			token(label(target));
		}
	}

	@Override
	public void visitLookupSwitchInsn(Label defaultTarget, int[] keys, Label[] targets) {
		token("lookupswitch", label(defaultTarget));
		for (int i = 0; i < keys.length; i++) {
			token(keys[i], label(targets[i]));
		}
	}

	@Override
	public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
		token("multianewarray", descriptor(arrayDescriptor), dimensions);
	}

	@Override
	public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
		token("try", label(start), label(end), label(handler), type == null ? "finally" : type(type));
	}
}
