package dev.testgov.maven.internal.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import dev.testgov.maven.internal.store.BuildInputs;

/**
 * What {@link RecordMerge} needs to merge one module's test run into its store.
 *
 * @param store the store file, usually {@code StoreFile.inModule(basedir).path()}
 * @param rawFiles the run's raw recordings ({@link RawFiles#in(Path)} of {@code target/testgov/record})
 * @param classSources every reactor module's class directories, then the module's test classpath
 *     dependencies, in classpath order
 * @param reactorRoot the directory paths in the store are relative to (the top-level project's base directory)
 * @param inputs the module's build inputs for this run
 * @param javaHome the test JVM's JDK, whose files are not tracked
 * @param temporaryDirectory where a test's scratch files live; those gone by the merge are not tracked
 */
public record MergeRequest(Path store, List<Path> rawFiles, List<ClassSource> classSources, Path reactorRoot,
		BuildInputs inputs, Path javaHome, Path temporaryDirectory) {

	public MergeRequest {
		Objects.requireNonNull(store, "store");
		rawFiles = List.copyOf(rawFiles);
		classSources = List.copyOf(classSources);
		reactorRoot = reactorRoot.toAbsolutePath().normalize();
		Objects.requireNonNull(inputs, "inputs");
	}

	/** A request whose JDK and temporary directory are this JVM's. */
	public static MergeRequest of(Path store, List<Path> rawFiles, List<ClassSource> classSources, Path reactorRoot,
			BuildInputs inputs) {
		return new MergeRequest(store, rawFiles, classSources, reactorRoot, inputs,
			Path.of(System.getProperty("java.home")), Path.of(System.getProperty("java.io.tmpdir")));
	}
}
