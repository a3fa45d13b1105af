package dev.testgov.benchmark;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A class that reads its figures from a properties file in {@code src/main/resources} on every call. */
final class SheetWriter {
	private static final List<String> ZONES = List.of("north", "east", "south", "west", "centre", "coast");

	private final ProductionPlanner planner;

	SheetWriter(ProductionPlanner planner) {
		this.planner = planner;
	}

	void write(ModuleSpec module) {
		String name = planner.names.fresh(() -> planner.names.noun() + "Sheet");
		String fqcn = module.pkg + "." + name;
		String file = Names.kebab(name) + ".properties";
		Node resource = planner.graph.node("resource:" + module.mainResource(file));
		Node load = planner.graph.node("method:" + fqcn + "#load()");
		load.use(resource);
		resourceFile(module, name, file, resource);

		Set<String> imports = new TreeSet<>();
		Node rate = planner.graph.node("method:" + fqcn + "#rate(int)");
		rate.use(load);
		String rateText = "\n    public static int rate(int x) {\n        int seed = " + planner.seed(module, rate, imports, null)
			+ ";\n        Properties sheet = load();\n"
			+ "        int result = Integer.parseInt(sheet.getProperty(\"rate.\" + Math.floorMod(seed, 6))) * 2 + x;\n"
			+ Bodies.RETURN + "    }\n";
		Node zone = planner.graph.node("method:" + fqcn + "#zone(int)");
		zone.use(load);
		String zoneText = """

				    public static String zone(int x) {
				        Properties sheet = load();
				        String result = sheet.getProperty("zone." + Math.floorMod(x, 3)) + "-" + x;
				        return result;
				    }
				""";
		planner.editableMethod(module.mainJava(name), rate, rateText, ValueType.INT, name + ".rate");
		planner.editableMethod(module.mainJava(name), zone, zoneText, ValueType.STRING, name + ".zone");
		String body = "public final class " + name + " {\n\n    private static final String SHEET = \""
			+ module.resourceName(file) + "\";\n\n    private " + name + "() {\n    }\n" + rateText + zoneText + """

				    private static Properties load() {
				        Properties sheet = new Properties();
				        try (InputStream in = %s.class.getResourceAsStream(SHEET)) {
				            sheet.load(in);
				        } catch (IOException e) {
				            throw new UncheckedIOException(e);
				        }
				        return sheet;
				    }
				}
				""".formatted(name);
		List<Callable> callables = List.of(
			new Callable(name + ".rate(%s)", ValueType.INT, List.of(rate), Set.of(fqcn), module.index),
			new Callable(name + ".zone(%s)", ValueType.STRING, List.of(zone), Set.of(fqcn), module.index));
		module.callables.addAll(callables);
		planner.finish(module, name, imports, body, "resource reader", callables, 1);
	}

	private void resourceFile(ModuleSpec module, String name, String file, Node resource) {
		StringBuilder text = new StringBuilder("# Figures read by " + name + " on every call.\n");
		int edited = planner.random.nextInt(6);
		String before = null;
		String after = null;
		for (int i = 0; i < 6; i++) {
			int value = planner.bodies.k(3, 90);
			text.append("rate.").append(i).append('=').append(value).append('\n');
			if (i == edited) {
				before = "\nrate." + i + "=" + value + "\n";
				after = "\nrate." + i + "=" + (value + 1) + "\n";
			}
		}
		for (int i = 0; i < 3; i++) {
			text.append("zone.").append(i).append('=').append(planner.names.pick(ZONES)).append('\n');
		}
		module.mainFiles.add(new SourceFile(module.mainResource(file), text.toString()));
		planner.sites.add(new EditSite(EditSite.MAIN_RESOURCE, resource, module.mainResource(file), before, after,
			module.mainResource(file) + ": rate." + edited + " changed"));
	}
}
