package dev.testgov.junit.internal.select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
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
 *
 * <p>The skip list is read once per version of the file: a JVM that outlives a build (Surefire's
 * {@code forkCount=0} in a Maven daemon, an IDE, a test kit) sees the file rewritten by the next build, and
 * leaving out tests from an old list could skip a test that must run now.
 */
public class SelectionFilter implements PostDiscoveryFilter {

	private static final FilterResult KEPT = FilterResult.included("affected, new, or not recorded: runs");
	private static final FilterResult LEFT_OUT = FilterResult.excluded(
		"unaffected by the change since the recorded run (testgov:affected)");
	private static final Map<Path, Read> READ = new ConcurrentHashMap<>();

	@Override
	public FilterResult apply(TestDescriptor descriptor) {
		Optional<String> file = DiscoveryParameters.get(SelectionFile.PARAMETER).filter(value -> !value.isBlank());
		if (file.isEmpty()) {
			return KEPT;
		}
		return contents(file.get()).skipped().contains(descriptor.getUniqueId().toString()) ? LEFT_OUT : KEPT;
	}

	/**
	 * The selection this JVM was given, read again only when the file changed: a JVM that outlives a build
	 * (forkCount=0, an IDE) must not run by an old selection.
	 *
	 * @throws GateConfigurationException when the file cannot be used, which fails discovery loudly
	 */
	static SelectionFile.Contents contents(String file) {
		Path path = Paths.get(file).toAbsolutePath();
		Object version = version(path);
		return READ.compute(path, (key, known) -> known != null && known.version.equals(version) ? known
				: new Read(version, readOrFail(path))).contents;
	}

	private static SelectionFile.Contents readOrFail(Path path) {
		try {
			return SelectionFile.contents(path);
		}
		catch (IllegalStateException | NumberFormatException e) {
			throw new GateConfigurationException(e.getMessage(), e);
		}
	}

	/** What tells one version of the file from the next: the plugin replaces it by moving a new file over it. */
	private static Object version(Path path) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
			return List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
		}
		catch (IOException e) {
			return List.of("unreadable", String.valueOf(e));
		}
	}

	private record Read(Object version, SelectionFile.Contents contents) {
	}
}
