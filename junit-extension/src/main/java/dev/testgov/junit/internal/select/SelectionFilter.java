package dev.testgov.junit.internal.select;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.testgov.junit.GateConfigurationException;
import dev.testgov.junit.internal.categories.DiscoveryParameters;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Leaves out, at discovery, the tests {@code mvn testgov:affected} found unaffected by the change, and keeps
 * everything else. Registered through {@code META-INF/services}, so the stock Surefire and Failsafe JUnit
 * Platform providers apply it; a no-op unless {@code testgov.selection.file} names a selection.
 *
 * <p>Only tests and leaf containers (parameterized and repeated templates, test factories) can be left out:
 * the JUnit Platform never removes a container that still has children.
 */
public class SelectionFilter implements PostDiscoveryFilter {

	private static final FilterResult KEPT = FilterResult.included("affected, new, or not recorded: runs");
	private static final FilterResult LEFT_OUT = FilterResult.excluded(
		"unaffected by the change since the recorded run (testgov:affected)");
	private static final Map<Path, Set<String>> READ = new ConcurrentHashMap<>();

	@Override
	public FilterResult apply(TestDescriptor descriptor) {
		Optional<String> file = DiscoveryParameters.get(SelectionFile.PARAMETER).filter(value -> !value.isBlank());
		if (file.isEmpty()) {
			return KEPT;
		}
		Set<String> skipped = READ.computeIfAbsent(Paths.get(file.get()).toAbsolutePath(), path -> {
			try {
				return SelectionFile.read(path);
			}
			catch (IllegalStateException e) {
				throw new GateConfigurationException(e.getMessage(), e);
			}
		});
		return skipped.contains(descriptor.getUniqueId().toString()) ? LEFT_OUT : KEPT;
	}
}
