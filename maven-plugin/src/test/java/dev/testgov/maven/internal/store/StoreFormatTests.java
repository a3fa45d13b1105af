package dev.testgov.maven.internal.store;

import static dev.testgov.maven.internal.store.SampleStores.ADDS;
import static dev.testgov.maven.internal.store.SampleStores.INVOCATION;
import static dev.testgov.maven.internal.store.SampleStores.SUBTRACTS;
import static dev.testgov.maven.internal.store.SampleStores.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class StoreFormatTests {

	@Test
	void roundTripKeepsEveryTestAndWhatItDependsOn() throws StoreFormatException {
		Store sample = SampleStores.sample();

		Store read = StoreFormat.read(StoreFormat.write(sample));

		assertThat(read.inputs()).isEqualTo(sample.inputs());
		assertThat(read.classes()).isEqualTo(sample.classes());
		assertThat(read.files()).isEqualTo(sample.files());
		assertThat(read.tests().keySet()).isEqualTo(sample.tests().keySet());
		for (TestRecord test : sample.tests().values()) {
			TestRecord copy = read.tests().get(test.uniqueId());
			assertThat(copy.dependencies()).as(test.uniqueId()).isEqualTo(test.dependencies());
			assertThat(List.of(copy.className(), copy.methodName(), copy.selectionNode(), copy.status()))
				.containsExactly(test.className(), test.methodName(), test.selectionNode(), test.status());
			assertThat(copy.attribution()).isEqualTo(test.attribution());
			assertThat(copy.durationMillis()).isEqualTo(test.durationMillis());
		}
		assertThat(StoreFormat.write(read)).isEqualTo(StoreFormat.write(sample));
	}

	@Test
	void sameContentIsTheSameBytesWhateverTheOrderItWasBuiltIn() {
		Store sample = SampleStores.sample();
		List<TestRecord> reversed = new ArrayList<>(sample.tests().values());
		Collections.reverse(reversed);
		SortedMap<String, TestRecord> tests = new TreeMap<>(Collections.reverseOrder());
		reversed.forEach(test -> tests.put(test.uniqueId(), test));

		Store rebuilt = new Store(sample.inputs(), tests, sample.classes(), sample.files());

		assertThat(StoreFormat.write(rebuilt)).isEqualTo(StoreFormat.write(sample));
	}

	@Test
	void sharedPartsAreWrittenOnceAndUnreferencedClassesNotAtAll() {
		String text = text(SampleStores.sample());

		assertThat(text).startsWith("testgov-store 1\n# testgov dependency store:");
		assertThat(lines(text, "set\t")).hasSize(3);
		assertThat(lines(text, "class\t")).hasSize(3);
		assertThat(text).contains("\tunused()V\t").doesNotContain("\tcom/acme/Unused\t");
		assertThat(lines(text, "test\t" + ADDS + "\t")).singleElement().asString().endsWith("\t3\tPASSED\t12\tprecise\t0,1");
		assertThat(lines(text, "test\t" + INVOCATION + "\t")).singleElement().asString()
			.endsWith("\t3\tPASSED\t3\tstale\t-");
	}

	@Test
	void theExcerptReadsAsDocumented() {
		String text = text(SampleStores.sample());

		assertThat(text).contains("configuration\tsurefire.argLine\t7777777777777777\n",
			"dependency\torg.acme:lib:jar::2.0-SNAPSHOT\treactor\n", "origin\torg.acme:app\n",
			"origin\torg.acme:data:jar::1.0\n",
			"class\tcom/acme/Foo\t0\t1111111111111111\t2222222222222222\t<init>()V\taaaaaaaaaaaaaaaa\tadd(II)I\t",
			"class\torg/apache/maven/surefire/Booter\t?\t0000000000005eed\t-\n",
			"file\t-\tapp/src/test/resources/foo.json\t" + "9".repeat(64) + "\n",
			"file\t1\tdata/rates.csv\tabsent\n", "set\t0:0\tf:0\n", "set\t0:2\t1:1\t2:*\tx\n");
		assertThat(lines(text, "end\t")).singleElement().asString().matches("end\t3\t[0-9a-f]{16}");
	}

	@Test
	void anyCharacterInIdsAndNamesSurvives() throws StoreFormatException {
		String odd = SampleStores.FOO_TESTS + "/[method:`adds two\tnumbers`\\n()]";
		Dependencies part = SampleStores.dependencies(Map.of("com/acme/FooTests", MethodSet.ALL), List.of(), false);
		Store sample = SampleStores.sample();
		SortedMap<String, TestRecord> tests = new TreeMap<>(sample.tests());
		tests.put(odd, new TestRecord(odd, "com.acme.FooTests", "adds two\tnumbers\r\n", odd, "PASSED", 1,
			Attribution.FORK, List.of(part)));

		Store read = StoreFormat.read(StoreFormat.write(new Store(sample.inputs(), tests, sample.classes(), sample.files())));

		assertThat(read.tests().get(odd).methodName()).isEqualTo("adds two\tnumbers\r\n");
		assertThat(read.tests().get(odd).dependencies()).isEqualTo(part);
	}

	@Test
	void selectionNodesAreStoredAsAPrefixOfTheUniqueId() throws StoreFormatException {
		Store read = StoreFormat.read(StoreFormat.write(SampleStores.sample()));

		assertThat(read.tests().get(INVOCATION).selectionNode()).isEqualTo(TEMPLATE);
		assertThat(read.tests().get(SUBTRACTS).selectionNode()).isEqualTo(SUBTRACTS);
	}

	@Test
	void aTestReferringToAnUnknownClassIsAProgrammingError() {
		Store sample = SampleStores.sample();
		Store broken = new Store(sample.inputs(), sample.tests(), new TreeMap<>(), sample.files());

		assertThatThrownBy(() -> StoreFormat.write(broken)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("com/acme/Foo");
	}

	static String text(Store store) {
		return new String(StoreFormat.write(store), StandardCharsets.UTF_8);
	}

	private static List<String> lines(String text, String prefix) {
		return text.lines().filter(line -> line.startsWith(prefix)).toList();
	}
}
