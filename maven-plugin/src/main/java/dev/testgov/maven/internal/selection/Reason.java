package dev.testgov.maven.internal.selection;

import dev.testgov.maven.internal.store.FileKey;

/**
 * Why a test runs: a changed method, class structure, class, deleted class, changed or deleted file, or a
 * rule (new, failed last time, not fully recorded, build inputs changed, no store).
 *
 * @param kind what kind of reason, used to count reasons in the summary line
 * @param subject the class, {@code Class#method}, file or rule
 * @param text the reason as {@code -Dtestgov.explain=true} prints it
 */
record Reason(Kind kind, String subject, String text) {

	enum Kind {
		METHOD, STRUCTURE, CLASS, DELETED_CLASS, FILE, RULE
	}

	static Reason changedMethod(String className, String method) {
		String subject = javaName(className) + "#" + method;
		return new Reason(Kind.METHOD, subject, "changed method " + subject);
	}

	static Reason changedStructure(String className) {
		return new Reason(Kind.STRUCTURE, javaName(className),
			"changed structure of " + javaName(className) + " (fields, signatures, hierarchy or static initialiser)");
	}

	static Reason changedClass(String className) {
		return new Reason(Kind.CLASS, javaName(className), "changed class " + javaName(className));
	}

	static Reason deletedClass(String className) {
		return new Reason(Kind.DELETED_CLASS, javaName(className), "deleted class " + javaName(className));
	}

	static Reason changedFile(String path, boolean deleted) {
		return new Reason(Kind.FILE, path, (deleted ? "deleted file " : "changed file ") + path);
	}

	/** A resource the test looked up by name: a copy appeared, changed or went away on the classpath. */
	static Reason changedLookup(FileKey lookup, boolean gone) {
		return new Reason(Kind.FILE, lookup.toString(),
			(gone ? "resource no longer on the classpath " : "resource added or changed on the classpath ") + lookup.path());
	}

	static Reason rule(String text) {
		return new Reason(Kind.RULE, text, text);
	}

	private static String javaName(String jvmName) {
		return jvmName.replace('/', '.');
	}
}
