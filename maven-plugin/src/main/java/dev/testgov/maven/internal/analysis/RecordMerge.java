package dev.testgov.maven.internal.analysis;

import java.io.IOException;

import dev.testgov.maven.internal.store.Store;
import dev.testgov.maven.internal.store.StoreFile;

/**
 * Merges one module's test run into its dependency store — the API the recording mojo calls once, after the
 * tests ran. The raw recordings are analysed before the store's lock is taken (fingerprints, probe maps,
 * file hashes); combining with the previous store and writing it happen under the lock.
 */
public final class RecordMerge {

	private RecordMerge() {
	}

	public static MergeReport merge(MergeRequest request) throws IOException {
		try (ClassLocator locator = new ClassLocator(request.classSources())) {
			Places places = new Places(request.reactorRoot(), request.classSources(), request.javaHome(),
				request.temporaryDirectory());
			ClassAnalyzer analyzer = ClassAnalyzer.forMerge();
			try {
				ClassResolver classes = new ClassResolver(locator, analyzer);
				RunRecording run = RunRecording.read(request.rawFiles(),
					new DependencyResolver(classes, new FileResolver(places)));
				StoreCombiner combiner = new StoreCombiner(run, classes, new FileHashes(places, locator), locator,
					request.inputs());
				StoreFile storeFile = new StoreFile(request.store());
				Store written = storeFile.update(loaded -> combiner.combine(storeFile.path(), loaded));
				return combiner.report(storeFile.path(), written);
			}
			finally {
				analyzer.releaseTrees();
			}
		}
	}
}
