package dev.testgov.maven.internal.prepare;

/**
 * A {@code -Dtestgov.*} switch the test JVM needs, and what asked for it: {@code <strict>requires_docker</strict>}
 * or {@code gate set [manual]}.
 */
record ForkSwitch(String key, String value, String origin) {

	String argument() {
		return "-D" + key + "=" + value;
	}
}
