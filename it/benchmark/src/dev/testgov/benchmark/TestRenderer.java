package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import dev.testgov.benchmark.TestClassSpec.Check;
import dev.testgov.benchmark.TestClassSpec.Method;

/** Writes a planned test class, once its expected values are known, with the resource files its tests read. */
final class TestRenderer {
	private final Graph graph;
	private final List<EditSite> sites;
	private final Random random;
	private final Set<String> resourcePaths = new HashSet<>();

	TestRenderer(Graph graph, List<EditSite> sites, Random random) {
		this.graph = graph;
		this.sites = sites;
		this.random = random;
	}

	void render(TestClassSpec spec, List<SourceFile> out) {
		Set<String> imports = new TreeSet<>();
		StringBuilder body = new StringBuilder("class " + spec.name + " {\n");
		if (spec.fixture != null) {
			imports.addAll(spec.fixture.callable().imports());
			body.append("\n    private static int offset;\n\n    @BeforeAll\n    static void computeOffset() {\n        offset = ")
				.append(spec.fixture.expression()).append(";\n    }\n");
		}
		List<Map.Entry<String, List<Method>>> groups = new ArrayList<>(spec.groups.entrySet());
		groups.sort(Map.Entry.comparingByKey((a, b) -> Boolean.compare(!a.isEmpty(), !b.isEmpty())));
		for (Map.Entry<String, List<Method>> group : groups) {
			StringBuilder methods = new StringBuilder();
			for (Method method : group.getValue()) {
				method.checks.forEach(c -> imports.addAll(c.callable().imports()));
				methods.append(method(spec, group.getKey(), method, out));
			}
			if (group.getKey().isEmpty()) {
				body.append(methods);
			} else {
				body.append("\n    @Nested\n    class ").append(group.getKey()).append(" {\n")
					.append(methods.toString().replaceAll("(?m)^(?=.)", "    ")).append("    }\n");
			}
		}
		body.append("}\n");
		out.add(new SourceFile(spec.module.testJava(spec.name), JavaFile.of(spec.module.pkg, imports, body.toString())));
	}

	private String method(TestClassSpec spec, String group, Method method, List<SourceFile> out) {
		Check first = method.checks.get(0);
		String expectedType = first.callable().type().java;
		return switch (method.kind) {
			case PLAIN -> plain(method);
			case STRESS -> "\n    @Test\n    void " + method.name + "() {\n" + first.stressLoop()
				+ "        assertEquals(" + ValueType.literal(first.value) + ", total);\n    }\n";
			case CSV -> {
				StringBuilder rows = new StringBuilder();
				for (Check c : method.checks) {
					rows.append(rows.length() == 0 ? "" : ",\n").append("        \"").append(c.argument).append(", ")
						.append(c.value instanceof String s ? "'" + s + "'" : c.value.toString()).append('"');
				}
				yield "\n    @ParameterizedTest\n    @CsvSource({\n" + rows + "\n    })\n    void " + method.name + "(int x, "
					+ expectedType + " expected) {\n        assertEquals(expected, " + first.call("x") + ");\n    }\n";
			}
			case VALUES -> values(method, expectedType);
			case CSV_FILE -> csvFile(spec, group, method, expectedType, out);
			case GOLDEN -> golden(spec, group, method, out);
		};
	}

	private String plain(Method method) {
		StringBuilder text = new StringBuilder("\n    @Test\n    void " + method.name + "()"
			+ (method.sleepMillis > 0 ? " throws InterruptedException" : "") + " {\n");
		if (method.sleepMillis > 0) {
			text.append("        Thread.sleep(").append(method.sleepMillis).append("); // stands in for a slow collaborator\n");
		}
		for (Check c : method.checks) {
			text.append("        assertEquals(").append(ValueType.literal(c.value)).append(", ")
				.append(c.call(Integer.toString(c.argument))).append(");\n");
		}
		return text.append("    }\n").toString();
	}

	private String values(Method method, String expectedType) {
		String map = "EXPECTED_" + Names.kebab(method.name).replace('-', '_').toUpperCase();
		StringBuilder pairs = new StringBuilder();
		StringBuilder ints = new StringBuilder();
		for (Check c : method.checks) {
			pairs.append(pairs.length() == 0 ? "" : ", ").append(c.argument).append(", ").append(ValueType.literal(c.value));
			ints.append(ints.length() == 0 ? "" : ", ").append(c.argument);
		}
		String boxed = switch (method.type()) {
			case INT -> "Integer";
			case LONG -> "Long";
			default -> "String";
		};
		Check first = method.checks.get(0);
		return "\n    private static final Map<Integer, " + boxed + "> " + map + " = Map.of(" + pairs + ");\n\n"
			+ "    @ParameterizedTest\n    @ValueSource(ints = {" + ints + "})\n    void " + method.name + "(int x) {\n"
			+ "        " + expectedType + " expected = " + map + ".get(x);\n        assertEquals(expected, " + first.call("x")
			+ ");\n    }\n";
	}

	private String csvFile(TestClassSpec spec, String group, Method method, String expectedType, List<SourceFile> out) {
		String file = resourceName(spec, group, method, ".csv");
		StringBuilder text = new StringBuilder("x,expected\n");
		for (Check c : method.checks) {
			text.append(csvRow(c.argument, c.value)).append('\n');
		}
		String path = spec.module.testResource(file);
		out.add(new SourceFile(path, text.toString()));
		method.resource = graph.node("resource:" + path);
		Check edited = method.checks.get(random.nextInt(method.checks.size()));
		sites.add(new EditSite(EditSite.TEST_RESOURCE, method.resource, path,
			"\n" + csvRow(edited.argument, edited.value) + "\n", "\n" + csvRow(edited.argument, changed(edited.value)) + "\n",
			path + ": expected value for x=" + edited.argument + " changed"));
		return "\n    @ParameterizedTest\n    @CsvFileSource(resources = \"" + spec.module.resourceName(file)
			+ "\", numLinesToSkip = 1)\n    void " + method.name + "(int x, " + expectedType + " expected) {\n"
			+ "        assertEquals(expected, " + method.checks.get(0).call("x") + ");\n    }\n";
	}

	private String golden(TestClassSpec spec, String group, Method method, List<SourceFile> out) {
		String file = resourceName(spec, group, method, ".golden.txt");
		String path = spec.module.testResource(file);
		Check c = method.checks.get(0);
		out.add(new SourceFile(path, c.value + "\n"));
		method.resource = graph.node("resource:" + path);
		sites.add(new EditSite(EditSite.TEST_RESOURCE, method.resource, path, c.value + "\n", c.value + "~\n",
			path + ": golden text changed"));
		return "\n    @Test\n    void " + method.name + "() throws IOException {\n"
			+ "        try (InputStream in = getClass().getResourceAsStream(\"" + spec.module.resourceName(file) + "\")) {\n"
			+ "            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();\n"
			+ "            assertEquals(expected, " + c.call(Integer.toString(c.argument)) + ");\n        }\n    }\n";
	}

	/**
	 * E.g. {@code price-rules-score.csv}, {@code parcel-strategies-flat-parcel-strategy-describe.golden.txt}; numbered
	 * when two tests of a module would share a name.
	 */
	private String resourceName(TestClassSpec spec, String group, Method method, String suffix) {
		String owner = spec.name.replaceFirst("Test$", "") + group.replaceFirst("^For", "");
		String base = Names.kebab(owner) + "-" + Names.kebab(method.name.replaceFirst("(CasesFromFile|MatchesGoldenFile)", ""));
		String name = base + suffix;
		for (int n = 2; !resourcePaths.add(spec.module.testResource(name)); n++) {
			name = base + "-" + n + suffix;
		}
		return name;
	}

	private static String csvRow(int argument, Object value) {
		return argument + "," + (value instanceof String s ? "\"" + s + "\"" : value.toString());
	}

	private static Object changed(Object value) {
		if (value instanceof Integer i) {
			return i + 1;
		}
		if (value instanceof Long l) {
			return l + 1;
		}
		return value + "~";
	}
}
