package dev.testgov.junit.internal.record.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;


/**
 * Puts the hook package into the bootstrap class loader, where advice inlined into {@code java.base} can call it
 * and where every other class loader, parent-first, finds the same copy. The bytes come from the agent's own
 * jar, never the test classpath, so a different testgov-junit version there cannot slip in another hook.
 */
final class BootstrapHook {

	static final String PACKAGE = "dev/testgov/junit/internal/record/hook/";
	static final String HOOK = "dev.testgov.junit.internal.record.hook.FileReads";
	private static final String CLASS_FILE = ".class";
	private static final String PACKAGE_INFO = "package-info.class";

	private BootstrapHook() {
	}

	/** @return the hook class, as the bootstrap class loader defines it */
	static Class<?> inject(Instrumentation instrumentation) throws Exception {
		Path jar = Paths.get(BootstrapHook.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Map<String, byte[]> classes = hookClasses(jar);
		try {
			defineDirectly(instrumentation, jar, classes);
		}
		catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			// a JDK without the internal definer: the bootstrap search path works everywhere, at a cost
			instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(hookJar(classes).toFile()));
		}
		return Class.forName(HOOK, false, null);
	}

	private static void defineDirectly(Instrumentation instrumentation, Path jar, Map<String, byte[]> classes)
			throws IOException, ReflectiveOperationException {
		try (URLClassLoader isolated = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			Class<?> definer = isolated.loadClass(BootDefiner.class.getName());
			Module base = Object.class.getModule();
			Map<String, Set<Module>> exports = Map.of(BootDefiner.UNSAFE_PACKAGE, Set.of(definer.getModule()));
			instrumentation.redefineModule(base, Set.of(), exports, Map.of(), Set.of(), Map.of());
			definer.getMethod("define", Map.class).invoke(null, classes);
		}
	}

	/** A temporary jar holding only the hook classes, deleted when the JVM ends. */
	private static Path hookJar(Map<String, byte[]> classes) throws IOException {
		Path jar = Files.createTempFile("testgov-hook", ".jar");
		jar.toFile().deleteOnExit();
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
				out.putNextEntry(new JarEntry(entry.getKey().replace('.', '/') + CLASS_FILE));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return jar;
	}

	private static Map<String, byte[]> hookClasses(Path jar) throws IOException {
		Map<String, byte[]> classes = new HashMap<>();
		try (JarFile file = new JarFile(jar.toFile())) {
			Enumeration<JarEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				JarEntry entry = entries.nextElement();
				String name = entry.getName();
				if (name.startsWith(PACKAGE) && name.endsWith(CLASS_FILE) && !name.endsWith(PACKAGE_INFO)
						&& name.indexOf('/', PACKAGE.length()) < 0) {
					try (InputStream in = file.getInputStream(entry)) {
						String binaryName = name.substring(0, name.length() - CLASS_FILE.length()).replace('/', '.');
						classes.put(binaryName, in.readAllBytes());
					}
				}
			}
		}
		if (!classes.containsKey(HOOK)) {
			throw new IOException("no " + HOOK + " in " + jar);
		}
		return classes;
	}
}
