package dev.testgov.maven.internal.store;

/**
 * What the store says to users. Each absent-store warning takes the store's path, a detail and the format
 * version this testgov reads, and says what happens next: every test runs, and the run writes a new store.
 */
public final class StoreMessages {

	private static final String CONSEQUENCE = "; every test runs, and this run writes a new store";

	public static final String MISSING = "testgov: no dependency store at [%s] yet" + CONSEQUENCE;
	public static final String UNREADABLE = "testgov: dependency store [%s] cannot be read (%s)" + CONSEQUENCE;
	public static final String FOREIGN = "testgov: [%s] is not a testgov dependency store (it starts with [%s])"
			+ CONSEQUENCE;
	public static final String OLDER = "testgov: dependency store [%s] has format %s, older than the format %d this"
			+ " testgov reads" + CONSEQUENCE;
	public static final String NEWER = "testgov: dependency store [%s] has format %s, written by a newer testgov than"
			+ " this one (format %d)" + CONSEQUENCE + "; upgrade testgov to keep the newer store";
	public static final String TRUNCATED = "testgov: dependency store [%s] is truncated (%s)" + CONSEQUENCE;
	public static final String CHECKSUM = "testgov: dependency store [%s] was changed after testgov wrote it (%s: edited"
			+ " by hand, or merged by Git?)" + CONSEQUENCE + "; keep one side of a Git conflict in it, never both";
	public static final String CORRUPT = "testgov: dependency store [%s] is corrupt (%s)" + CONSEQUENCE;

	static final String DEPENDENCY = "dependency";
	static final String CONFIGURATION = "configuration";
	/** A change in build inputs: kind ({@code dependency}, {@code configuration}) and key. */
	public static final String INPUT_ADDED = "%s [%s] added";
	public static final String INPUT_REMOVED = "%s [%s] removed";
	public static final String INPUT_CHANGED = "%s [%s] changed";

	private StoreMessages() {
	}
}
