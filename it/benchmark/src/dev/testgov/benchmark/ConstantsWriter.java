package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A class of compile-time constants. javac copies their values into every class that uses them, so changing
 * one changes classes that never load this one: a classic trap for change detection.
 */
final class ConstantsWriter {
	private static final List<String> INT_NAMES = List.of("STEP", "LIMIT", "FACTOR", "OFFSET", "SCALE", "THRESHOLD");
	private static final List<String> STRING_NAMES = List.of("UNIT", "PREFIX", "REGION", "CURRENCY");
	private static final List<String> STRING_VALUES = List.of("kg", "EUR", "north", "std", "box", "pcs");

	private final ProductionPlanner planner;

	ConstantsWriter(ProductionPlanner planner) {
		this.planner = planner;
	}

	void write(ModuleSpec module) {
		String name = planner.names.fresh(() -> planner.names.noun() + "Defaults");
		String fqcn = module.pkg + "." + name;
		StringBuilder body = new StringBuilder("public final class " + name + " {\n\n");
		Set<String> used = new HashSet<>();
		List<String> fields = new ArrayList<>();
		int ints = 2 + planner.random.nextInt(2);
		for (int i = 0; i < ints; i++) {
			String field = fresh(INT_NAMES, used);
			int value = planner.bodies.k(2, 99);
			fields.add("    public static final int " + field + " = " + value + ";\n");
			register(module, name, fqcn, field, field, fields.get(i), "    public static final int " + field + " = "
				+ (value + 1) + ";\n");
		}
		String field = fresh(STRING_NAMES, used);
		String value = planner.names.pick(STRING_VALUES);
		String line = "    public static final String " + field + " = \"" + value + "\";\n";
		fields.add(line);
		register(module, name, fqcn, field, field + ".length()", line, line.replace("\"" + value + "\"", "\"" + value + "x\""));
		fields.forEach(body::append);
		body.append("\n    private ").append(name).append("() {\n    }\n}\n");
		planner.finish(module, name, Set.of(), body, "constants", null, 1);
	}

	private void register(ModuleSpec module, String name, String fqcn, String field, String use, String line,
			String changed) {
		Node node = planner.graph.node("constant:" + fqcn + "#" + field);
		module.constants.add(new ModuleSpec.ConstantRef(name + "." + use, node, fqcn));
		planner.sites.add(new EditSite(EditSite.CONSTANT, node, module.mainJava(name), line, changed,
			name + "." + field + ": constant changed"));
	}

	private String fresh(List<String> pool, Set<String> used) {
		String candidate = planner.names.pick(pool);
		while (!used.add(candidate)) {
			candidate = planner.names.pick(pool);
		}
		return candidate;
	}
}
