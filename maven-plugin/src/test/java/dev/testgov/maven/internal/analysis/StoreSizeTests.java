package dev.testgov.maven.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import dev.testgov.maven.internal.store.BuildInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How big the store is for a suite of a few hundred tests: 30 test classes of 10 tests over 20 services of
 * 12 methods, each test calling into two services, each class set up in {@code @BeforeAll} and reading a
 * resource, every third test reading a shared file.
 */
class StoreSizeTests {

	private static final int SERVICES = 20;
	private static final int METHODS = 12;
	private static final int TEST_CLASSES = 30;
	private static final int TESTS = 10;
	private static final String ENGINE = "[engine:junit-jupiter]";

	@TempDir
	Path root;

	@TempDir
	Path repository;

	@Test
	void aFewHundredTestsTakeAFewHundredBytesEach() throws Exception {
		Reactor reactor = new Reactor(root, repository);
		for (int service = 0; service < SERVICES; service++) {
			reactor.main("demo.p.Service" + service, service(service));
		}
		for (int test = 0; test < TEST_CLASSES; test++) {
			reactor.test("demo.t.Suite" + test + "Tests", testClass(test));
			reactor.resource("app/src/test/resources/data" + test + ".json", "{\"n\": " + test + "}");
		}
		reactor.resource("app/src/test/resources/shared.csv", "a,b\n").build();
		Path raw = reactor.rawFile("fork1");
		try (AgentSimulation agent = reactor.agent(); RawWriter writer = new RawWriter(raw, agent)) {
			writer.scope(ENGINE, "", false, "", "");
			for (int test = 0; test < TEST_CLASSES; test++) {
				recordClass(writer, reactor, test);
			}
			writer.outcome(ENGINE, "PASSED").end();
		}

		MergeReport report = reactor.merge(new BuildInputs(new TreeMap<>(Map.of(Reactor.LIB, "1".repeat(64))),
			new TreeMap<>(Map.of("surefire.argLine", "0".repeat(16)))), raw);

		int tests = report.store().tests().size();
		int bytes = reactor.storeBytes().length;
		System.out.printf("store for %d tests: %d bytes, %d bytes per test%n", tests, bytes, bytes / tests);
		assertThat(tests).isEqualTo(TEST_CLASSES * TESTS);
		assertThat(bytes / tests).isLessThan(400);
	}

	private static void recordClass(RawWriter writer, Reactor reactor, int test) throws Exception {
		String className = "demo.t.Suite" + test + "Tests";
		String container = ENGINE + "/[class:" + className + "]";
		writer.scope(container, ENGINE, false, className, "").run(container, className, "setUpAll")
			.read(container, "file", reactor.root.resolve("app/src/test/resources/data" + test + ".json").toString());
		for (int method = 0; method < TESTS; method++) {
			String id = container + "/[method:test" + method + "()]";
			writer.scope(id, container, true, className, "test" + method).run(id, className, "test" + method);
			if (method % 3 == 0) {
				writer.read(id, "resource", reactor.root.resolve("app/src/test/resources/shared.csv").toUri().toString());
			}
			writer.outcome(id, "PASSED");
		}
		writer.outcome(container, "PASSED");
	}

	private static String service(int service) {
		StringBuilder source = new StringBuilder("package demo.p;\n\npublic class Service" + service + " {\n");
		source.append("\tpublic static int m0(int x) {\n\t\treturn x + " + service + ";\n\t}\n");
		for (int method = 1; method < METHODS; method++) {
			source.append("\tpublic static int m" + method + "(int x) {\n\t\treturn x > " + method % 4 + " ? m"
					+ (method - 1) + "(x - 1) : x * " + method + ";\n\t}\n");
		}
		return source.append("}\n").toString();
	}

	private static String testClass(int test) {
		StringBuilder source = new StringBuilder("package demo.t;\n\nimport demo.p.*;\n\npublic class Suite" + test
				+ "Tests {\n");
		source.append("\tpublic static void setUpAll() {\n\t\tService" + test % SERVICES + ".m0(1);\n\t}\n");
		for (int method = 0; method < TESTS; method++) {
			source.append("\tpublic static void test" + method + "() {\n\t\tService" + (test + method) % SERVICES + ".m"
					+ method % METHODS + "(3);\n\t\tService" + (test * 3 + method) % SERVICES + ".m" + (method + 5) % METHODS
					+ "(7);\n\t}\n");
		}
		return source.append("}\n").toString();
	}
}
