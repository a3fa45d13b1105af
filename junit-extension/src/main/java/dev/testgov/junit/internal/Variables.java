package dev.testgov.junit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.testgov.junit.GateConfigurationException;

/**
 * Checks named prerequisites — each an environment variable or a system property — and reports which are
 * absent or blank. Values are read only to test for blankness; they never leave this class.
 */
public final class Variables {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

	private final List<String> absent;
	private final List<String> blank;

	private Variables(List<String> absent, List<String> blank) {
		this.absent = absent;
		this.blank = blank;
	}

	/**
	 * Validates the names declared in {@code attribute} and checks each one.
	 *
	 * @throws GateConfigurationException for a blank, malformed or duplicated name
	 */
	public static Variables check(String attribute, List<String> names, Environment environment) {
		validate(attribute, names);
		List<String> absent = new ArrayList<>();
		List<String> blank = new ArrayList<>();
		for (String name : names) {
			Optional<String> value = environment.parameterOrVariable(name);
			if (value.isEmpty()) {
				absent.add(name);
			}
			else if (value.get().isBlank()) {
				blank.add(name);
			}
		}
		return new Variables(absent, blank);
	}

	/** Rejects blank, malformed and duplicated names, naming the attribute and the bad value. */
	public static void validate(String attribute, List<String> names) {
		Set<String> seen = new LinkedHashSet<>();
		for (String name : names) {
			if (name == null || name.isBlank()) {
				throw new GateConfigurationException(String.format(
					"%s contains a blank variable name [%s]; name an environment variable or system property", attribute,
					name == null ? "null" : name));
			}
			if (!NAME.matcher(name).matches()) {
				throw new GateConfigurationException(String.format(
					"%s contains an invalid variable name [%s]; names are letters, digits, '_', '.' or '-', not starting with a digit",
					attribute, name));
			}
			if (!seen.add(name)) {
				throw new GateConfigurationException(
					String.format("%s names the variable [%s] twice; list each variable once", attribute, name));
			}
		}
	}

	/** Whether every variable is set to a non-blank value. */
	public boolean allPresent() {
		return absent.isEmpty() && blank.isEmpty();
	}

	/**
	 * The missing variables as one fact, e.g. {@code environment variables or system properties [A, B] are not set
	 * and [C] is blank}; the noun agrees with the first list, each verb with its own.
	 */
	public String describeMissing() {
		List<String> parts = new ArrayList<>();
		if (!absent.isEmpty()) {
			parts.add(bracket(absent) + (absent.size() == 1 ? " is not set" : " are not set"));
		}
		if (!blank.isEmpty()) {
			parts.add(bracket(blank) + (blank.size() == 1 ? " is blank" : " are blank"));
		}
		int first = absent.isEmpty() ? blank.size() : absent.size();
		return subject(first) + String.join(" and ", parts);
	}

	/** {@code it} when one variable is missing, {@code them} when several are: "set it to run this test". */
	public String pronoun() {
		return absent.size() + blank.size() == 1 ? "it" : "them";
	}

	/** The variables as a fact of an open gate: {@code environment variable or system property [A] is set}. */
	public static String describeSet(List<String> names) {
		return subject(names.size()) + bracket(names) + (names.size() == 1 ? " is set" : " are set");
	}

	private static String subject(int count) {
		return count == 1 ? "environment variable or system property " : "environment variables or system properties ";
	}

	/** Each missing variable on its own, for the services API. */
	public List<String> missingItems() {
		List<String> items = new ArrayList<>();
		absent.forEach(name -> items.add("environment variable or system property [" + name + "] is not set"));
		blank.forEach(name -> items.add("environment variable or system property [" + name + "] is blank"));
		return items;
	}

	private static String bracket(List<String> names) {
		return "[" + String.join(", ", names) + "]";
	}
}
