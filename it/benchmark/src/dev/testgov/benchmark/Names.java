package dev.testgov.benchmark;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/** Domain-flavoured names, unique where Java needs them to be: class names across the project, methods per class. */
final class Names {

	static final List<String> MODULES = List.of("common", "money", "text", "catalog", "pricing", "inventory",
		"orders", "billing", "shipping", "customers", "reporting", "notifications", "search", "scheduling", "audit",
		"returns", "loyalty", "payments", "warehouse", "analytics");

	private static final List<String> NOUNS = List.of("Price", "Tax", "Stock", "Route", "Score", "Ledger", "Rate",
		"Quota", "Batch", "Token", "Label", "Parcel", "Invoice", "Signal", "Metric", "Grade", "Range", "Window",
		"Order", "Cart", "Coupon", "Fee", "Slot", "Tier", "Zone", "Channel", "Budget", "Margin", "Refund", "Rebate",
		"Credit", "Payment", "Balance", "Ticket", "Voucher", "Shelf", "Pallet", "Carrier", "Depot", "Lane", "Season",
		"Shift", "Quote", "Bid", "Lot", "Bundle", "Offer", "Plan", "Alert", "Review", "Rating", "Digest", "Entry",
		"Account", "Member", "Profile", "Segment", "Basket", "Crate", "Fleet", "Claim", "Deposit", "Levy", "Duty");
	private static final List<String> UTIL_SUFFIXES = List.of("Calculator", "Rules", "Formatter", "Helper", "Policy",
		"Estimator", "Normalizer", "Planner", "Checker", "Codec", "Support", "Analyzer", "Validator", "Converter");
	private static final List<String> ADJECTIVES = List.of("Flat", "Linear", "Capped", "Tiered", "Seasonal",
		"Rounded", "Weighted", "Stepped", "Express", "Ground", "Bulk", "Fragile", "Priority", "Economy", "Standard",
		"Overnight", "Regional", "Local");
	private static final List<String> STRATEGY_SUFFIXES = List.of("Strategy", "Scheme", "Rule", "Model");

	static final List<String> INT_METHODS = List.of("score", "weight", "rank", "adjust", "bucket", "quota",
		"checksum", "offset", "level", "priority", "span", "steps", "cost", "limit", "margin");
	static final List<String> LONG_METHODS = List.of("total", "product", "accumulate", "hash", "volume", "capacity");
	static final List<String> STRING_METHODS = List.of("label", "format", "code", "describe", "normalize",
		"abbreviate", "tag", "slug", "render", "summary");
	static final List<String> LIST_METHODS = List.of("spread", "split", "series", "partition", "digits", "slots",
		"breakdown", "sample");

	private final Random random;
	private final Set<String> classes = new HashSet<>();

	Names(Random random) {
		this.random = random;
	}

	String utilClass() {
		return fresh(() -> pick(NOUNS) + pick(UTIL_SUFFIXES));
	}

	String noun() {
		return pick(NOUNS);
	}

	/**
	 * A name from {@code candidates} that is still free, trying a few before falling back to a numbered one: real
	 * code bases reuse words, but rarely as {@code Zone2}.
	 */
	String fresh(Supplier<String> candidates) {
		String candidate = candidates.get();
		for (int attempt = 0; attempt < 12 && classes.contains(candidate); attempt++) {
			candidate = candidates.get();
		}
		return unique(candidate);
	}

	String strategySuffix() {
		return pick(STRATEGY_SUFFIXES);
	}

	String adjective() {
		return pick(ADJECTIVES);
	}

	/** The name itself when free, else with the smallest number that makes it unique. */
	String unique(String name) {
		String candidate = name;
		for (int n = 2; classes.contains(candidate); n++) {
			candidate = name + n;
		}
		classes.add(candidate);
		return candidate;
	}

	boolean taken(String name) {
		return classes.contains(name);
	}

	String method(ValueType type, Set<String> used) {
		List<String> pool = switch (type) {
			case INT -> INT_METHODS;
			case LONG -> LONG_METHODS;
			case STRING -> STRING_METHODS;
			case LIST -> LIST_METHODS;
		};
		String base = pick(pool);
		String candidate = base;
		for (int n = 2; used.contains(candidate); n++) {
			candidate = base + n;
		}
		used.add(candidate);
		return candidate;
	}

	<T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	static String module(int index) {
		String base = MODULES.get(index % MODULES.size());
		int round = index / MODULES.size();
		return round == 0 ? base : base + (round + 1);
	}

	static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}
}
