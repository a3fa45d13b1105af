package dev.testgov.junit.internal.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which classes a recording keeps, in JaCoCo's {@code includes} syntax: class names ({@code com.acme.Foo}) or
 * patterns with {@code *} and {@code ?}, separated by {@code :}. The project's own JaCoCo agent
 * (jacoco-maven-plugin's {@code prepare-agent}) instruments every class, JUnit and Surefire included; the
 * recording keeps the project's packages, as testgov's own agent would have instrumented them, and judges the
 * rest by the build inputs; testgov's own classes are left out then, as that agent excludes them. Without
 * includes the agent already chose what to instrument, and every class is kept. The Maven plugin judges with the
 * same patterns which project classes a recording cannot see.
 */
public final class ClassPatterns {

	/** testgov's own classes, never recorded. */
	public static final String TESTGOV_EXCLUDES = "dev.testgov.junit.*:dev.testgov.agent.*:dev.testgov.shaded.*";
	static final ClassPatterns ALL = new ClassPatterns(List.of(Pattern.compile(".*")), List.of());
	private static final List<Pattern> TESTGOV = compile(TESTGOV_EXCLUDES);

	private final List<Pattern> includes;
	private final List<Pattern> excludes;
	private final Map<String, Boolean> decided = new ConcurrentHashMap<>();

	private ClassPatterns(List<Pattern> includes, List<Pattern> excludes) {
		this.includes = includes;
		this.excludes = excludes;
	}

	/**
	 * @param includes JaCoCo includes; blank or null for every class
	 * @param excludes JaCoCo excludes, besides testgov's own classes; blank or null for none
	 * @return {@link #ALL} when both are blank
	 */
	public static ClassPatterns of(String includes, String excludes) {
		boolean noIncludes = includes == null || includes.isBlank();
		boolean noExcludes = excludes == null || excludes.isBlank();
		if (noIncludes && noExcludes) {
			return ALL;
		}
		List<Pattern> excluded = new ArrayList<>(TESTGOV);
		if (!noExcludes) {
			excluded.addAll(compile(excludes));
		}
		return new ClassPatterns(compile(noIncludes ? "*" : includes), excluded);
	}

	/** Whether a class, by JVM name ({@code com/acme/Foo}), is kept. */
	public boolean keeps(String jvmName) {
		if (this == ALL) {
			return true;
		}
		return decided.computeIfAbsent(jvmName, this::matches);
	}

	private boolean matches(String jvmName) {
		String name = jvmName.replace('/', '.');
		return includes.stream().anyMatch(pattern -> pattern.matcher(name).matches())
				&& excludes.stream().noneMatch(pattern -> pattern.matcher(name).matches());
	}

	private static List<Pattern> compile(String patterns) {
		List<Pattern> compiled = new ArrayList<>();
		for (String pattern : patterns.split(":")) {
			StringBuilder regex = new StringBuilder();
			for (char c : pattern.strip().toCharArray()) {
				regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
			}
			compiled.add(Pattern.compile(regex.toString()));
		}
		return compiled;
	}
}
