package dev.testgov.maven.internal.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import dev.testgov.maven.internal.store.BuildInputs;

/**
 * The fixture of the merge tests: a calculator, its tests, a test of a dependency's class, and a raw
 * recording written the way a test JVM writes it — root code first, then containers and tests, each with
 * the coverage of the code it ran.
 */
abstract class MergeFixture {

	static final String ENGINE = "[engine:junit-jupiter]";
	static final String CALCULATOR_TESTS = ENGINE + "/[class:demo.CalculatorTests]";
	static final String ADDS = CALCULATOR_TESTS + "/[method:adds()]";
	static final String SUBTRACTS = CALCULATOR_TESTS + "/[method:subtracts()]";
	static final String DOUBLES = CALCULATOR_TESTS + "/[method:doubles()]";
	static final String LIB_TESTS = ENGINE + "/[class:demo.LibTests]";
	static final String USES_LIB = LIB_TESTS + "/[method:usesLib()]";
	static final String RATES = "app/src/test/resources/rates.csv";
	static final BuildInputs INPUTS = new BuildInputs(new TreeMap<>(Map.of(Reactor.LIB, "1".repeat(64))), new TreeMap<>());

	static final String BOOT = """
			package demo;

			public class Boot {
				public static void start() {
					System.setProperty("demo.booted", "yes");
				}
			}
			""";
	static final String CALCULATOR = """
			package demo;

			import java.util.function.IntUnaryOperator;

			public class Calculator {
				public static int add(int a, int b) {
					return a + b;
				}

				public static int subtract(int a, int b) {
					return a - b;
				}

				public static int twice(int a) {
					IntUnaryOperator doubler = x -> x * 2;
					return doubler.applyAsInt(a);
				}
			}
			""";
	static final String CALCULATOR_TESTS_SOURCE = """
			package demo;

			public class CalculatorTests {
				static int base;

				public static void setUpAll() {
					base = Calculator.add(1, 1);
				}

				public static void adds() {
					check(Calculator.add(2, 3) == 5);
				}

				public static void subtracts() {
					check(Calculator.subtract(5, 3) == 2);
				}

				public static void doubles() {
					check(Calculator.twice(2) == 4);
				}

				static void check(boolean ok) {
					if (!ok) {
						throw new AssertionError();
					}
				}
			}
			""";
	static final String LIB_TESTS_SOURCE = """
			package demo;

			public class LibTests {
				public static void usesLib() {
					CalculatorTests.check(lib.Util.name().equals("util"));
				}
			}
			""";
	static final String UTIL = """
			package lib;

			public class Util {
				public static String name() {
					return "util";
				}
			}
			""";

	static Reactor reactor(Path root, Path repository) throws IOException {
		return new Reactor(root, repository).main("demo.Boot", BOOT).main("demo.Calculator", CALCULATOR)
			.test("demo.CalculatorTests", CALCULATOR_TESTS_SOURCE).test("demo.LibTests", LIB_TESTS_SOURCE)
			.lib("lib.Util", UTIL).resource(RATES, "EUR,1.0\n").build();
	}

	/** Root code, then the engine container. */
	static RawWriter start(RawWriter raw) throws Exception {
		return raw.run(ForkRecording.ROOT_SCOPE, "demo.Boot", "start").scope(ENGINE, "", false, "", "");
	}

	/** {@code CalculatorTests} with {@code setUpAll} and the given tests, each passing; {@code adds} reads the rates. */
	static RawWriter calculatorTests(RawWriter raw, Reactor reactor, String... methods) throws Exception {
		raw.scope(CALCULATOR_TESTS, ENGINE, false, "demo.CalculatorTests", "")
			.run(CALCULATOR_TESTS, "demo.CalculatorTests", "setUpAll");
		for (String method : methods) {
			String id = CALCULATOR_TESTS + "/[method:" + method + "()]";
			raw.scope(id, CALCULATOR_TESTS, true, "demo.CalculatorTests", method).run(id, "demo.CalculatorTests", method);
			if (method.equals("adds")) {
				raw.read(id, "file", reactor.root.resolve(RATES).toString());
			}
			raw.outcome(id, "PASSED");
		}
		return raw.outcome(CALCULATOR_TESTS, "PASSED");
	}

	static RawWriter libTests(RawWriter raw, Reactor reactor) throws Exception {
		return raw.scope(LIB_TESTS, ENGINE, false, "demo.LibTests", "")
			.scope(USES_LIB, LIB_TESTS, true, "demo.LibTests", "usesLib").run(USES_LIB, "demo.LibTests", "usesLib")
			.read(USES_LIB, "resource", "jar:" + reactor.jar.toUri() + "!/data/rates.csv").outcome(USES_LIB, "PASSED")
			.outcome(LIB_TESTS, "PASSED");
	}

	static RawWriter finish(RawWriter raw) throws Exception {
		return raw.outcome(ENGINE, "PASSED").end();
	}

	/** A complete fork that ran the given calculator tests and, if asked, the dependency's test. */
	static Path fullRun(Reactor reactor, String name, boolean withLib, String... methods) throws Exception {
		Path file = reactor.rawFile(name);
		try (AgentSimulation agent = reactor.agent(); RawWriter raw = new RawWriter(file, agent)) {
			calculatorTests(start(raw), reactor, methods);
			if (withLib) {
				libTests(raw, reactor);
			}
			finish(raw);
		}
		return file;
	}
}
