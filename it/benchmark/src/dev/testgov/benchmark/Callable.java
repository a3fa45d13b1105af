package dev.testgov.benchmark;

import java.util.List;
import java.util.Set;

/**
 * An expression that computes a value from one int argument, e.g. {@code PriceRules.score(%s)} or
 * {@code new ExpressShipment().cost(%s)}: what production code and tests call.
 *
 * @param template the expression with {@code %s} where the argument goes
 * @param type what it returns
 * @param roots the nodes it runs (their uses run too)
 * @param imports fully qualified classes the expression names
 * @param module the index of the module that defines it
 * @param member the implementation or subclass it exercises, for grouping tests in nested classes; null if none
 */
record Callable(String template, ValueType type, List<Node> roots, Set<String> imports, int module, String member) {

	Callable(String template, ValueType type, List<Node> roots, Set<String> imports, int module) {
		this(template, type, roots, imports, module, null);
	}

	String call(String argument) {
		return template.replace("%s", argument);
	}
}
