package dev.testgov.maven.internal.prepare;

import static dev.testgov.maven.internal.prepare.PrepareMessages.BUILT_IN_NAME;
import static dev.testgov.maven.internal.prepare.PrepareMessages.DUPLICATE_NAME;
import static dev.testgov.maven.internal.prepare.PrepareMessages.EMPTY_SET;
import static dev.testgov.maven.internal.prepare.PrepareMessages.INVALID_NAME;
import static dev.testgov.maven.internal.prepare.PrepareMessages.INVALID_TAG;
import static dev.testgov.maven.internal.prepare.PrepareMessages.UNKNOWN_SET;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.testgov.junit.Gate;
import dev.testgov.maven.GateSet;

/**
 * The gate sets a build can choose with {@code -Dtestgov.gates}: the built-in ones and the project's own.
 *
 * <ul>
 * <li>{@code fast}: leaves out {@code requires_docker}, {@code live_api} and {@code manual} tests;</li>
 * <li>{@code docker}: fast plus Docker, leaving out {@code live_api} and {@code manual};</li>
 * <li>{@code live}: only {@code live_api} tests;</li>
 * <li>{@code manual}: only {@code manual} tests, opted in;</li>
 * <li>{@code all}: no tag filtering; every gate decides at run time and says why it skipped.</li>
 * </ul>
 */
final class GateSets {

	static final String ALL = "all";
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

	private final Map<String, GateSelection> sets = new LinkedHashMap<>();

	private GateSets() {
		String docker = Gate.REQUIRES_DOCKER.tag();
		String live = Gate.LIVE_API.tag();
		String manual = Gate.MANUAL.tag();
		add(new GateSelection("fast", List.of(), List.of(docker, live, manual), false));
		add(new GateSelection("docker", List.of(), List.of(live, manual), false));
		add(new GateSelection("live", List.of(live), List.of(), false));
		add(new GateSelection("manual", List.of(manual), List.of(), true));
		add(new GateSelection(ALL, List.of(), List.of(), false));
	}

	private void add(GateSelection selection) {
		sets.put(selection.name(), selection);
	}

	/**
	 * The built-in sets and the project's, validated.
	 *
	 * @throws IllegalArgumentException for an invalid, duplicated or empty set or a bad tag expression
	 */
	static GateSets of(List<GateSet> projectSets) {
		GateSets gateSets = new GateSets();
		List<String> builtIn = new ArrayList<>(gateSets.sets.keySet());
		for (GateSet set : projectSets == null ? List.<GateSet> of() : projectSets) {
			String name = set.getName() == null ? "" : set.getName().trim();
			if (!NAME.matcher(name).matches()) {
				throw new IllegalArgumentException(String.format(INVALID_NAME, name));
			}
			if (builtIn.contains(name)) {
				throw new IllegalArgumentException(String.format(BUILT_IN_NAME, name));
			}
			if (gateSets.sets.containsKey(name)) {
				throw new IllegalArgumentException(String.format(DUPLICATE_NAME, name));
			}
			gateSets.add(selection(name, set));
		}
		return gateSets;
	}

	private static GateSelection selection(String name, GateSet set) {
		List<String> include = canonical(name, "includeTags", set.getIncludeTags());
		List<String> exclude = canonical(name, "excludeTags", set.getExcludeTags());
		if (include.isEmpty() && exclude.isEmpty()) {
			throw new IllegalArgumentException(String.format(EMPTY_SET, name));
		}
		return new GateSelection(name, include, exclude, set.isManual());
	}

	private static List<String> canonical(String name, String element, List<String> expressions) {
		List<String> canonical = new ArrayList<>();
		for (String expression : expressions) {
			try {
				canonical.add(TagExpression.canonical(expression));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(String.format(INVALID_TAG, name, expression, element, e.getMessage()), e);
			}
		}
		return canonical;
	}

	/**
	 * The set of this name.
	 *
	 * @throws IllegalArgumentException listing the known sets when there is none
	 */
	GateSelection named(String name) {
		String key = name == null || name.isBlank() ? ALL : name.trim();
		GateSelection selection = sets.get(key);
		if (selection == null) {
			throw new IllegalArgumentException(String.format(UNKNOWN_SET, key, sets.keySet()));
		}
		return selection;
	}
}
