package dev.testgov.maven.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Answers "what does the store know" about one test or one class, for a goal that explains selection.
 */
public final class StoreQuery {

	private final Store store;

	public StoreQuery(Store store) {
		this.store = store;
	}

	/**
	 * The tests a selector names: a unique id (and every test below it, so a class's or a template's id
	 * names all its tests), or {@code Class#method} where the class is a binary or simple name, the method
	 * part is optional, and {@code *} matches any characters in either.
	 */
	public List<TestRecord> tests(String selector) {
		if (selector.startsWith("[")) {
			return store.tests().values().stream().filter(test -> UniqueIds.isWithin(test.uniqueId(), selector)).toList();
		}
		int hash = selector.indexOf('#');
		Pattern classPattern = glob(hash < 0 ? selector : selector.substring(0, hash));
		Pattern methodPattern = glob(hash < 0 ? "*" : selector.substring(hash + 1));
		List<TestRecord> matches = new ArrayList<>();
		for (TestRecord test : store.tests().values()) {
			if (classMatches(classPattern, test.className()) && methodPattern.matcher(test.methodName()).matches()) {
				matches.add(test);
			}
		}
		return matches;
	}

	/** A class by binary ({@code com.acme.Foo$Inner}) or JVM name: its record and every test that executed it. */
	public Optional<ClassUsage> classUsage(String className) {
		String name = className.replace('.', '/');
		ClassRecord record = store.classes().get(name);
		if (record == null) {
			return Optional.empty();
		}
		SortedMap<String, MethodSet> tests = new TreeMap<>();
		for (TestRecord test : store.tests().values()) {
			test.parts().stream().map(part -> part.classes().get(name)).filter(Objects::nonNull).reduce(MethodSet::union)
				.ifPresent(used -> tests.put(test.uniqueId(), used));
		}
		return Optional.of(new ClassUsage(record, tests));
	}

	/**
	 * A class and the tests that executed it.
	 *
	 * @param tests unique ids of tests to the methods of the class each executed
	 */
	public record ClassUsage(ClassRecord record, SortedMap<String, MethodSet> tests) {
	}

	private static boolean classMatches(Pattern pattern, String className) {
		int simple = Math.max(className.lastIndexOf('.'), className.lastIndexOf('$'));
		return pattern.matcher(className).matches() || pattern.matcher(className.substring(simple + 1)).matches();
	}

	private static Pattern glob(String glob) {
		StringBuilder regex = new StringBuilder();
		String[] parts = glob.split("\\*", -1);
		for (int i = 0; i < parts.length; i++) {
			regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
		}
		return Pattern.compile(regex.toString());
	}
}
