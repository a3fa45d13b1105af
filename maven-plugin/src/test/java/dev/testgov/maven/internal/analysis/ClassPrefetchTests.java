package dev.testgov.maven.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.testgov.maven.internal.fingerprint.InMemoryCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prefetch fills the analysis cache with what the merge will ask for, and never fails on a bad class file. */
class ClassPrefetchTests {

	@TempDir
	Path classes;

	@Test
	void everyClassFileOfTheDirectoriesIsAnalysedAndCached() throws Exception {
		Map<String, byte[]> compiled = InMemoryCompiler.compile(Map.of(
			"prefetch.First", "package prefetch; public class First { int one() { return 1 + (int) System.nanoTime(); } }",
			"prefetch.Second", "package prefetch; public class Second { int two() { return 2 + (int) System.nanoTime(); } }"),
			"-g");
		write(compiled);
		byte[] broken = "not a class file".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Files.write(classes.resolve("prefetch/Broken.class"), broken);
		compiled.values().forEach(bytes -> assertThat(ClassAnalyzer.isCached(bytes)).isFalse());

		int analysed = ClassPrefetch.start(List.of(classes, classes.resolve("absent"))).awaitAnalysed();

		assertThat(analysed).isEqualTo(3);
		compiled.values().forEach(bytes -> assertThat(ClassAnalyzer.isCached(bytes)).isTrue());
		assertThat(ClassAnalyzer.isCached(broken)).isTrue();
		byte[] first = compiled.get("prefetch/First");
		assertThat(new ClassAnalyzer().analyze("prefetch/First", first).probes()).isNotNull();
	}

	@Test
	void aStoppedPrefetchAnalysesNothingMore() throws IOException {
		write(InMemoryCompiler.compile(Map.of("prefetch.Third",
			"package prefetch; public class Third { int three() { return 3 + (int) System.nanoTime(); } }"), "-g"));
		ClassPrefetch prefetch = ClassPrefetch.unstarted(List.of(classes));

		prefetch.stop();
		prefetch.run();

		assertThat(prefetch.analysed()).isZero();
	}

	private void write(Map<String, byte[]> compiled) throws IOException {
		for (Map.Entry<String, byte[]> entry : compiled.entrySet()) {
			Path file = classes.resolve(entry.getKey() + ".class");
			Files.createDirectories(file.getParent());
			Files.write(file, entry.getValue());
		}
	}
}
