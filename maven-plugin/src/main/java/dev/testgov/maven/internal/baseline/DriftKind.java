package dev.testgov.maven.internal.baseline;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The ways a run can differ from its baseline, as {@code testgov.check.failOn} names them. */
public enum DriftKind {

	/** A baseline test that is gone, and no filter explains it: the loss a check exists to catch. */
	VANISHED("vanished", "VANISHED"),
	/** A test whose class moved to another package: same simple class name, method and display name. */
	MOVED("moved", "MOVED"),
	/** A test whose method or class was renamed: same method body. */
	RENAMED("renamed", "RENAMED"),
	/** A test the baseline does not know. */
	NEW("new", "NEW"),
	/** A test that ran in the baseline and is skipped or aborted now. */
	NEWLY_SKIPPED("newly-skipped", "NEWLY SKIPPED"),
	/** A test that was skipped, aborted or deselected in the baseline and runs now. */
	NEWLY_RUNNING("newly-running", "NEWLY RUNNING"),
	/** Far fewer tests ran than in the baseline, or none at all. */
	COLLAPSE("collapse", "COLLAPSE"),
	/** A test, or the whole run, became slow or slower than the thresholds allow. */
	SLOW("slow", "SLOW");

	/** What fails a check unless {@code testgov.check.failOn} says otherwise. */
	public static final String DEFAULT_FAIL_ON = "vanished,collapse,newly-skipped";

	private final String key;
	private final String label;

	DriftKind(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/** The name in {@code testgov.check.failOn} and in {@code report.json}. */
	public String key() {
		return key;
	}

	/** The name on the console: {@code NEWLY SKIPPED}. */
	public String label() {
		return label;
	}

	/**
	 * Parses a comma-separated list of kinds, {@code all} or {@code none}.
	 *
	 * @throws IllegalArgumentException naming the unknown kind and the known ones
	 */
	public static Set<DriftKind> parse(String value) {
		String list = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
		if (list.isEmpty() || list.equals("none")) {
			return Collections.unmodifiableSet(EnumSet.noneOf(DriftKind.class));
		}
		if (list.equals("all")) {
			return Collections.unmodifiableSet(EnumSet.allOf(DriftKind.class));
		}
		Set<DriftKind> kinds = EnumSet.noneOf(DriftKind.class);
		for (String entry : list.split(",")) {
			String key = entry.trim();
			kinds.add(Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(String.format(BaselineMessages.UNKNOWN_KIND, value, key,
					Arrays.stream(values()).map(DriftKind::key).collect(Collectors.joining(", "))))));
		}
		return Collections.unmodifiableSet(kinds);
	}
}
