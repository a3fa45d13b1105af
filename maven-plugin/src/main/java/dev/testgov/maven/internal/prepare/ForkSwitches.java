package dev.testgov.maven.internal.prepare;

import static dev.testgov.maven.internal.prepare.PrepareMessages.INVALID_CATEGORIES;
import static dev.testgov.maven.internal.prepare.PrepareMessages.UNKNOWN_STRICT_GATE;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.testgov.junit.Gate;
import dev.testgov.junit.internal.categories.CategoryRules;
import dev.testgov.junit.internal.categories.CategorySelection;

/**
 * The {@code -Dtestgov.*} switches the test JVM needs from the plugin configuration, validated and written
 * without whitespace. A switch is made only for a setting that changes something: strict mode and categories
 * when set, manual opt-in when true, the output directory when it is not the extension's own default — so an
 * unset parameter never overrides {@code TESTGOV_STRICT} or {@code RUN_MANUAL_TESTS} in the fork.
 */
final class ForkSwitches {

	static final String STRICT = "testgov.strict";
	static final String MANUAL = "testgov.manual";
	static final String CATEGORIES = CategorySelection.PARAMETER;
	static final String PATTERNS = CategoryRules.PATTERNS_PARAMETER;
	static final String OUTPUT_DIRECTORY = "testgov.outputDirectory";
	static final List<String> KEYS = List.of(STRICT, MANUAL, CATEGORIES, PATTERNS, OUTPUT_DIRECTORY);
	private static final Set<String> STRICT_WORDS = Set.of("all", "none", "true", "false");

	private ForkSwitches() {
	}

	/**
	 * The switches, in a fixed order.
	 *
	 * @throws IllegalArgumentException for an unknown strict gate, an unknown category or a malformed pattern
	 */
	static List<ForkSwitch> of(PrepareSettings settings, GateSelection selection) {
		List<ForkSwitch> switches = new ArrayList<>();
		if (isSet(settings.strict())) {
			String strict = strict(settings.strict());
			switches.add(new ForkSwitch(STRICT, strict, "<strict>" + strict + "</strict>"));
		}
		if (selection.optsManualIn()) {
			switches.add(new ForkSwitch(MANUAL, "true", "gate set [" + selection.name() + "]"));
		}
		else if (settings.manual()) {
			switches.add(new ForkSwitch(MANUAL, "true", "<manual>true</manual>"));
		}
		categories(settings, switches);
		File output = settings.outputDirectory();
		if (output != null && !output.getAbsoluteFile().equals(settings.defaultOutputDirectory().getAbsoluteFile())) {
			switches.add(new ForkSwitch(OUTPUT_DIRECTORY, output.getAbsolutePath(),
				"<outputDirectory>" + output + "</outputDirectory>"));
		}
		return switches;
	}

	private static void categories(PrepareSettings settings, List<ForkSwitch> switches) {
		String patterns = isSet(settings.categoryPatterns()) ? patterns(settings.categoryPatterns()) : null;
		try {
			CategoryRules rules = CategoryRules.of(patterns);
			if (isSet(settings.categories())) {
				String categories = settings.categories().replaceAll("\\s", "");
				CategorySelection.parse(categories, rules);
				switches.add(new ForkSwitch(CATEGORIES, categories, "<categories>" + categories + "</categories>"));
			}
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(String.format(INVALID_CATEGORIES, e.getMessage()), e);
		}
		if (patterns != null) {
			switches.add(new ForkSwitch(PATTERNS, patterns, "<categoryPatterns>" + patterns + "</categoryPatterns>"));
		}
	}

	private static String patterns(String patterns) {
		return Arrays.stream(patterns.split(";"))
			.map(entry -> entry.replaceAll("\\s", ""))
			.filter(entry -> !entry.isEmpty())
			.collect(Collectors.joining(";"));
	}

	private static String strict(String value) {
		String strict = value.replaceAll("\\s", "");
		for (String name : strict.split(",")) {
			if (!name.isEmpty() && !STRICT_WORDS.contains(name) && Gate.ofTag(name).isEmpty()) {
				String known = Arrays.stream(Gate.values()).map(Gate::tag).collect(Collectors.joining(", "));
				throw new IllegalArgumentException(String.format(UNKNOWN_STRICT_GATE, value.strip(), name, known));
			}
		}
		return strict;
	}

	private static boolean isSet(String value) {
		return value != null && !value.isBlank();
	}
}
