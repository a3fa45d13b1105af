package dev.testgov.junit.internal.record.agent;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Weaves one static call to the hook into a few methods of already loaded JDK classes — at entry, passing
 * some arguments, or before each {@code return}, passing an argument and the returned value — by one explicit
 * retransformation, then steps aside. The classes keep their shape (no new member, no new branch, so their
 * stack map frames stay valid), which retransformation requires.
 *
 * <p>Why plain ASM rather than Byte Buddy's advice: a test JVM starts once per module, and loading Byte Buddy's
 * advice machinery (about 800 classes) cost 0.6 s of CPU per fork, more than all the recording; these five
 * insertions need a few dozen ASM classes.
 */
final class HookWeaver implements ClassFileTransformer {

	static final String NOT_WOVEN = "the file-read hook could not be woven into %s (JDK %s)";

	private final String hook;
	private final Map<String, List<Insertion>> insertions = new LinkedHashMap<>();
	private final Map<String, Class<?>> types = new LinkedHashMap<>();
	private final Set<String> woven = ConcurrentHashMap.newKeySet();
	private final Map<String, String> failures = new ConcurrentHashMap<>();

	HookWeaver(String hook) {
		this.hook = hook;
	}

	/** At the entry of {@code type.name(descriptor)}, calls {@code hook.call(arguments...)}. */
	HookWeaver onEntry(Class<?> type, String name, String descriptor, String call, String callDescriptor, int... slots) {
		return add(type, new Insertion(name, descriptor, call, callDescriptor, slots, false));
	}

	/** The same, for a method the type may or may not declare itself (a platform's provider class). */
	HookWeaver onEntryIfDeclared(Class<?> type, String name, String descriptor, String call, String callDescriptor,
			int... slots) {
		return declares(type, name, descriptor) ? onEntry(type, name, descriptor, call, callDescriptor, slots) : this;
	}

	/** Before each {@code return} of {@code type.name(descriptor)}, calls {@code hook.call(argument, returned)}. */
	HookWeaver onReturn(Class<?> type, String name, String descriptor, String call, String callDescriptor, int slot) {
		return add(type, new Insertion(name, descriptor, call, callDescriptor, new int[] { slot }, true));
	}

	private HookWeaver add(Class<?> type, Insertion insertion) {
		String internalName = type.getName().replace('.', '/');
		insertions.computeIfAbsent(internalName, name -> new ArrayList<>()).add(insertion);
		types.put(internalName, type);
		return this;
	}

	List<Class<?>> types() {
		return List.copyOf(types.values());
	}

	/**
	 * Retransforms the classes and removes itself.
	 *
	 * @throws IllegalStateException naming any class the hook did not reach, so a JDK whose funnels moved fails
	 *     the installation loudly instead of recording no reads
	 */
	void install(Instrumentation instrumentation) throws UnmodifiableClassException {
		instrumentation.addTransformer(this, true);
		try {
			instrumentation.retransformClasses(types.values().toArray(new Class<?>[0]));
		}
		finally {
			instrumentation.removeTransformer(this);
		}
		Set<String> missing = new TreeSet<>(types.keySet());
		missing.removeAll(woven);
		failures.forEach((name, error) -> missing.add(name + " (" + error + ")"));
		if (!missing.isEmpty()) {
			throw new IllegalStateException(String.format(NOT_WOVEN, missing, Runtime.version()));
		}
	}

	@Override
	public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
			ProtectionDomain domain, byte[] bytes) {
		List<Insertion> wanted = className == null ? null : insertions.get(className);
		if (wanted == null) {
			return null;
		}
		try {
			ClassReader reader = new ClassReader(bytes);
			ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
			// By identity: a record's hashCode would bootstrap ObjectMethods, some 25 ms of every fork's start.
			Set<Insertion> done = Collections.newSetFromMap(new IdentityHashMap<>());
			reader.accept(new Weaving(writer, wanted, done), 0);
			if (done.size() != wanted.size()) {
				failures.put(className, "methods not found: " + wanted.stream().filter(insertion -> !done.contains(insertion))
					.map(insertion -> insertion.name + insertion.descriptor).toList());
				return null;
			}
			woven.add(className);
			return writer.toByteArray();
		}
		catch (RuntimeException | LinkageError e) {
			failures.put(className, e.toString());
			return null;
		}
	}

	private static boolean declares(Class<?> type, String name, String descriptor) {
		for (Method method : type.getDeclaredMethods()) {
			if (method.getName().equals(name) && org.objectweb.asm.Type.getMethodDescriptor(method).equals(descriptor)
					&& !java.lang.reflect.Modifier.isAbstract(method.getModifiers())) {
				return true;
			}
		}
		return false;
	}

	/** One call to weave into one method. */
	private record Insertion(String name, String descriptor, String call, String callDescriptor, int[] slots,
			boolean beforeReturn) {
	}

	private final class Weaving extends ClassVisitor {

		private final List<Insertion> wanted;
		private final Set<Insertion> done;

		Weaving(ClassVisitor next, List<Insertion> wanted, Set<Insertion> done) {
			super(Opcodes.ASM9, next);
			this.wanted = wanted;
			this.done = done;
		}

		@Override
		public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
			MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
			for (Insertion insertion : wanted) {
				if (insertion.name.equals(name) && insertion.descriptor.equals(descriptor)) {
					done.add(insertion);
					return new CallingHook(next, insertion);
				}
			}
			return next;
		}
	}

	private final class CallingHook extends MethodVisitor {

		private final Insertion insertion;

		CallingHook(MethodVisitor next, Insertion insertion) {
			super(Opcodes.ASM9, next);
			this.insertion = insertion;
		}

		@Override
		public void visitCode() {
			super.visitCode();
			if (!insertion.beforeReturn) {
				for (int slot : insertion.slots) {
					super.visitVarInsn(Opcodes.ALOAD, slot);
				}
				super.visitMethodInsn(Opcodes.INVOKESTATIC, hook, insertion.call, insertion.callDescriptor, false);
			}
		}

		@Override
		public void visitInsn(int opcode) {
			if (insertion.beforeReturn && opcode == Opcodes.ARETURN) {
				super.visitInsn(Opcodes.DUP);
				super.visitVarInsn(Opcodes.ALOAD, insertion.slots[0]);
				super.visitInsn(Opcodes.SWAP);
				super.visitMethodInsn(Opcodes.INVOKESTATIC, hook, insertion.call, insertion.callDescriptor, false);
			}
			super.visitInsn(opcode);
		}
	}
}
