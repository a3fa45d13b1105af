package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An interface with a default method, 2-4 implementations and a factory that hands one out by code or all of them
 * at once: callers reach implementations only through the interface, as in real strategy code.
 */
final class FamilyWriter {
	private final ProductionPlanner planner;

	FamilyWriter(ProductionPlanner planner) {
		this.planner = planner;
	}

	void write(ModuleSpec module) {
		String suffix = planner.names.strategySuffix();
		String plural = suffix.endsWith("y") ? suffix.substring(0, suffix.length() - 1) + "ies" : suffix + "s";
		String noun = planner.names.noun();
		for (int attempt = 0; attempt < 12 && (planner.names.taken(noun + suffix) || planner.names.taken(noun + plural)); attempt++) {
			noun = planner.names.noun();
		}
		String iface = planner.names.unique(noun + suffix);
		String factory = planner.names.unique(noun + plural);
		String factoryFqcn = module.pkg + "." + factory;
		Node describe = interfaceType(module, iface);

		Node forCode = planner.graph.node("method:" + factoryFqcn + "#forCode(int)");
		Node all = planner.graph.node("method:" + factoryFqcn + "#all()");
		Node best = planner.graph.node("method:" + factoryFqcn + "#best(int)");
		best.use(all);
		List<Callable> callables = new ArrayList<>();
		List<String> constructions = new ArrayList<>();
		Set<String> adjectives = new HashSet<>();
		int count = 2 + planner.random.nextInt(3);
		for (int code = 0; code < count; code++) {
			String adjective = planner.names.adjective();
			while (!adjectives.add(adjective)) {
				adjective = planner.names.adjective();
			}
			String impl = planner.names.unique(adjective + iface);
			int amount = planner.bodies.k(2, 9);
			Node apply = implementation(module, iface, impl);
			best.use(apply);
			Node bound = planner.graph.node("binding:" + module.pkg + "." + impl + "::describe(int)");
			bound.use(describe);
			bound.use(apply);
			constructions.add("new " + impl + "(" + amount + ")");
			Set<String> imports = Set.of(factoryFqcn);
			callables.add(new Callable(factory + ".forCode(" + code + ").apply(%s)", ValueType.INT,
				List.of(forCode, apply), imports, module.index, impl));
			callables.add(new Callable(factory + ".forCode(" + code + ").describe(%s)", ValueType.STRING,
				List.of(forCode, bound), imports, module.index, impl));
		}
		callables.add(new Callable(factory + ".best(%s)", ValueType.INT, List.of(best), Set.of(factoryFqcn), module.index));
		factory(module, factory, iface, constructions, best, callables);
		module.callables.addAll(callables);
	}

	private Node interfaceType(ModuleSpec module, String iface) {
		Node describe = planner.graph.node("method:" + module.pkg + "." + iface + "#describe(int)");
		String describeText = """

				    default String describe(int x) {
				        String result = getClass().getSimpleName() + "=" + apply(x);
				        return result;
				    }
				""";
		planner.editableMethod(module.mainJava(iface), describe, describeText, ValueType.STRING, iface + ".describe");
		planner.finish(module, iface, Set.of(),
			"public interface " + iface + " {\n\n    int apply(int x);\n" + describeText + "}\n", "interface", null, 1);
		return describe;
	}

	private Node implementation(ModuleSpec module, String iface, String impl) {
		Node apply = planner.graph.node("method:" + module.pkg + "." + impl + "#apply(int)");
		Set<String> imports = new TreeSet<>();
		String applyText = "\n    @Override\n    public int apply(int x) {\n"
			+ planner.bodies.body(ValueType.INT, planner.seed(module, apply, imports, "amount")) + "    }\n";
		planner.editableMethod(module.mainJava(impl), apply, applyText, ValueType.INT, impl + ".apply");
		String body = "public final class " + impl + " implements " + iface + " {\n\n    private final int amount;\n\n"
			+ "    public " + impl + "(int amount) {\n        this.amount = amount;\n    }\n" + applyText + "}\n";
		planner.finish(module, impl, imports, body, "implementation", null, 1);
		return apply;
	}

	private void factory(ModuleSpec module, String factory, String iface, List<String> constructions, Node best,
			List<Callable> callables) {
		StringBuilder cases = new StringBuilder();
		for (int i = 0; i < constructions.size(); i++) {
			cases.append(i + 1 < constructions.size() ? "            case " + i : "            default")
				.append(" -> ").append(constructions.get(i)).append(";\n");
		}
		String bestText = """

				    public static int best(int x) {
				        int result = Integer.MIN_VALUE;
				        for (%s candidate : all()) {
				            result = Math.max(result, candidate.apply(x));
				        }
				        return result;
				    }
				""".formatted(iface);
		planner.editableMethod(module.mainJava(factory), best, bestText, ValueType.INT, factory + ".best");
		String body = "public final class " + factory + " {\n\n    private " + factory + "() {\n    }\n\n"
			+ "    public static " + iface + " forCode(int code) {\n        return switch (code) {\n" + cases
			+ "        };\n    }\n\n    public static List<" + iface + "> all() {\n        return List.of("
			+ String.join(", ", constructions) + ");\n    }\n" + bestText + "}\n";
		planner.finish(module, factory, Set.of(), body, "interface", callables, 1);
	}
}
