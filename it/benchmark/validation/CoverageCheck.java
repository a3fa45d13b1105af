package dev.testgov.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * Validation only (validate-model.sh): compares the model's claim "test T runs method M" with JaCoCo's per-test
 * coverage, both ways. A test's own coverage may miss what its class's @BeforeAll ran (coverage files that under
 * the class), so the model-to-coverage direction also accepts the class's coverage; static initialisers,
 * constructors, constants and resources are not methods and are not compared.
 */
public final class CoverageCheck {

	public static void main(String[] args) throws IOException {
		Path project = Path.of(args[0]);
		Path model = Path.of(args[1]);
		Path coverage = Path.of(args[2]);
		Map<String, byte[]> classes = productionClasses(project);
		Map<String, Set<String>> expected = expected(model);
		Map<String, Set<String>> byTest = new HashMap<>();
		Map<String, Set<String>> byClass = new HashMap<>();
		for (String line : Files.readAllLines(coverage.resolve("index.tsv"))) {
			String[] f = line.split("\t");
			Set<String> covered = covered(coverage.resolve(f[0] + ".exec"), classes);
			(f[1].equals("test") ? byTest : byClass).computeIfAbsent(f[2], k -> new TreeSet<>()).addAll(covered);
		}
		List<String> modelOnly = new ArrayList<>();
		List<String> coverageOnly = new ArrayList<>();
		int pairs = 0;
		for (Map.Entry<String, Set<String>> test : expected.entrySet()) {
			String id = test.getKey();
			Set<String> ran = byTest.getOrDefault(id, Set.of());
			Set<String> withFixtures = new TreeSet<>(ran);
			String cls = id.substring(0, id.indexOf('#'));
			for (String c = cls; ; c = c.substring(0, c.lastIndexOf('$'))) {
				withFixtures.addAll(byClass.getOrDefault(c, Set.of()));
				if (!c.contains("$")) {
					break;
				}
			}
			for (String m : test.getValue()) {
				pairs++;
				if (!withFixtures.contains(m)) {
					modelOnly.add(id + " -> " + m);
				}
			}
			for (String m : ran) {
				if (!test.getValue().contains(m)) {
					coverageOnly.add(id + " -> " + m);
				}
			}
		}
		System.out.printf("checked %d tests, %d (test, method) pairs of the model against JaCoCo's per-test coverage%n",
			expected.size(), pairs);
		report("in the model but not executed", modelOnly);
		report("executed but not in the model", coverageOnly);
		System.exit(modelOnly.isEmpty() && coverageOnly.isEmpty() ? 0 : 1);
	}

	private static void report(String what, List<String> pairs) {
		System.out.printf("%d pairs %s%s%n", pairs.size(), what, pairs.isEmpty() ? "" : ", e.g.:");
		pairs.stream().limit(10).forEach(p -> System.out.println("  " + p));
	}

	/** For every test id, the production methods the model says it runs. */
	private static Map<String, Set<String>> expected(Path model) throws IOException {
		Map<String, Object> json = Json.map(Json.parse(Files.readString(model.resolve("model.json"))));
		List<String> ids = Json.list(json.get("tests")).stream().map(t -> (String) Json.map(t).get("id")).toList();
		Map<String, Set<String>> expected = new HashMap<>();
		ids.forEach(id -> expected.put(id, new TreeSet<>()));
		Json.map(json.get("dependents")).forEach((key, tests) -> {
			if (key.startsWith("method:")) {
				Json.list(tests).forEach(t -> expected.get(ids.get(((Long) t).intValue())).add(key));
			}
		});
		return expected;
	}

	private static Set<String> covered(Path exec, Map<String, byte[]> classes) throws IOException {
		ExecFileLoader loader = new ExecFileLoader();
		loader.load(exec.toFile());
		CoverageBuilder builder = new CoverageBuilder();
		Analyzer analyzer = new Analyzer(loader.getExecutionDataStore(), builder);
		for (ExecutionData data : loader.getExecutionDataStore().getContents()) {
			byte[] bytes = classes.get(data.getName());
			if (bytes != null && data.hasHits()) {
				analyzer.analyzeClass(bytes, data.getName());
			}
		}
		Set<String> covered = new TreeSet<>();
		for (IClassCoverage c : builder.getClasses()) {
			for (IMethodCoverage m : c.getMethods()) {
				if (m.getMethodCounter().getCoveredCount() > 0 && !m.getName().startsWith("<")) {
					String params = m.getDesc().startsWith("()") ? "" : "int";
					covered.add("method:" + c.getName().replace('/', '.') + "#" + m.getName() + "(" + params + ")");
				}
			}
		}
		return covered;
	}

	private static Map<String, byte[]> productionClasses(Path project) throws IOException {
		Map<String, byte[]> classes = new HashMap<>();
		try (Stream<Path> walk = Files.walk(project)) {
			for (Path p : walk.filter(p -> p.toString().endsWith(".class") && p.toString().contains("/target/classes/")).toList()) {
				String rel = p.toString().substring(p.toString().indexOf("/target/classes/") + "/target/classes/".length());
				classes.put(rel.substring(0, rel.length() - ".class".length()), Files.readAllBytes(p));
			}
		}
		return classes;
	}
}
