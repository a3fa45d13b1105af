package dev.testgov.maven.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.testgov.maven.internal.fingerprint.ClassFiles;
import dev.testgov.maven.internal.fingerprint.Fingerprints;
import dev.testgov.maven.internal.fingerprint.MethodKeys;
import org.jacoco.core.internal.data.CRC64;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LabelNode;

/**
 * The merge parses a class once: the tree read for the fingerprint (without stack map frames) is replayed to
 * JaCoCo's probe numbering. A numbering off by one probe would attribute a test's work to the wrong method,
 * and a selection would miss it, so the replay is held to the numbering JaCoCo gets from the bytes (read with
 * their frames, as JaCoCo reads them), over whole libraries compiled by different compilers for different
 * targets, over old-style subroutines (JSR/RET), which JaCoCo inlines, and over dead code with a frame.
 */
class ProbeReplayTests {

	@Test
	void replayingTheTreeNumbersEveryProbeAsReadingTheBytesDoes() throws IOException {
		Map<String, byte[]> corpus = corpus();
		assertThat(corpus.size()).isGreaterThan(1_500);
		int mapped = 0;
		for (Map.Entry<String, byte[]> entry : corpus.entrySet()) {
			byte[] bytes = entry.getValue();
			ProbeMap fromBytes;
			try {
				fromBytes = fromBytes(bytes);
			}
			catch (IllegalArgumentException e) {
				continue; // a class JaCoCo cannot number either way
			}
			ClassNode node = ClassFiles.read(bytes);
			MethodKeys keys = MethodKeys.of(node);
			Fingerprints.of(node, keys); // as the analyzer does, before the replay
			ProbeMap replayed = ProbeMapper.map(node, keys, CRC64.classId(bytes));
			ProbeMap again = ProbeMapper.map(node, keys, CRC64.classId(bytes));

			assertThat(Arrays.asList(replayed.owners())).as(entry.getKey()).isEqualTo(Arrays.asList(fromBytes.owners()));
			assertThat(Arrays.asList(again.owners())).as(entry.getKey() + " replayed twice")
				.isEqualTo(Arrays.asList(fromBytes.owners()));
			mapped++;
		}
		assertThat(mapped).isGreaterThan(1_500);
	}

	@Test
	void framedDeadCodeIsNumberedAsFromTheBytes() {
		byte[] bytes = withFramedDeadCode();
		ProbeMap fromBytes = fromBytes(bytes);
		ClassNode node = ClassFiles.read(bytes);
		ProbeMap replayed = ProbeMapper.map(node, MethodKeys.of(node), CRC64.classId(bytes));

		ClassNode framed = new ClassNode();
		new ClassReader(bytes).accept(framed, 0);
		assertThat(labels(framed)).as("the case exists: a label only the frames make").isGreaterThan(labels(node));
		assertThat(fromBytes.owners()).contains("dead(I)I");
		assertThat(replayed.owners()).containsExactly(fromBytes.owners());
	}

	/** The reference: the numbering JaCoCo's analyser gets from the bytes. */
	private static ProbeMap fromBytes(byte[] bytes) {
		return ProbeMapper.map(bytes, MethodKeys.of(ClassFiles.read(bytes)));
	}

	private static long labels(ClassNode node) {
		return node.methods.stream()
			.flatMap(method -> StreamSupport.stream(method.instructions.spliterator(), false))
			.filter(LabelNode.class::isInstance)
			.count();
	}

	@Test
	void subroutinesAreNumberedAsJacocoInlinesThem() {
		byte[] bytes = withSubroutine();
		ProbeMap fromBytes = fromBytes(bytes);
		ClassNode node = ClassFiles.read(bytes);
		ProbeMap replayed = ProbeMapper.map(node, MethodKeys.of(node), CRC64.classId(bytes));

		assertThat(fromBytes.owners()).contains("guarded(I)I");
		assertThat(replayed.owners()).containsExactly(fromBytes.owners());
	}

	/** Classes of java.base's java.util and of the libraries the plugin reads classes with. */
	private static Map<String, byte[]> corpus() throws IOException {
		Map<String, byte[]> classes = new LinkedHashMap<>();
		FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
		try (Stream<Path> files = Files.walk(jrt.getPath("/modules/java.base/java/util"))) {
			for (Path file : (Iterable<Path>) files.filter(path -> path.toString().endsWith(".class"))::iterator) {
				classes.put(file.toString(), Files.readAllBytes(file));
			}
		}
		for (Class<?> library : List.of(ClassReader.class, ClassNode.class, CRC64.class, Test.class)) {
			Path jar = Path.of(URI.create(library.getProtectionDomain().getCodeSource().getLocation().toString()));
			try (JarFile file = new JarFile(jar.toFile())) {
				for (JarEntry entry : new ArrayList<>(file.stream().toList())) {
					if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
						try (InputStream in = file.getInputStream(entry)) {
							classes.put(jar.getFileName() + "!" + entry.getName(), in.readAllBytes());
						}
					}
				}
			}
		}
		return classes;
	}

	/**
	 * Code after an unconditional jump that nothing jumps to: ASM, computing frames, turns it into
	 * {@code NOP...ATHROW} with a stack map frame of its own, whose label only a reader keeping frames makes.
	 */
	private static byte[] withFramedDeadCode() {
		return classWithOneMethod(Opcodes.V1_8, ClassWriter.COMPUTE_FRAMES, "demo/Dead", "dead", method -> {
			Label live = new Label();
			Label negative = new Label();
			method.visitVarInsn(Opcodes.ILOAD, 0);
			method.visitJumpInsn(Opcodes.IFLT, negative);
			method.visitJumpInsn(Opcodes.GOTO, live);
			method.visitInsn(Opcodes.ICONST_2); // dead
			method.visitVarInsn(Opcodes.ILOAD, 0);
			method.visitInsn(Opcodes.IMUL);
			method.visitInsn(Opcodes.IRETURN);
			method.visitLabel(negative);
			method.visitInsn(Opcodes.ICONST_M1);
			method.visitInsn(Opcodes.IRETURN);
			method.visitLabel(live);
			method.visitVarInsn(Opcodes.ILOAD, 0);
			method.visitInsn(Opcodes.IRETURN);
		});
	}

	/** A Java 1.4 style class whose {@code finally} is a subroutine: {@code JSR} to it, {@code RET} from it. */
	private static byte[] withSubroutine() {
		return classWithOneMethod(Opcodes.V1_4, ClassWriter.COMPUTE_MAXS, "demo/Old", "guarded", method -> {
			Label start = new Label();
			Label end = new Label();
			Label handler = new Label();
			Label subroutine = new Label();
			Label positive = new Label();
			method.visitTryCatchBlock(start, end, handler, null);
			method.visitLabel(start);
			method.visitVarInsn(Opcodes.ILOAD, 0);
			method.visitJumpInsn(Opcodes.IFGT, positive);
			method.visitInsn(Opcodes.ICONST_M1);
			method.visitVarInsn(Opcodes.ISTORE, 1);
			method.visitJumpInsn(Opcodes.JSR, subroutine);
			method.visitVarInsn(Opcodes.ILOAD, 1);
			method.visitInsn(Opcodes.IRETURN);
			method.visitLabel(positive);
			method.visitVarInsn(Opcodes.ILOAD, 0);
			method.visitVarInsn(Opcodes.ISTORE, 1);
			method.visitJumpInsn(Opcodes.JSR, subroutine);
			method.visitVarInsn(Opcodes.ILOAD, 1);
			method.visitInsn(Opcodes.IRETURN);
			method.visitLabel(end);
			method.visitLabel(handler);
			method.visitVarInsn(Opcodes.ASTORE, 2);
			method.visitJumpInsn(Opcodes.JSR, subroutine);
			method.visitVarInsn(Opcodes.ALOAD, 2);
			method.visitInsn(Opcodes.ATHROW);
			method.visitLabel(subroutine);
			method.visitVarInsn(Opcodes.ASTORE, 3);
			method.visitVarInsn(Opcodes.ILOAD, 0);
			method.visitInsn(Opcodes.POP);
			method.visitVarInsn(Opcodes.RET, 3);
		});
	}

	/** A public class with one {@code public static int name(int)} whose instructions {@code code} writes. */
	private static byte[] classWithOneMethod(int version, int writerFlags, String className, String name,
			Consumer<MethodVisitor> code) {
		ClassWriter writer = new ClassWriter(writerFlags);
		writer.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, className, null, "java/lang/Object", null);
		MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, "(I)I", null, null);
		method.visitCode();
		code.accept(method);
		method.visitMaxs(0, 0);
		method.visitEnd();
		writer.visitEnd();
		return writer.toByteArray();
	}
}
