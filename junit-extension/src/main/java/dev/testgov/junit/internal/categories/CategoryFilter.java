package dev.testgov.junit.internal.categories;

import java.util.Optional;

import dev.testgov.junit.GateConfigurationException;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Deselects tests by category ({@code -Dtestgov.categories}) at discovery, as Surefire's {@code groups}
 * deselects by tag. Registered through {@code META-INF/services}, so the stock Surefire and Failsafe JUnit
 * Platform providers apply it.
 *
 * <p>A no-op when {@code testgov.categories} is unset or blank, apart from validating
 * {@code testgov.categoryPatterns} if that is set. Misconfiguration fails discovery with a
 * {@link GateConfigurationException}. Tests without a class or method source (other engines' files,
 * for instance) are kept. Stateless apart from the rules' caches: safe on any thread.
 */
public class CategoryFilter implements PostDiscoveryFilter {

	private static final FilterResult KEPT = FilterResult.included("selected by testgov.categories");

	@Override
	public FilterResult apply(TestDescriptor descriptor) {
		Optional<String> expression = DiscoveryParameters.get(CategorySelection.PARAMETER).filter(value -> !value.isBlank());
		Optional<String> patterns = DiscoveryParameters.get(CategoryRules.PATTERNS_PARAMETER);
		if (expression.isEmpty() && patterns.isEmpty()) {
			return KEPT;
		}
		CategoryRules rules;
		CategorySelection selection;
		try {
			rules = CategoryRules.of(patterns.orElse(null));
			selection = expression.isEmpty() ? null : CategorySelection.parse(expression.get(), rules);
		}
		catch (IllegalArgumentException e) {
			throw new GateConfigurationException(e.getMessage(), e);
		}
		Optional<String> className = className(descriptor.getSource());
		if (selection == null || className.isEmpty()) {
			return KEPT;
		}
		if (selection.selects(rules.categoriesOf(className.get()))) {
			return KEPT;
		}
		return FilterResult.excluded("categories " + rules.categoriesOf(className.get()) + " are not selected by "
				+ CategorySelection.PARAMETER + "=[" + selection + "]");
	}

	/** The class a test or container belongs to, by binary name. */
	public static Optional<String> className(Optional<TestSource> source) {
		return source.map(value -> {
			if (value instanceof MethodSource) {
				return ((MethodSource) value).getClassName();
			}
			return value instanceof ClassSource ? ((ClassSource) value).getClassName() : null;
		});
	}
}
