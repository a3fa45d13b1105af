package dev.testgov.maven.internal.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.testgov.maven.internal.fingerprint.MethodKeys;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * What each method of a class refers to, read from its bytecode: the classes whose static state it touches
 * (a field read or written, a static method called, an instance created: each may initialise the class),
 * every class it names, and whether it reaches code by reflection or service loading. Static initialisers
 * run once per JVM, on behalf of the first test that needs the class; these links let the merge give their
 * work to every later test that relies on it ({@link StaticInitialisers}).
 */
final class CodeLinks {

	/** Links of a method that is not known: it touches nothing known, and hides nothing either. */
	static final Links NONE = new Links(Set.of(), Set.of(), false);

	private static final Set<String> REFLECTIVE_OWNERS = Set.of("java/util/ServiceLoader", "java/lang/ClassLoader",
		"java/lang/invoke/MethodHandles$Lookup");
	private static final Set<String> REFLECTIVE_CLASS_METHODS = Set.of("forName", "newInstance", "getMethod",
		"getMethods", "getDeclaredMethod", "getDeclaredMethods", "getConstructor", "getConstructors",
		"getDeclaredConstructor", "getDeclaredConstructors", "getField", "getFields", "getDeclaredField",
		"getDeclaredFields", "getEnumConstants", "getRecordComponents");

	private final Map<String, Links> byMethod;

	private CodeLinks(Map<String, Links> byMethod) {
		this.byMethod = byMethod;
	}

	static CodeLinks of(ClassNode node, MethodKeys keys) {
		Map<String, Links> byMethod = new HashMap<>();
		for (MethodNode method : node.methods) {
			byMethod.put(keys.keyOf(method), links(method));
		}
		return new CodeLinks(byMethod);
	}

	/** The links of the method with this key; {@link #NONE} for a method the class does not declare. */
	Links of(String methodKey) {
		return byMethod.getOrDefault(methodKey, NONE);
	}

	/** The keys of every method. */
	Set<String> methods() {
		return byMethod.keySet();
	}

	private static Links links(MethodNode method) {
		Set<String> statics = new TreeSet<>();
		Set<String> references = new TreeSet<>();
		boolean reflective = false;
		for (AbstractInsnNode insn : method.instructions) {
			if (insn instanceof MethodInsnNode call) {
				add(references, call.owner);
				if (call.getOpcode() == Opcodes.INVOKESTATIC) {
					add(statics, call.owner);
				}
				reflective |= reflective(call.owner, call.name);
			}
			else if (insn instanceof FieldInsnNode field) {
				add(references, field.owner);
				if (field.getOpcode() == Opcodes.GETSTATIC || field.getOpcode() == Opcodes.PUTSTATIC) {
					add(statics, field.owner);
				}
			}
			else if (insn instanceof TypeInsnNode type) {
				add(references, type.desc);
				if (type.getOpcode() == Opcodes.NEW) {
					add(statics, type.desc);
				}
			}
			else if (insn instanceof MultiANewArrayInsnNode array) {
				add(references, array.desc);
			}
			else if (insn instanceof LdcInsnNode constant && constant.cst instanceof Type type) {
				add(references, type.getDescriptor());
			}
			else if (insn instanceof InvokeDynamicInsnNode indy) {
				for (Object argument : indy.bsmArgs) {
					if (argument instanceof Handle handle) {
						add(references, handle.getOwner());
						reflective |= reflective(handle.getOwner(), handle.getName());
					}
				}
			}
		}
		return new Links(statics, references, reflective);
	}

	private static boolean reflective(String owner, String name) {
		return REFLECTIVE_OWNERS.contains(owner) || owner.startsWith("java/lang/reflect/")
				|| owner.equals("java/lang/Class") && REFLECTIVE_CLASS_METHODS.contains(name);
	}

	/** Adds the class a name or descriptor denotes: {@code com/acme/Foo}, {@code [Lcom/acme/Foo;}, not {@code [I}. */
	private static void add(Set<String> classes, String nameOrDescriptor) {
		String name = nameOrDescriptor;
		if (name.startsWith("[") || name.endsWith(";")) {
			Type type = Type.getType(name.startsWith("[") || name.startsWith("L") ? name : "L" + name + ";");
			if (type.getSort() == Type.ARRAY) {
				type = type.getElementType();
			}
			if (type.getSort() != Type.OBJECT) {
				return;
			}
			name = type.getInternalName();
		}
		classes.add(name);
	}

	/**
	 * One method's links.
	 *
	 * @param statics classes whose static state the method touches, so whose initialisation it relies on
	 * @param references every class the method names
	 * @param reflective whether it may reach code it does not name (reflection, service loading)
	 */
	record Links(Set<String> statics, Set<String> references, boolean reflective) {
	}
}
