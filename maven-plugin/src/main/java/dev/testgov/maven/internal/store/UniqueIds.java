package dev.testgov.maven.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * JUnit Platform unique ids, {@code [engine:junit-jupiter]/[class:com.acme.FooTests]/[method:adds()]}. The
 * platform percent-encodes {@code /}, {@code [} and {@code ]} inside segment values, so segments split on
 * {@code ]/[}.
 */
public final class UniqueIds {

	/** Segment types that hold tests rather than being one: Jupiter classes and Vintage runners. */
	private static final Set<String> CLASS_TYPES = Set.of("class", "nested-class", "runner");
	private static final String SEPARATOR = "]/[";

	private UniqueIds() {
	}

	public static List<String> segments(String uniqueId) {
		List<String> segments = new ArrayList<>();
		int start = 0;
		for (int end = uniqueId.indexOf(SEPARATOR); end >= 0; end = uniqueId.indexOf(SEPARATOR, start)) {
			segments.add(uniqueId.substring(start, end + 1));
			start = end + 2;
		}
		segments.add(uniqueId.substring(start));
		return segments;
	}

	/**
	 * The node a discovery filter selects to run this test: the segment right below the innermost class —
	 * a method, a test template ({@code @ParameterizedTest}, {@code @RepeatedTest}) or a test factory — since
	 * invocations and dynamic tests do not exist before the engine runs. Without a class segment, the test
	 * itself.
	 */
	public static String selectionNode(String uniqueId) {
		List<String> segments = segments(uniqueId);
		int lastClass = -1;
		for (int i = 0; i < segments.size(); i++) {
			if (CLASS_TYPES.contains(type(segments.get(i)))) {
				lastClass = i;
			}
		}
		if (lastClass < 0 || lastClass == segments.size() - 1) {
			return uniqueId;
		}
		return String.join("/", segments.subList(0, lastClass + 2));
	}

	/** Whether {@code uniqueId} lies below (or is) the node {@code ancestor}. */
	public static boolean isWithin(String uniqueId, String ancestor) {
		return uniqueId.equals(ancestor) || uniqueId.startsWith(ancestor + "/");
	}

	private static String type(String segment) {
		int colon = segment.indexOf(':');
		return segment.startsWith("[") && colon > 0 ? segment.substring(1, colon) : "";
	}
}
