package dev.testgov.maven.internal.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import dev.testgov.maven.internal.fingerprint.InMemoryCompiler;
import dev.testgov.maven.internal.store.BuildInputs;
import dev.testgov.maven.internal.store.Store;
import dev.testgov.maven.internal.store.StoreFile;

/**
 * A one-module reactor on disk for merge tests: {@code app/target/classes} and {@code app/target/test-classes}
 * compiled from sources, a test resource, and a dependency jar kept outside the reactor, as in a local
 * repository. Sources are Java, compiled in memory; {@link #agent()} instruments what is on disk now.
 */
final class Reactor {

	static final String APP = "org.acme:app";
	static final String LIB = "org.acme:lib:jar::1.0";

	final Path root;
	final Path jar;
	private final Map<String, String> mainSources = new TreeMap<>();
	private final Map<String, String> testSources = new TreeMap<>();
	private final Map<String, String> libSources = new TreeMap<>();

	Reactor(Path root, Path repository) {
		this.root = root;
		this.jar = repository.resolve("lib-1.0.jar");
	}

	Reactor main(String className, String source) {
		mainSources.put(className, source);
		return this;
	}

	Reactor test(String className, String source) {
		testSources.put(className, source);
		return this;
	}

	Reactor lib(String className, String source) {
		libSources.put(className, source);
		return this;
	}

	Reactor resource(String relativePath, String content) throws IOException {
		Path file = root.resolve(relativePath);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		return this;
	}

	/** Deletes a test class, as if its source had been deleted and the module rebuilt. */
	Reactor removeTest(String className) throws IOException {
		testSources.remove(className);
		Files.delete(testClasses().resolve(className.replace('.', '/') + ".class"));
		return this;
	}

	/** Compiles every source into its directory or the jar, replacing what was there. */
	Reactor build() throws IOException {
		Map<String, String> all = new HashMap<>(mainSources);
		all.putAll(testSources);
		all.putAll(libSources);
		Map<String, byte[]> classes = InMemoryCompiler.compile(all, "-g");
		Files.createDirectories(jar.getParent());
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			out.putNextEntry(new JarEntry("data/rates.csv"));
			out.write("EUR,1.0\n".getBytes());
			for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
				String outer = entry.getKey().split("\\$")[0].replace('/', '.');
				if (libSources.containsKey(outer)) {
					out.putNextEntry(new JarEntry(entry.getKey() + ".class"));
					out.write(entry.getValue());
				}
				else {
					write(testSources.containsKey(outer) ? testClasses() : classes(), entry.getKey(), entry.getValue());
				}
			}
		}
		return this;
	}

	Path classes() {
		return root.resolve("app/target/classes");
	}

	Path testClasses() {
		return root.resolve("app/target/test-classes");
	}

	Path rawFile(String name) {
		return root.resolve("app/target/testgov/record/" + name + ".tgr");
	}

	List<ClassSource> sources() {
		return List.of(new ClassSource(APP, testClasses()), new ClassSource(APP, classes()), new ClassSource(LIB, jar));
	}

	/** The JaCoCo agent over every class as it is on disk now. */
	AgentSimulation agent() throws Exception {
		Map<String, byte[]> classes = new HashMap<>();
		for (Path directory : List.of(classes(), testClasses())) {
			try (var files = Files.walk(directory)) {
				for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
					String name = directory.relativize(file).toString().replace('\\', '/');
					classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(file));
				}
			}
		}
		try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
			for (var entry : java.util.Collections.list(zip.entries())) {
				if (entry.getName().endsWith(".class")) {
					classes.put(entry.getName().replace(".class", ""), zip.getInputStream(entry).readAllBytes());
				}
			}
		}
		return new AgentSimulation(classes);
	}

	MergeReport merge(BuildInputs inputs, Path... rawFiles) throws IOException {
		return RecordMerge.merge(MergeRequest.of(StoreFile.inModule(root.resolve("app")).path(), List.of(rawFiles),
			sources(), root, inputs));
	}

	Store store() {
		return StoreFile.inModule(root.resolve("app")).load().store().orElseThrow();
	}

	byte[] storeBytes() throws IOException {
		return Files.readAllBytes(StoreFile.inModule(root.resolve("app")).path());
	}

	private static void write(Path directory, String className, byte[] bytes) throws IOException {
		Path file = directory.resolve(className + ".class");
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(bytes);
		}
	}
}
