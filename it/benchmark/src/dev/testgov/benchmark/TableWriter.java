package dev.testgov.benchmark;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A lookup table filled by a static initialiser. The initialiser runs once per JVM, inside whichever test first
 * touches the class, yet every test reading the table depends on it.
 */
final class TableWriter {
	private final ProductionPlanner planner;

	TableWriter(ProductionPlanner planner) {
		this.planner = planner;
	}

	void write(ModuleSpec module) {
		String name = planner.names.fresh(() -> planner.names.noun() + "Table");
		String fqcn = module.pkg + "." + name;
		Node init = planner.graph.node("initializer:" + fqcn + "#<clinit>");
		int size = planner.bodies.k(8, 24);
		String fill = "            LIMITS[i] = i * " + planner.bodies.k(3, 11) + " % " + planner.bodies.k(7, 17) + " + ";
		int offset = planner.bodies.k(1, 9);
		String fillLine = fill + offset + ";\n";
		planner.sites.add(new EditSite(EditSite.STATIC_INIT, init, module.mainJava(name), fillLine,
			fill + (offset + 1) + ";\n", name + ".<clinit>: table filled differently"));

		Set<String> imports = new TreeSet<>();
		Node limit = planner.graph.node("method:" + fqcn + "#limit(int)");
		limit.use(init);
		String limitText = "\n    public static int limit(int x) {\n        int seed = "
			+ planner.seed(module, limit, imports, null) + ";\n        int result = LIMITS[Math.floorMod(seed, LIMITS.length)] + x;\n"
			+ Bodies.RETURN + "    }\n";
		Node grade = planner.graph.node("method:" + fqcn + "#grade(int)");
		grade.use(init);
		String gradeText = """

				    public static String grade(int x) {
				        String result = NAMES.getOrDefault(Math.floorMod(x, 4), "none") + LIMITS[Math.floorMod(x, LIMITS.length)];
				        return result;
				    }
				""";
		planner.editableMethod(module.mainJava(name), limit, limitText, ValueType.INT, name + ".limit");
		planner.editableMethod(module.mainJava(name), grade, gradeText, ValueType.STRING, name + ".grade");
		String body = "public final class " + name + " {\n\n    private static final int[] LIMITS = new int[" + size + "];\n"
			+ "    private static final Map<Integer, String> NAMES = new TreeMap<>();\n\n    static {\n"
			+ "        for (int i = 0; i < LIMITS.length; i++) {\n" + fillLine + "        }\n"
			+ "        NAMES.put(0, \"low\");\n        NAMES.put(1, \"mid\");\n        NAMES.put(2, \"high\");\n    }\n\n"
			+ "    private " + name + "() {\n    }\n" + limitText + gradeText + "}\n";
		List<Callable> callables = List.of(
			new Callable(name + ".limit(%s)", ValueType.INT, List.of(limit), Set.of(fqcn), module.index),
			new Callable(name + ".grade(%s)", ValueType.STRING, List.of(grade), Set.of(fqcn), module.index));
		module.callables.addAll(callables);
		planner.finish(module, name, imports, body, "table", callables, 1);
	}
}
