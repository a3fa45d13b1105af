package dev.testgov.maven.internal.prepare;

/**
 * Everything {@code testgov:prepare} says to users. Invoker ITs assert these lines verbatim, so the wording is
 * a tested contract: change it here and in the ITs together.
 */
public final class PrepareMessages {

	/** The one INFO line: {@code testgov: gate set [fast] excludedGroups=[requires_docker, live_api, manual]}. */
	public static final String SUMMARY = "testgov: gate set [%s] %s";
	public static final String NO_TAG_FILTERING = "no tag filtering";
	public static final String GROUPS = "groups=%s";
	public static final String EXCLUDED_GROUPS = "excludedGroups=%s";
	public static final String STRICT = "; strict [%s]";
	public static final String MANUAL = "; manual tests opted in";
	public static final String CATEGORIES = "; categories [%s]";
	public static final String ARG_LINE = "; argLine += %s";

	// Configuration errors: MojoFailureException messages.
	public static final String UNKNOWN_SET = "testgov: unknown gate set [%s] in testgov.gates; known gate sets are %s;"
			+ " run with -Dtestgov.gates=<one of them> or declare it in <gateSets>";
	public static final String INVALID_NAME = "testgov: gate set name [%s] in <gateSets> is invalid;"
			+ " use letters, digits, '_' or '-'";
	public static final String BUILT_IN_NAME = "testgov: gate set [%s] in <gateSets> is built in; give yours another name";
	public static final String DUPLICATE_NAME = "testgov: gate set [%s] is declared twice in <gateSets>; keep one";
	public static final String EMPTY_SET = "testgov: gate set [%s] in <gateSets> has neither <includeTags> nor"
			+ " <excludeTags>; add one, or use the built-in gate set [all]";
	public static final String INVALID_TAG = "testgov: gate set [%s] has an invalid tag expression [%s] in <%s>: %s;"
			+ " use a JUnit tag or tag expression such as requires_docker or live_api & !manual";
	public static final String UNKNOWN_STRICT_GATE = "testgov: testgov.strict=[%s] names an unknown gate [%s];"
			+ " use a comma-separated list of %s, or all, or none";
	public static final String INVALID_CATEGORIES = "testgov: %s";

	// Warnings: the user's POM or command line overrides what testgov set.
	public static final String CONFIGURED_FILTER = "testgov: %s configures <%s>%s</%s>, which overrides gate set [%s]"
			+ " (%s=%s); remove <%s> from its configuration, or set the property %s in <properties> instead";
	public static final String COMMAND_LINE_FILTER = "testgov: -D%s=%s on the command line overrides gate set [%s]"
			+ " (%s=%s); drop -D%s, or choose another gate set with -Dtestgov.gates";
	public static final String REPLACED_GROUPS = "testgov: gate set [%s] replaces the project property groups=%s"
			+ " with %s; to combine them, declare a gate set in <gateSets> that includes both";
	public static final String LITERAL_ARG_LINE = "testgov: %s configures <argLine>%s</argLine> without @{argLine},"
			+ " so the test JVM misses [%s]; write <argLine>@{argLine} %s</argLine>";
	public static final String COMMAND_LINE_ARG_LINE = "testgov: -DargLine=%s on the command line replaces the argLine"
			+ " testgov set, so the test JVM misses [%s]; drop -DargLine, or start it with @{argLine}:"
			+ " -DargLine='@{argLine} %s'";
	public static final String COMMAND_LINE_SWITCH = "testgov: -D%s=%s on the command line overrides %s for the test JVM";

	private PrepareMessages() {
	}
}
