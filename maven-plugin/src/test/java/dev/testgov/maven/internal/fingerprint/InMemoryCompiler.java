package dev.testgov.maven.internal.fingerprint;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources in memory, as the tests' fixtures: class bytes by JVM name. */
public final class InMemoryCompiler {

	private InMemoryCompiler() {
	}

	/** Compiles one source file with full debug information ({@code -g}). */
	public static Map<String, byte[]> compile(String className, String source) {
		return compile(Map.of(className, source), "-g");
	}

	/** Compiles sources given by binary class name with the given javac options. */
	public static Map<String, byte[]> compile(Map<String, String> sources, String... options) {
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		StandardJavaFileManager standard = javac.getStandardFileManager(null, null, null);
		Map<String, ByteArrayOutputStream> outputs = new TreeMap<>();
		List<JavaFileObject> units = new ArrayList<>();
		sources.forEach((name, source) -> units.add(new Source(name, source)));
		List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-Xlint:none"));
		arguments.addAll(List.of(options));
		StringWriter diagnostics = new StringWriter();
		try (Outputs manager = new Outputs(standard, outputs)) {
			if (!javac.getTask(diagnostics, manager, null, arguments, null, units).call()) {
				throw new IllegalArgumentException("fixture does not compile:\n" + diagnostics);
			}
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		Map<String, byte[]> classes = new TreeMap<>();
		outputs.forEach((name, bytes) -> classes.put(name.replace('.', '/'), bytes.toByteArray()));
		return classes;
	}

	private static final class Source extends SimpleJavaFileObject {

		private final String source;

		Source(String className, String source) {
			super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
			this.source = source;
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return source;
		}
	}

	private static final class Outputs extends ForwardingJavaFileManager<StandardJavaFileManager> {

		private final Map<String, ByteArrayOutputStream> outputs;

		Outputs(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> outputs) {
			super(standard);
			this.outputs = outputs;
		}

		@Override
		public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
				FileObject sibling) {
			return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {

				@Override
				public OutputStream openOutputStream() {
					return outputs.computeIfAbsent(className, name -> new ByteArrayOutputStream());
				}
			};
		}
	}
}
