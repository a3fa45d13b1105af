package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.testgov.benchmark.TestClassSpec.Check;
import dev.testgov.benchmark.TestClassSpec.Kind;
import dev.testgov.benchmark.TestClassSpec.Method;

/**
 * Plans a module's tests: a test class per unit of production code (implementations and subclasses in @Nested
 * classes), and a flow test class that calls across modules. A module's budget of test executions is shared out
 * unevenly between its classes and met exactly.
 */
final class TestPlanner {
	private final Random random;

	TestPlanner(Random random) {
		this.random = random;
	}

	List<TestClassSpec> plan(ModuleSpec module, int budget, List<Callable> reachable) {
		List<TestClassSpec> classes = new ArrayList<>();
		List<List<Callable>> targets = new ArrayList<>();
		for (ModuleSpec.Unit unit : module.units) {
			classes.add(new TestClassSpec(module, unit.name() + "Test"));
			targets.add(unit.callables());
		}
		String flow = Character.toUpperCase(module.name.charAt(0)) + module.name.substring(1) + "FlowTests";
		classes.add(new TestClassSpec(module, flow));
		List<Callable> flowTargets = new ArrayList<>(reachable);
		Collections.shuffle(flowTargets, random);
		targets.add(flowTargets.subList(0, Math.min(10, flowTargets.size())));
		while (classes.size() > Math.max(1, budget)) {
			classes.remove(0);
			targets.remove(0);
		}
		int[] shares = shares(budget, classes.size());
		for (int i = 0; i < classes.size(); i++) {
			fill(classes.get(i), targets.get(i), shares[i], reachable, i == classes.size() - 1);
		}
		return classes;
	}

	/** Uneven shares (weights 0.3-2.3) of {@code budget}, each at least 1, summing to exactly {@code budget}. */
	private int[] shares(int budget, int count) {
		double[] weights = new double[count];
		double sum = 0;
		for (int i = 0; i < count; i++) {
			weights[i] = 0.3 + 2 * random.nextDouble();
			sum += weights[i];
		}
		int[] shares = new int[count];
		int given = 0;
		for (int i = 0; i < count; i++) {
			shares[i] = Math.max(1, (int) Math.floor((budget - count) * weights[i] / sum) + 1);
			given += shares[i];
		}
		shares[count - 1] += budget - given;
		return shares;
	}

	private void fill(TestClassSpec spec, List<Callable> targets, int budget, List<Callable> reachable, boolean flow) {
		if (random.nextDouble() < 0.15) {
			Callable source = reachable.get(random.nextInt(reachable.size()));
			spec.fixture = new TestClassSpec.Fixture(
				"Math.floorMod(" + source.type().fold(source.call("7"), 1) + ", 10)", source);
		}
		boolean negativesNested = !flow && random.nextDouble() < 0.3;
		Set<String> names = new HashSet<>();
		int remaining = budget;
		for (int round = 0; remaining > 0; round++) {
			Callable target = targets.get(round % targets.size());
			Kind kind = flow ? Kind.PLAIN : kind(target.type(), remaining);
			Method method = method(spec, target, kind, remaining, names, flow ? targets : List.of(target));
			String group = target.member() != null ? "For" + target.member()
				: negativesNested && method.kind == Kind.PLAIN && method.checks.get(0).argument < 0 ? "WithNegativeInputs" : "";
			spec.group(group).add(method);
			remaining -= method.executions();
		}
	}

	private Kind kind(ValueType type, int remaining) {
		double r = random.nextDouble();
		boolean rows = remaining >= 3 && type != ValueType.LIST;
		if (rows && r < 0.20) {
			return Kind.CSV;
		}
		if (rows && r < 0.34) {
			return Kind.VALUES;
		}
		if (rows && r < 0.41) {
			return Kind.CSV_FILE;
		}
		if (type == ValueType.STRING && r < 0.45) {
			return Kind.GOLDEN;
		}
		if (r > 0.985) {
			return Kind.STRESS;
		}
		return Kind.PLAIN;
	}

	private Method method(TestClassSpec spec, Callable target, Kind kind, int remaining, Set<String> names,
			List<Callable> others) {
		boolean offset = spec.fixture != null && random.nextBoolean();
		List<Check> checks = new ArrayList<>();
		switch (kind) {
			case CSV, VALUES, CSV_FILE -> {
				int rows = Math.min(remaining, kind == Kind.VALUES ? 3 + random.nextInt(4) : 3 + random.nextInt(6));
				distinctArguments(rows).forEach(a -> checks.add(new Check(target, a, offset)));
			}
			case STRESS -> checks.add(new Check(target, 200 + random.nextInt(600), offset));
			case GOLDEN -> checks.add(new Check(target, argument(), offset));
			case PLAIN -> {
				checks.add(new Check(target, argument(), offset));
				if (random.nextDouble() < 0.35) {
					Callable other = others.get(random.nextInt(others.size()));
					checks.add(new Check(other, argument(), offset));
				}
			}
		}
		int first = checks.get(0).argument;
		String name = methodName(target) + (kind == Kind.PLAIN ? "Of" + (first < 0 ? "Minus" + -first : first) : suffix(kind));
		Method method = new Method(unique(name, names), kind);
		method.checks.addAll(checks);
		return method;
	}

	private static String suffix(Kind kind) {
		return switch (kind) {
			case CSV -> "Cases";
			case VALUES -> "MatchesKnownValues";
			case CSV_FILE -> "CasesFromFile";
			case GOLDEN -> "MatchesGoldenFile";
			case STRESS -> "OverManyInputs";
			default -> "";
		};
	}

	/** The method the callable ends in: {@code score} for {@code PriceRules.score(%s)}. */
	private static String methodName(Callable target) {
		String t = target.template();
		String head = t.substring(0, t.lastIndexOf('('));
		return head.substring(head.lastIndexOf('.') + 1);
	}

	private static String unique(String name, Set<String> names) {
		String candidate = name;
		for (int n = 2; !names.add(candidate); n++) {
			candidate = name + n;
		}
		return candidate;
	}

	private List<Integer> distinctArguments(int count) {
		Set<Integer> seen = new LinkedHashSet<>();
		while (seen.size() < count) {
			seen.add(argument());
		}
		return new ArrayList<>(seen);
	}

	private int argument() {
		return random.nextDouble() < 0.2 ? -1 - random.nextInt(30) : random.nextInt(150);
	}
}
