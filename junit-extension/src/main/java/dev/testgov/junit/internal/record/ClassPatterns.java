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
 * includes the agent already chose what to instrument, and every class is kept.
 */
final class ClassPatterns {

	static final ClassPatterns ALL = new ClassPatterns(List.of(Pattern.compile(".*")), List.of());
	private static final List<Pattern> TESTGOV = compile("dev.testgov.junit.*:dev.testgov.agent.*:dev.testgov.shaded.*");

	private final List<Pattern> includes;
	private final List<Pattern> excludes;
	private final Map<String, Boolean> decided = new ConcurrentHashMap<>();

	private ClassPatterns(List<Pattern> includes, List<Pattern> excludes) {
		this.includes = includes;
		this.excludes = excludes;
	}

	/** @param includes JaCoCo includes; blank or null keeps every class */
	static ClassPatterns of(String includes) {
		return includes == null || includes.isBlank() ? ALL : new ClassPatterns(compile(includes), TESTGOV);
	}

	/** Whether a class, by JVM name ({@code com/acme/Foo}), is kept. */
	boolean keeps(String jvmName) {
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
