package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans and writes a module's production classes: utility classes, interfaces with several implementations behind a
 * factory, small hierarchies with overrides, constants, a table filled by a static initialiser and classes that
 * read resource files. Calls go only to code planned earlier (in this module or a dependency), so the call graph
 * is a DAG and every call runs whenever its caller runs.
 */
final class ProductionPlanner {
	final Random random;
	final Names names;
	final Graph graph;
	final Bodies bodies;
	final List<EditSite> sites;

	ProductionPlanner(Random random, Names names, Graph graph, List<EditSite> sites) {
		this.random = random;
		this.names = names;
		this.graph = graph;
		this.bodies = new Bodies(random);
		this.sites = sites;
	}

	void plan(ModuleSpec module, int classBudget) {
		new ConstantsWriter(this).write(module);
		new SheetWriter(this).write(module);
		while (module.classCount < classBudget) {
			double r = random.nextDouble();
			if (r < 0.42) {
				utility(module);
			} else if (r < 0.60) {
				new FamilyWriter(this).write(module);
			} else if (r < 0.78) {
				new HierarchyWriter(this).write(module);
			} else if (r < 0.88) {
				new TableWriter(this).write(module);
			} else if (r < 0.95) {
				new SheetWriter(this).write(module);
			} else {
				new ConstantsWriter(this).write(module);
			}
		}
	}

	private void utility(ModuleSpec module) {
		String name = names.utilClass();
		String fqcn = module.pkg + "." + name;
		Set<String> imports = new TreeSet<>();
		Set<String> used = new HashSet<>();
		StringBuilder body = new StringBuilder("public final class " + name + " {\n\n    private " + name + "() {\n    }\n");
		List<Callable> callables = new ArrayList<>();
		int methods = 2 + random.nextInt(3);
		for (int i = 0; i < methods; i++) {
			ValueType type = randomType();
			String method = names.method(type, used);
			Node node = graph.node("method:" + fqcn + "#" + method + "(int)");
			String text = "\n    public static " + type.java + " " + method + "(int x) {\n"
				+ bodies.body(type, seed(module, node, imports, null)) + "    }\n";
			body.append(text);
			editableMethod(module.mainJava(name), node, text, type, name + "." + method);
			Callable callable = new Callable(name + "." + method + "(%s)", type, List.of(node), Set.of(fqcn), module.index);
			callables.add(callable);
			module.callables.add(callable);
		}
		body.append("}\n");
		finish(module, name, imports, body, "utility", callables, 1);
	}

	void finish(ModuleSpec module, String name, Set<String> imports, CharSequence body, String kind,
			List<Callable> callables, int classes) {
		module.mainFiles.add(new SourceFile(module.mainJava(name), JavaFile.of(module.pkg, imports, body.toString())));
		if (callables != null) {
			module.units.add(new ModuleSpec.Unit(name, kind, callables));
		}
		module.classCount += classes;
	}

	/**
	 * The int a body starts from: folded results of 0-2 calls into earlier code, sometimes a constant, the
	 * instance's field if any. Records on {@code user} what it calls and reads.
	 */
	String seed(ModuleSpec module, Node user, Set<String> imports, String field) {
		List<String> terms = new ArrayList<>();
		List<Callable> pool = callPool(module);
		double r = random.nextDouble();
		int calls = pool.isEmpty() ? 0 : r < 0.35 ? 0 : r < 0.80 ? 1 : 2;
		for (int i = 0; i < calls; i++) {
			Callable callee = pool.get(random.nextInt(pool.size()));
			terms.add(callee.type().fold(callee.call(argument()), random.nextInt(2)));
			callee.roots().forEach(user::use);
			imports.addAll(callee.imports());
		}
		if (calls == 0) {
			terms.add("x * " + bodies.k(2, 19) + " + " + bodies.k(1, 60));
		}
		List<ModuleSpec.ConstantRef> constants = constantPool(module);
		if (!constants.isEmpty() && random.nextDouble() < 0.22) {
			ModuleSpec.ConstantRef ref = constants.get(random.nextInt(constants.size()));
			terms.add(ref.expression());
			user.use(ref.node());
			imports.add(ref.imported());
		}
		if (field != null) {
			terms.add(field);
		}
		return String.join(random.nextBoolean() ? " + " : " ^ ", terms);
	}

	private String argument() {
		return switch (random.nextInt(4)) {
			case 0 -> "x";
			case 1 -> "x + " + bodies.k(1, 9);
			case 2 -> "x * " + bodies.k(2, 5);
			default -> "x - " + bodies.k(1, 9);
		};
	}

	private List<Callable> callPool(ModuleSpec module) {
		List<Callable> pool = new ArrayList<>(module.callables);
		module.dependencies.forEach(d -> pool.addAll(d.callables));
		return pool;
	}

	private List<ModuleSpec.ConstantRef> constantPool(ModuleSpec module) {
		List<ModuleSpec.ConstantRef> pool = new ArrayList<>(module.constants);
		module.dependencies.forEach(d -> pool.addAll(d.constants));
		return pool;
	}

	private ValueType randomType() {
		double r = random.nextDouble();
		return r < 0.45 ? ValueType.INT : r < 0.60 ? ValueType.LONG : r < 0.85 ? ValueType.STRING : ValueType.LIST;
	}

	/** A method whose text ends in {@code return result;}: it can be broken, or refactored without effect. */
	void editableMethod(String file, Node node, String text, ValueType type, String label) {
		int at = text.lastIndexOf(Bodies.RETURN);
		String broken = text.substring(0, at) + Bodies.breakingLine(type) + text.substring(at);
		String refactored = text.substring(0, at) + Bodies.refactoredReturn() + text.substring(at + Bodies.RETURN.length());
		sites.add(new EditSite(EditSite.BODY_BREAK, node, file, text, broken, label + ": result changed"));
		sites.add(new EditSite(EditSite.REFACTOR, node, file, text, refactored,
			label + ": explaining variable introduced (same result)"));
	}
}
