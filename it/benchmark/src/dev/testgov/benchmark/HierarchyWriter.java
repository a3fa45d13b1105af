package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An abstract class with a template method, an overridable hook and an abstract part, and 2-4 subclasses of
 * which some override the hook. What a call runs depends on the receiver, so calls are modelled per subclass as
 * "binding" nodes: {@code binding:Sub::hook(int)} runs the subclass's override or the inherited hook.
 */
final class HierarchyWriter {
	private final ProductionPlanner planner;

	HierarchyWriter(ProductionPlanner planner) {
		this.planner = planner;
	}

	private record Methods(String template, String hook, String extra, String label) {
	}

	private record Sub(String name, Node extra, Node hook) {
	}

	void write(ModuleSpec module) {
		String base = planner.names.fresh(planner.names::noun);
		Set<String> used = new HashSet<>();
		Methods m = new Methods(planner.names.method(ValueType.INT, used), planner.names.method(ValueType.INT, used),
			planner.names.pick(List.of("surcharge", "bonus", "extra", "penalty")),
			planner.names.method(ValueType.STRING, used));
		String fqcn = module.pkg + "." + base;
		Node template = planner.graph.node("method:" + fqcn + "#" + m.template + "(int)");
		Node hook = planner.graph.node("method:" + fqcn + "#" + m.hook + "(int)");
		Node label = planner.graph.node("method:" + fqcn + "#" + m.label + "(int)");
		baseClass(module, base, m, template, hook, label);

		List<Callable> callables = new ArrayList<>();
		int count = 2 + planner.random.nextInt(3);
		boolean someInherit = false;
		Set<String> adjectives = new HashSet<>();
		for (int i = 0; i < count; i++) {
			boolean overrides = planner.random.nextDouble() < 0.4 && (someInherit || i + 1 < count);
			someInherit |= !overrides;
			String adjective = planner.names.adjective();
			while (!adjectives.add(adjective)) {
				adjective = planner.names.adjective();
			}
			Sub sub = subclass(module, base, m, overrides, adjective);
			String subFqcn = module.pkg + "." + sub.name;
			Node boundHook = planner.graph.node("binding:" + subFqcn + "::" + m.hook + "(int)");
			boundHook.use(overrides ? sub.hook : hook);
			Node boundExtra = planner.graph.node("binding:" + subFqcn + "::" + m.extra + "()");
			boundExtra.use(sub.extra);
			Node boundTemplate = planner.graph.node("binding:" + subFqcn + "::" + m.template + "(int)");
			boundTemplate.use(template);
			boundTemplate.use(boundHook);
			boundTemplate.use(boundExtra);
			Node boundLabel = planner.graph.node("binding:" + subFqcn + "::" + m.label + "(int)");
			boundLabel.use(label);
			boundLabel.use(boundTemplate);
			if (!overrides) {
				String anchor = "    public " + sub.name + "() {\n        super(";
				planner.sites.add(new EditSite(EditSite.OVERRIDE, boundHook, module.mainJava(sub.name), anchor,
					"    @Override\n    protected int " + m.hook + "(int x) {\n        return super." + m.hook
						+ "(x) + 2;\n    }\n\n" + anchor,
					sub.name + "." + m.hook + ": override added (was inherited from " + base + ")"));
			}
			Set<String> imports = Set.of(subFqcn);
			callables.add(new Callable("new " + sub.name + "()." + m.template + "(%s)", ValueType.INT,
				List.of(boundTemplate), imports, module.index, sub.name));
			callables.add(new Callable("new " + sub.name + "()." + m.label + "(%s)", ValueType.STRING,
				List.of(boundLabel), imports, module.index, sub.name));
		}
		module.callables.addAll(callables);
		module.units.add(new ModuleSpec.Unit(base, "hierarchy", callables));
	}

	private void baseClass(ModuleSpec module, String base, Methods m, Node template, Node hook, Node label) {
		Set<String> imports = new TreeSet<>();
		String templateText = "\n    public int " + m.template + "(int x) {\n        int result = " + m.hook + "(x) * 3 + "
			+ m.extra + "();\n" + Bodies.RETURN + "    }\n";
		String hookText = "\n    protected int " + m.hook + "(int x) {\n"
			+ planner.bodies.body(ValueType.INT, planner.seed(module, hook, imports, "size")) + "    }\n";
		String labelText = "\n    public String " + m.label + "(int x) {\n        String result = getClass().getSimpleName()"
			+ ".toLowerCase() + \"#\" + " + m.template + "(x);\n" + Bodies.RETURN + "    }\n";
		String file = module.mainJava(base);
		planner.editableMethod(file, template, templateText, ValueType.INT, base + "." + m.template);
		planner.editableMethod(file, hook, hookText, ValueType.INT, base + "." + m.hook);
		planner.editableMethod(file, label, labelText, ValueType.STRING, base + "." + m.label);
		String body = "public abstract class " + base + " {\n\n    protected final int size;\n\n    protected " + base
			+ "(int size) {\n        this.size = size;\n    }\n" + templateText + hookText + "\n    protected abstract int "
			+ m.extra + "();\n" + labelText + "}\n";
		planner.finish(module, base, imports, body, "base class", null, 1);
	}

	private Sub subclass(ModuleSpec module, String base, Methods m, boolean overrides, String adjective) {
		String sub = planner.names.unique(adjective + base);
		String fqcn = module.pkg + "." + sub;
		Node extra = planner.graph.node("method:" + fqcn + "#" + m.extra + "()");
		String extraText = "\n    @Override\n    protected int " + m.extra + "() {\n        int result = "
			+ planner.bodies.k(1, 30) + " + size;\n" + Bodies.RETURN + "    }\n";
		planner.editableMethod(module.mainJava(sub), extra, extraText, ValueType.INT, sub + "." + m.extra);
		Set<String> imports = new TreeSet<>();
		String hookText = "";
		Node hook = null;
		if (overrides) {
			hook = planner.graph.node("method:" + fqcn + "#" + m.hook + "(int)");
			hookText = "\n    @Override\n    protected int " + m.hook + "(int x) {\n"
				+ planner.bodies.body(ValueType.INT, planner.seed(module, hook, imports, "size")) + "    }\n";
			planner.editableMethod(module.mainJava(sub), hook, hookText, ValueType.INT, sub + "." + m.hook);
		}
		String body = "public final class " + sub + " extends " + base + " {\n\n    public " + sub + "() {\n        super("
			+ planner.bodies.k(1, 9) + ");\n    }\n" + extraText + hookText + "}\n";
		planner.finish(module, sub, imports, body, "subclass", null, 1);
		return new Sub(sub, extra, hook);
	}
}
