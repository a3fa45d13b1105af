package dev.testgov.maven.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.testgov.maven.internal.store.Dependencies;
import dev.testgov.maven.internal.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class is initialised once per JVM, for the first test that needs it; a later test that only reads its
 * static state executes none of its code, yet depends on the initialiser and all it ran.
 */
class StaticInitialisersTests extends MergeFixture {

	static final String CODES = """
			package demo;

			import java.util.List;

			public class Codes {
				public static final List<String> ALL = Helper.load();
			}
			""";
	static final String HELPER = """
			package demo;

			import java.util.List;

			public class Helper {
				static List<String> load() {
					return List.of("EUR", "USD");
				}

				public static int unrelated() {
					return 7;
				}
			}
			""";
	static final String REFLECTIVE_CODES = """
			package demo;

			import java.util.List;

			public class Codes {
				public static final List<String> ALL = load();

				static List<String> load() {
					try {
						return (List<String>) Class.forName("demo.Helper").getDeclaredMethod("load").invoke(null);
					}
					catch (ReflectiveOperationException e) {
						throw new IllegalStateException(e);
					}
				}
			}
			""";
	static final String FIRST = ENGINE + "/[class:demo.FirstTests]/[method:first()]";
	static final String LATER = ENGINE + "/[class:demo.LaterTests]/[method:later()]";
	static final String OTHER = ENGINE + "/[class:demo.LaterTests]/[method:other()]";

	@TempDir
	Path root;

	@TempDir
	Path repository;

	@Test
	void aLaterTestThatOnlyReadsStaticStateDependsOnTheInitialiserAndWhatItRan() throws Exception {
		Reactor reactor = reactor(CODES);

		Store store = reactor.merge(INPUTS, run(reactor)).store();

		Dependencies later = store.tests().get(LATER).dependencies();
		assertThat(later.classes()).containsKeys("demo/Codes", "demo/Helper");
		assertThat(later.classes().get("demo/Codes").keys()).contains(StaticInitialisers.STATIC_INITIALISER);
		assertThat(later.classes().get("demo/Helper").keys()).containsExactly("load()Ljava/util/List;");
		assertThat(later.classes()).as("the first test's own class is not part of the initialisation")
			.doesNotContainKey("demo/FirstTests");
		Dependencies other = store.tests().get(OTHER).dependencies();
		assertThat(other.classes()).as("a test that touches no Codes").doesNotContainKey("demo/Codes");
		assertThat(other.classes().get("demo/Helper").keys()).containsExactly("unrelated()I");
	}

	@Test
	void anInitialiserThatReflectsBringsTheWholeScopeThatRanIt() throws Exception {
		Reactor reactor = reactor(REFLECTIVE_CODES);

		Store store = reactor.merge(INPUTS, run(reactor)).store();

		assertThat(store.tests().get(LATER).dependencies().classes()).containsKeys("demo/Codes", "demo/Helper",
			"demo/FirstTests");
	}

	private Reactor reactor(String codes) throws Exception {
		return reactor(root, repository).main("demo.Codes", codes).main("demo.Helper", HELPER)
			.test("demo.FirstTests", """
					package demo;

					public class FirstTests {
						public static void first() {
							CalculatorTests.check(Codes.ALL.size() == 2);
						}
					}
					""")
			.test("demo.LaterTests", """
					package demo;

					public class LaterTests {
						public static void later() {
							CalculatorTests.check(Codes.ALL.contains("EUR"));
						}

						public static void other() {
							CalculatorTests.check(Helper.unrelated() == 7);
						}
					}
					""")
			.build();
	}

	private static Path run(Reactor reactor) throws Exception {
		Path file = reactor.rawFile("fork1");
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(file, agent)) {
			start(raw);
			String first = ENGINE + "/[class:demo.FirstTests]";
			raw.scope(first, ENGINE, false, "demo.FirstTests", "").scope(FIRST, first, true, "demo.FirstTests", "first")
				.run(FIRST, "demo.FirstTests", "first").outcome(FIRST, "PASSED").outcome(first, "PASSED");
			String later = ENGINE + "/[class:demo.LaterTests]";
			raw.scope(later, ENGINE, false, "demo.LaterTests", "").scope(LATER, later, true, "demo.LaterTests", "later")
				.run(LATER, "demo.LaterTests", "later").outcome(LATER, "PASSED")
				.scope(OTHER, later, true, "demo.LaterTests", "other").run(OTHER, "demo.LaterTests", "other")
				.outcome(OTHER, "PASSED").outcome(later, "PASSED");
			finish(raw);
		}
		return file;
	}
}
