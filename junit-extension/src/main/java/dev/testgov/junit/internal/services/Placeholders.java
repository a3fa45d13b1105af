package dev.testgov.junit.internal.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.testgov.junit.internal.Environment;

/**
 * Resolves {@code ${VAR}} and {@code ${VAR:-default}} in probe addresses from system properties or
 * environment variables; as in a shell, the default also replaces a blank value.
 */
public final class Placeholders {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
	private static final Pattern EXPRESSION = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)(?::-(.*))?");
	private static final String SYNTAX = "write ${VAR} or ${VAR:-default}";

	private Placeholders() {
	}

	/** Rejects an unclosed placeholder or one that names no variable. */
	static void validate(String service, String attribute, String template) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		while (matcher.find()) {
			if (!EXPRESSION.matcher(matcher.group(1)).matches()) {
				throw ProbeTargets.invalid(service, attribute, template,
					"placeholder [" + matcher.group() + "] does not name a variable; " + SYNTAX);
			}
		}
		if (matcher.replaceAll("").contains("${")) {
			throw ProbeTargets.invalid(service, attribute, template, "a placeholder is not closed; " + SYNTAX);
		}
	}

	/** Whether the value holds a placeholder, so it can be checked completely only once resolved. */
	static boolean present(String template) {
		return PLACEHOLDER.matcher(template).find();
	}

	/** Substitutes every placeholder, or says which variables are missing. */
	static Resolution resolve(String template, Environment environment) {
		List<String> missing = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			Matcher expression = EXPRESSION.matcher(matcher.group(1));
			expression.matches();
			String name = expression.group(1);
			Optional<String> value = environment.parameterOrVariable(name).filter(v -> !v.isBlank());
			if (value.isEmpty() && expression.group(2) == null) {
				missing.add(MissingItems.variable(name, environment.parameterOrVariable(name).isPresent()));
			}
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(value.orElse(
				expression.group(2) == null ? "" : expression.group(2))));
		}
		matcher.appendTail(resolved);
		return new Resolution(missing.isEmpty() ? resolved.toString() : null, missing);
	}

	/** A resolved value, or the variables that kept it from resolving. */
	record Resolution(String value, List<String> missing) {

		boolean isResolved() {
			return missing.isEmpty();
		}
	}
}
