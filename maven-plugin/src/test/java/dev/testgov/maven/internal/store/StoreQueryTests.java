package dev.testgov.maven.internal.store;

import static dev.testgov.maven.internal.store.SampleStores.ADDS;
import static dev.testgov.maven.internal.store.SampleStores.FOO_TESTS;
import static dev.testgov.maven.internal.store.SampleStores.INVOCATION;
import static dev.testgov.maven.internal.store.SampleStores.SUBTRACTS;
import static dev.testgov.maven.internal.store.SampleStores.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StoreQueryTests {

	private final StoreQuery query = new StoreQuery(SampleStores.sample());

	@Test
	void findsTestsByUniqueIdOrAnyNodeAboveThem() {
		assertThat(ids(query.tests(ADDS))).containsExactly(ADDS);
		assertThat(ids(query.tests(TEMPLATE))).containsExactly(INVOCATION);
		assertThat(ids(query.tests(FOO_TESTS))).containsExactly(ADDS, SUBTRACTS, INVOCATION);
		assertThat(query.tests(FOO_TESTS + "/[method:add")).isEmpty();
	}

	@Test
	void findsTestsByClassAndMethodPattern() {
		assertThat(ids(query.tests("com.acme.FooTests#adds"))).containsExactly(ADDS);
		assertThat(ids(query.tests("FooTests#*s"))).containsExactly(ADDS, SUBTRACTS, INVOCATION);
		assertThat(ids(query.tests("Foo*#sub*"))).containsExactly(SUBTRACTS);
		assertThat(ids(query.tests("FooTests"))).hasSize(3);
		assertThat(query.tests("BarTests#adds")).isEmpty();
	}

	@Test
	void aTestDependsOnTheUnionOfItsParts() {
		Dependencies adds = query.tests(ADDS).get(0).dependencies();

		assertThat(adds.classes().get("com/acme/Foo").keys()).containsExactly("<init>()V", "add(II)I");
		assertThat(adds.files()).containsExactly(FileKey.reactor("app/src/test/resources/foo.json"),
			new FileKey("org.acme:data:jar::1.0", "data/rates.csv"));
		assertThat(adds.external()).isFalse();
	}

	@Test
	void aClassKnowsWhichTestsExecutedWhichOfItsMethods() {
		StoreQuery.ClassUsage usage = query.classUsage("com.acme.Foo").orElseThrow();

		assertThat(usage.record().origin()).isEqualTo("org.acme:app");
		assertThat(usage.tests()).containsOnlyKeys(ADDS, SUBTRACTS);
		assertThat(usage.tests().get(SUBTRACTS).keys()).containsExactly("<init>()V", "subtract(II)I");
		assertThat(query.classUsage("org/apache/maven/surefire/Booter").orElseThrow().tests().get(SUBTRACTS).all()).isTrue();
		assertThat(query.classUsage("com.acme.Unknown")).isEmpty();
	}

	@Test
	void onlyPassedTestsWithKnownTrackedDependenciesMayBeLeftOut() {
		assertThat(query.tests(ADDS).get(0).mayBeLeftOut()).isTrue();
		assertThat(query.tests(SUBTRACTS).get(0).mayBeLeftOut()).as("failed, and read outside the reactor").isFalse();
		assertThat(query.tests(INVOCATION).get(0).mayBeLeftOut()).as("stale").isFalse();
	}

	private static List<String> ids(List<TestRecord> tests) {
		return tests.stream().map(TestRecord::uniqueId).toList();
	}
}
