package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A planned test class: its methods, grouped into @Nested classes where that reads naturally, and its fixture. */
final class TestClassSpec {
	final ModuleSpec module;
	final String name;
	/** An int computed once in @BeforeAll from production code; some checks add it to their argument. */
	Fixture fixture;
	final Map<String, List<Method>> groups = new LinkedHashMap<>();
	final Set<String> imports = new TreeSet<>();

	TestClassSpec(ModuleSpec module, String name) {
		this.module = module;
		this.name = name;
	}

	String fqcn() {
		return module.pkg + "." + name;
	}

	/** Methods of the class itself are in group "", those of a nested class under its name. */
	List<Method> group(String nested) {
		return groups.computeIfAbsent(nested, k -> new ArrayList<>());
	}

	List<Method> methods() {
		List<Method> all = new ArrayList<>();
		groups.values().forEach(all::addAll);
		return all;
	}

	String testId(String nested, Method method) {
		return fqcn() + (nested.isEmpty() ? "" : "$" + nested) + "#" + method.name;
	}

	record Fixture(String expression, Callable callable) {
	}

	enum Kind {
		PLAIN, CSV, VALUES, CSV_FILE, GOLDEN, STRESS
	}

	static final class Method {
		final String name;
		final Kind kind;
		final List<Check> checks = new ArrayList<>();
		int sleepMillis;
		String resourceFile;
		Node resource;

		Method(String name, Kind kind) {
			this.name = name;
			this.kind = kind;
		}

		int executions() {
			return switch (kind) {
				case CSV, VALUES, CSV_FILE -> checks.size();
				default -> 1;
			};
		}

		ValueType type() {
			return kind == Kind.STRESS ? ValueType.LONG : checks.get(0).callable().type();
		}
	}

	/**
	 * One assertion: {@code callable} applied to {@code argument} (plus the fixture's offset if {@code offset}),
	 * whose result the generator computes by running the code. A stress check sums the folded results over
	 * {@code argument} iterations instead.
	 */
	static final class Check {
		private final Callable callable;
		final int argument;
		final boolean offset;
		Object value;

		Check(Callable callable, int argument, boolean offset) {
			this.callable = callable;
			this.argument = argument;
			this.offset = offset;
		}

		Callable callable() {
			return callable;
		}

		String call(String variable) {
			return callable.call(offset ? variable + " + offset" : variable);
		}

		String stressLoop() {
			return "        long total = 0;\n        for (int i = 0; i < " + argument + "; i++) {\n            total += "
				+ callable.type().fold(call("i % 97"), 0) + ";\n        }\n";
		}
	}
}
