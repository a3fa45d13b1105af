package dev.testgov.junit.internal.categories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one place that says which categories a test class belongs to, from where it lives: its package and
 * its name. The category filter selects with it and the outcome recorder records it.
 *
 * <p>A class's categories are those of every pattern its top-level class matches — the user's patterns
 * ({@code testgov.categoryPatterns}) and the defaults alike. A class that no pattern matches is
 * <em>uncategorised</em>: it has no category, and {@code testgov.categories} selects it by the name
 * {@value #UNCATEGORISED}. A nested class has its top-level class's categories, plus those of patterns
 * matching its own binary name ({@code com.acme.OrderTest$Slow}).
 *
 * <p>Plain Java, no JUnit: the Maven plugin validates its configuration with the same code. Instances are
 * immutable, cached per pattern setting, and safe to share between threads.
 */
public final class CategoryRules {

	/** The configuration parameter or system property holding the user's patterns. */
	public static final String PATTERNS_PARAMETER = "testgov.categoryPatterns";

	/** The name that selects tests no pattern matches. */
	public static final String UNCATEGORISED = "uncategorised";

	/** The built-in patterns, in the syntax of {@value #PATTERNS_PARAMETER}. */
	public static final String DEFAULT_PATTERNS = "**.unit.**=unit; **.integration.**=integration;"
			+ " **.*IT=integration; **.*ITCase=integration; **.*IntegrationTest=integration;"
			+ " **.*IntegrationTests=integration; **.e2e.**=e2e,slow; **.performance.**=performance,slow;"
			+ " **.perf.**=performance,slow; **.manual.**=manual";

	private static final List<CategoryPattern> DEFAULTS = parseAll(DEFAULT_PATTERNS, "default category patterns");
	private static final ConcurrentMap<String, CategoryRules> CACHE = new ConcurrentHashMap<>();

	private final String setting;
	private final List<CategoryPattern> patterns;
	private final Set<String> known;
	private final ConcurrentMap<String, Set<String>> byClass = new ConcurrentHashMap<>();

	private CategoryRules(String setting, List<CategoryPattern> patterns) {
		this.setting = setting;
		this.patterns = patterns;
		this.known = Collections.unmodifiableSet(new TreeSet<>(CategoryPattern.namesIn(patterns)));
	}

	/**
	 * The rules for a {@value #PATTERNS_PARAMETER} setting; {@code null} or blank means the defaults alone.
	 *
	 * @throws IllegalArgumentException naming the malformed entry
	 */
	public static CategoryRules of(String userPatterns) {
		String key = userPatterns == null ? "" : userPatterns.trim();
		CategoryRules cached = CACHE.get(key);
		if (cached != null) {
			return cached;
		}
		List<CategoryPattern> patterns = new ArrayList<>(parseAll(key, PATTERNS_PARAMETER));
		patterns.addAll(DEFAULTS);
		return CACHE.computeIfAbsent(key, ignored -> new CategoryRules(key, List.copyOf(patterns)));
	}

	private static List<CategoryPattern> parseAll(String patterns, String source) {
		List<CategoryPattern> parsed = new ArrayList<>();
		for (String entry : CategoryPattern.entries(patterns)) {
			parsed.add(CategoryPattern.parse(entry, source));
		}
		return parsed;
	}

	/** The categories of a class, by binary name ({@code com.acme.unit.MathTest$Nested}); sorted, maybe empty. */
	public Set<String> categoriesOf(String className) {
		Set<String> cached = byClass.get(className);
		return cached != null ? cached : byClass.computeIfAbsent(className, this::resolveWithTopLevel);
	}

	private Set<String> resolveWithTopLevel(String className) {
		String topLevel = topLevel(className);
		if (topLevel.equals(className)) {
			return resolve(className);
		}
		Set<String> categories = new TreeSet<>(resolve(topLevel));
		categories.addAll(resolve(className));
		return Collections.unmodifiableSet(categories);
	}

	private Set<String> resolve(String className) {
		Set<String> categories = new TreeSet<>();
		for (CategoryPattern pattern : patterns) {
			if (pattern.matches(className)) {
				categories.addAll(pattern.categories());
			}
		}
		return Collections.unmodifiableSet(categories);
	}

	private static String topLevel(String className) {
		int dollar = className.indexOf('$', className.lastIndexOf('.') + 1);
		return dollar < 0 ? className : className.substring(0, dollar);
	}

	/** The user's pattern setting these rules were made from, trimmed; empty for the defaults alone. */
	String setting() {
		return setting;
	}

	/** Every category some pattern defines, sorted. */
	public Set<String> knownCategories() {
		return known;
	}
}
