package dev.testgov.maven.internal.selection;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.testgov.maven.internal.analysis.ClassSource;
import dev.testgov.maven.internal.fingerprint.InMemoryCompiler;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The mutation sample (test resources {@code mutation-sample/main} and {@code mutation-sample/test}, package
 * {@code sample}): compiled into a module's class directories, its tests recorded once in a child JVM with the
 * real JaCoCo agent, testgov's file-read agent and recorder, and run in this JVM to see which fail. The build
 * puts the agents' jars in {@code target/agents} ({@code testgov.test.jacocoAgent}, {@code testgov.test.fileAgent}).
 */
final class SampleProject {

	static final String ORIGIN = "dev.testgov.sample:app";
	private static final String RESOURCES = "/mutation-sample/";
	private static final List<String> MAIN = List.of("Basket", "Book", "Checkout", "Countries", "Currency", "Discount",
		"Ebook", "Line", "Money", "PercentDiscount", "Product", "Shipping", "ThresholdDiscount");
	private static final List<String> TESTS = List.of("BasketTest", "CheckoutTest", "CountriesTest", "CurrencyTest",
		"DiscountTest", "MoneyTest", "ProductTest", "ShippingTest", "ZonesTest");
	private static final String CLASSPATH = System.getProperty("surefire.test.class.path",
		System.getProperty("java.class.path"));

	private SampleProject() {
	}

	/** The production sources by binary class name. */
	static Map<String, String> mainSources() throws IOException {
		return sources("main", MAIN);
	}

	static Map<String, String> testSources() throws IOException {
		return sources("test", TESTS);
	}

	static List<String> testClasses() {
		return TESTS.stream().map(name -> "sample." + name).toList();
	}

	/**
	 * Compiles the sources into {@code module/target/classes} and {@code module/target/test-classes}.
	 *
	 * @throws IllegalArgumentException when they do not compile
	 */
	static void build(Map<String, String> main, Map<String, String> tests, Path module) throws IOException {
		Map<String, String> all = new TreeMap<>(main);
		all.putAll(tests);
		Map<String, byte[]> classes = InMemoryCompiler.compile(all, "-g", "-classpath", CLASSPATH);
		for (Map.Entry<String, byte[]> compiled : classes.entrySet()) {
			String outer = compiled.getKey().split("\\$")[0].replace('/', '.');
			Path file = (tests.containsKey(outer) ? testClasses(module) : classes(module)).resolve(compiled.getKey() + ".class");
			Files.createDirectories(file.getParent());
			Files.write(file, compiled.getValue());
		}
	}

	static Path classes(Path module) {
		return module.resolve("target/classes");
	}

	static Path testClasses(Path module) {
		return module.resolve("target/test-classes");
	}

	static Path recordDirectory(Path module) {
		return module.resolve("target/testgov/record");
	}

	/** The class sources, as the plugin lists them: the module's classes, then its test classes. */
	static List<ClassSource> sources(Path module) {
		return List.of(new ClassSource(ORIGIN, classes(module)), new ClassSource(ORIGIN, testClasses(module)));
	}

	/**
	 * Runs every test once in a child JVM with the real JaCoCo agent and testgov's recorder, as a recorded
	 * Surefire fork, and returns the raw files it wrote.
	 */
	static List<Path> record(Path module, Path root) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-javaagent:" + System.getProperty("testgov.test.fileAgent"));
		command.add("-javaagent:" + System.getProperty("testgov.test.jacocoAgent")
				+ "=output=none,jmx=false,includes=sample.*");
		command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
		command.add("-Dtestgov.record.directory=" + recordDirectory(module));
		command.add("-Dtestgov.record.root=" + root);
		command.add("-cp");
		command.add(String.join(File.pathSeparator, classes(module).toString(), testClasses(module).toString(), CLASSPATH));
		command.add(SampleLauncher.class.getName());
		command.addAll(testClasses());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("the recorded sample JVM failed:\n" + output);
		}
		try (Stream<Path> files = Files.list(recordDirectory(module))) {
			return files.filter(file -> file.toString().endsWith(".tgr")).sorted().toList();
		}
	}

	/** Runs every test in this JVM, from the module's class directories; returns the ids that failed. */
	static Set<String> failingTests(Path module) throws IOException {
		Failures failures = new Failures();
		URL[] urls = {classes(module).toUri().toURL(), testClasses(module).toUri().toURL()};
		try (URLClassLoader loader = new URLClassLoader(urls, SampleProject.class.getClassLoader())) {
			List<ClassSelector> selectors = new ArrayList<>();
			for (String name : testClasses()) {
				selectors.add(selectClass(loader.loadClass(name)));
			}
			LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors)
				.configurationParameter("testgov.outcomes", "false")
				.configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
				.configurationParameter("junit.jupiter.execution.timeout.default", "10 s")
				.enableImplicitConfigurationParameters(false)
				.build(), failures);
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
		return failures.ids;
	}

	private static Map<String, String> sources(String set, List<String> names) throws IOException {
		Map<String, String> sources = new LinkedHashMap<>();
		for (String name : names) {
			try (InputStream in = SampleProject.class.getResourceAsStream(RESOURCES + set + "/sample/" + name + ".java")) {
				if (in == null) {
					throw new IllegalStateException("no sample source " + set + "/" + name);
				}
				sources.put("sample." + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return sources;
	}

	/** Collects the tests and containers that failed or errored. */
	private static final class Failures implements TestExecutionListener {

		final Set<String> ids = new TreeSet<>();

		@Override
		public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
			if (result.getStatus() == TestExecutionResult.Status.FAILED) {
				ids.add(identifier.getUniqueId());
			}
		}
	}
}
