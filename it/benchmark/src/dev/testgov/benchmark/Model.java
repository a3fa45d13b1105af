package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.testgov.benchmark.TestClassSpec.Check;
import dev.testgov.benchmark.TestClassSpec.Method;

/**
 * The oracle: for every node of the generated code, the tests (by method) that run or read it. A test depends on
 * what its checks call (transitively), on what its class's @BeforeAll fixture calls (the fixture runs for it, even
 * if per-test coverage files that code under no test), and on the resource files it reads.
 */
final class Model {
	private final Graph graph;
	private final List<String> testIds = new ArrayList<>();
	private final List<Map<String, Object>> tests = new ArrayList<>();
	private final Map<Node, BitSet> dependents = new LinkedHashMap<>();

	Model(Graph graph, List<TestClassSpec> classes) {
		this.graph = graph;
		graph.all().forEach(n -> dependents.put(n, new BitSet()));
		List<Node> nodes = graph.all();
		for (TestClassSpec spec : classes) {
			for (Map.Entry<String, List<Method>> group : spec.groups.entrySet()) {
				for (Method method : group.getValue()) {
					int index = testIds.size();
					testIds.add(spec.testId(group.getKey(), method));
					tests.add(entry(spec, group.getKey(), method));
					graph.closure(roots(spec, method)).stream().forEach(n -> dependents.get(nodes.get(n)).set(index));
				}
			}
		}
	}

	private static List<Node> roots(TestClassSpec spec, Method method) {
		List<Node> roots = new ArrayList<>();
		for (Check check : method.checks) {
			roots.addAll(check.callable().roots());
		}
		if (spec.fixture != null) {
			roots.addAll(spec.fixture.callable().roots());
		}
		if (method.resource != null) {
			roots.add(method.resource);
		}
		return roots;
	}

	private Map<String, Object> entry(TestClassSpec spec, String group, Method method) {
		Map<String, Object> test = new LinkedHashMap<>();
		test.put("id", spec.testId(group, method));
		test.put("module", spec.module.name);
		test.put("kind", method.kind.name().toLowerCase());
		test.put("executions", method.executions());
		if (method.sleepMillis > 0) {
			test.put("sleepMillis", method.sleepMillis);
		}
		return test;
	}

	List<String> testIds() {
		return testIds;
	}

	Map<Node, BitSet> dependents() {
		return dependents;
	}

	Map<String, Object> toJson(Map<String, Object> header) {
		Map<String, Object> json = new LinkedHashMap<>(header);
		json.put("tests", tests);
		Map<String, Object> byNode = new LinkedHashMap<>();
		for (Node node : graph.all()) {
			byNode.put(node.key, dependents.get(node).stream().boxed().toList());
		}
		json.put("dependents", byNode);
		return json;
	}
}
