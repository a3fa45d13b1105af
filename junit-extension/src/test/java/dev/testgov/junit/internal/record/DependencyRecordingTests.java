package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import dev.testgov.junit.internal.record.RawEntries.Mode;
import dev.testgov.junit.internal.record.RawEntries.Scope;
import dev.testgov.junit.internal.record.fixture.Branches;
import dev.testgov.junit.internal.record.fixture.Foo;
import dev.testgov.junit.internal.record.fixture.Lifecycle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One child JVM with the real JaCoCo agent runs every attribution fixture; the raw file it leaves is checked
 * with JaCoCo's own analysis as the oracle for which methods each scope executed.
 */
@Isolated(ChildFork.ISOLATED)
class DependencyRecordingTests {

	@TempDir
	static Path directory;
	static String output;
	static RawRecording recorded;

	@BeforeAll
	static void record() throws IOException, InterruptedException {
		output = ChildFork.recording(directory, CallsTestCase.class, LifecycleTestCase.class,
			StaticInitialiserTestCase.class, OuterTestCase.class, InvocationsTestCase.class, OutcomesTestCase.class,
			SkippedClassTestCase.class).property(RecordingMain.BEFORE_LAUNCH_PROPERTY, "true").run();
		recorded = RawRecording.only(directory);
	}

	@Test
	void eachTestHasExactlyTheProbesOfWhatItCalled() throws IOException {
		assertThat(covered(method(CallsTestCase.class, "callsA()"), Foo.class)).containsExactly("a");
		assertThat(covered(method(CallsTestCase.class, "callsB()"), Foo.class)).containsExactly("b");
		assertThat(recorded.coverage(method(CallsTestCase.class, "callsA()")))
			.containsOnlyKeys("dev/testgov/junit/internal/record/fixture/Foo");
	}

	@Test
	void beforeAllAndStaticInitialiserLandOnTheContainer() throws IOException {
		assertThat(covered(container(LifecycleTestCase.class), Lifecycle.class)).containsExactly("beforeAll",
			"staticInitialiser");
		assertThat(covered(container(StaticInitialiserTestCase.class), Lifecycle.class))
			.containsExactly("staticInitialiser");
		for (String test : List.of(method(LifecycleTestCase.class, "first()"), method(LifecycleTestCase.class, "second()"),
				method(StaticInitialiserTestCase.class, "first()"))) {
			assertThat(recorded.coverage(test)).as(test).isEmpty();
		}
	}

	@Test
	void nestedTestHasItsOuterClassAsAncestorAndOuterInstancesLandOnAContainer() throws IOException {
		Scope inner = recorded.scope("[nested-class:Inner]/[method:inner()]");
		List<String> ancestors = recorded.ancestors(inner.id());

		assertThat(ancestors).contains(container(OuterTestCase.class));
		assertThat(covered(inner.id(), Lifecycle.class)).containsExactly("nestedTest");
		assertThat(covered(ancestors.get(0), Lifecycle.class)).containsExactly("outerConstructor");
		assertThat(inner.className()).isEqualTo(OuterTestCase.Inner.class.getName());
	}

	@Test
	void everyParameterizedRepeatedAndDynamicInvocationHasItsOwnScopeAndCoverage() {
		for (String container : List.of(template("signs(int)"), template("repeats()"), factory("dynamic()"))) {
			String method = container.substring(container.lastIndexOf(':') + 1, container.length() - 1);
			List<Scope> invocations = recorded.scopesUnder(container);

			assertThat(invocations).as(method).hasSize(3).allSatisfy(invocation -> {
				assertThat(invocation.test()).isTrue();
				assertThat(invocation.className()).isEqualTo(InvocationsTestCase.class.getName());
				assertThat(invocation.methodName()).isEqualTo(method.substring(0, method.indexOf('(')));
				assertThat(recorded.coverage(invocation.id(), Branches.class)).isPresent();
			});
			assertThat(invocations.stream().map(Scope::id).collect(Collectors.toSet())).hasSize(3);
		}
		assertThat(distinctProbes(template("signs(int)"))).hasSize(3);
		assertThat(distinctProbes(factory("dynamic()"))).hasSize(3);
	}

	@Test
	void outcomesUseSurefireVocabularyAndASkippedClassRecordsOnlyItself() {
		Map<String, String> expected = Map.of("passes()", "PASSED", "fails()", "FAILED", "errors()", "ERRORED",
			"aborts()", "ABORTED", "disabled()", "SKIPPED");
		expected.forEach((method, status) -> assertThat(recorded.outcome(method(OutcomesTestCase.class, method)))
			.as(method).extracting(RawEntries.Outcome::status).isEqualTo(status));

		String skipped = container(SkippedClassTestCase.class);
		assertThat(recorded.outcome(skipped).status()).isEqualTo("SKIPPED");
		assertThat(recorded.scopesUnder(skipped)).isEmpty();
		assertThat(recorded.coverage(skipped)).isEmpty();
	}

	@Test
	void codeBeforeTheFirstNodeLandsOnTheRootScope() throws IOException {
		assertThat(recorded.coverage(Attribution.ROOT, Branches.class)).isPresent();
		assertThat(CoveredMethods.of(Branches.class, recorded.coverage(Attribution.ROOT, Branches.class).get()))
			.containsExactly("sign");
	}

	@Test
	void theFileEndsCleanlyAndNothingIsPrinted() {
		assertThat(recorded.contents().isComplete()).isTrue();
		assertThat(recorded.contents().isDamaged()).isFalse();
		assertThat(recorded.file().getFileName().toString()).matches("raw-\\d+-\\d+\\.tgr");
		assertThat(recorded.modes()).containsExactly(new Mode(Recording.COVERAGE_ONLY_MODE, FileReadCollector.NO_AGENT));
		assertThat(output).isEmpty();
	}

	private static Set<String> covered(String scopeId, Class<?> type) throws IOException {
		ClassProbes probes = recorded.coverage(scopeId, type)
			.orElseThrow(() -> new AssertionError(scopeId + " executed nothing of " + type.getSimpleName()));
		return CoveredMethods.of(type, probes);
	}

	private static Set<String> distinctProbes(String container) {
		return recorded.scopesUnder(container).stream()
			.map(scope -> recorded.coverage(scope.id(), Branches.class).orElseThrow())
			.map(probes -> java.util.Arrays.toString(probes.probes()))
			.collect(Collectors.toSet());
	}

	static String container(Class<?> type) {
		return "[engine:junit-jupiter]/[class:" + type.getName() + "]";
	}

	static String method(Class<?> type, String method) {
		return container(type) + "/[method:" + method + "]";
	}

	private static String template(String method) {
		return container(InvocationsTestCase.class) + "/[test-template:" + method + "]";
	}

	private static String factory(String method) {
		return container(InvocationsTestCase.class) + "/[test-factory:" + method + "]";
	}

	static class CallsTestCase {

		@Test
		void callsA() {
			Foo.a(1);
		}

		@Test
		void callsB() {
			Foo.b(1);
		}
	}

	static class LifecycleTestCase {

		static final int INITIALISED = Lifecycle.staticInitialiser();

		@BeforeAll
		static void beforeAll() {
			Lifecycle.beforeAll();
		}

		@Test
		void first() {
		}

		@Test
		void second() {
		}
	}

	static class StaticInitialiserTestCase {

		static final int INITIALISED = Lifecycle.staticInitialiser();

		@Test
		void first() {
		}
	}

	static class OuterTestCase {

		OuterTestCase() {
			Lifecycle.outerConstructor();
		}

		@Nested
		class Inner {

			@Test
			void inner() {
				Lifecycle.nestedTest();
			}
		}
	}

	static class InvocationsTestCase {

		@ParameterizedTest
		@ValueSource(ints = { -1, 0, 1 })
		void signs(int value) {
			Branches.sign(value);
		}

		@RepeatedTest(3)
		void repeats() {
			Branches.sign(7);
		}

		@TestFactory
		Stream<DynamicTest> dynamic() {
			return Stream.of(-5, 0, 5).map(value -> dynamicTest("sign " + value, () -> Branches.sign(value)));
		}
	}

	static class OutcomesTestCase {

		@Test
		void passes() {
		}

		@Test
		void fails() {
			assertThat(1).isEqualTo(2);
		}

		@Test
		void errors() {
			throw new IllegalStateException("boom");
		}

		@Test
		void aborts() {
			Assumptions.assumeTrue(false, "not today");
		}

		@Test
		@Disabled("later")
		void disabled() {
		}
	}

	@Disabled("the whole class")
	static class SkippedClassTestCase {

		@Test
		void never() {
			Foo.a(0);
		}
	}
}
