package dev.testgov.maven.internal.store;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Small hand-made stores for format, file and query tests. */
final class SampleStores {

	static final String ENGINE = "[engine:junit-jupiter]";
	static final String FOO_TESTS = ENGINE + "/[class:com.acme.FooTests]";
	static final String ADDS = FOO_TESTS + "/[method:adds()]";
	static final String SUBTRACTS = FOO_TESTS + "/[method:subtracts(int, int)]";
	static final String TEMPLATE = FOO_TESTS + "/[test-template:repeats(int)]";
	static final String INVOCATION = TEMPLATE + "/[test-template-invocation:#1]";

	private SampleStores() {
	}

	static Store sample() {
		Dependencies container = dependencies(Map.of("com/acme/Foo", MethodSet.of(List.of("<init>()V"))),
			List.of(FileKey.reactor("app/src/test/resources/foo.json")), false);
		Dependencies adds = dependencies(Map.of("com/acme/Foo", MethodSet.of(List.of("add(II)I")), "com/acme/FooTests",
			MethodSet.of(List.of("adds()V"))), List.of(new FileKey("org.acme:data:jar::1.0", "data/rates.csv")), false);
		Dependencies subtracts = dependencies(Map.of("com/acme/Foo", MethodSet.of(List.of("subtract(II)I")),
			"com/acme/FooTests", MethodSet.of(List.of("subtracts(II)V")), "org/apache/maven/surefire/Booter",
			MethodSet.ALL), List.of(), true);
		SortedMap<String, TestRecord> tests = new TreeMap<>();
		tests.put(ADDS, test(ADDS, "adds", "PASSED", Attribution.PRECISE, List.of(container, adds)));
		tests.put(SUBTRACTS, test(SUBTRACTS, "subtracts", "FAILED", Attribution.PRECISE, List.of(container, subtracts)));
		tests.put(INVOCATION, new TestRecord(INVOCATION, "com.acme.FooTests", "repeats", TEMPLATE, "PASSED", 3,
			Attribution.STALE, List.of()));
		SortedMap<String, ClassRecord> classes = new TreeMap<>();
		classes.put("com/acme/Foo", new ClassRecord("com/acme/Foo", "org.acme:app", "1111111111111111", "2222222222222222",
			new TreeMap<>(Map.of("<init>()V", "aaaaaaaaaaaaaaaa", "add(II)I", "bbbbbbbbbbbbbbbb", "subtract(II)I",
				"cccccccccccccccc", "unused()V", "dddddddddddddddd"))));
		classes.put("com/acme/FooTests", new ClassRecord("com/acme/FooTests", "org.acme:app", "3333333333333333",
			"4444444444444444", new TreeMap<>(Map.of("adds()V", "eeeeeeeeeeeeeeee", "subtracts(II)V", "ffffffffffffffff"))));
		classes.put("org/apache/maven/surefire/Booter", ClassRecord.unresolved("org/apache/maven/surefire/Booter", 0x5eedL));
		SortedMap<FileKey, String> files = new TreeMap<>();
		files.put(FileKey.reactor("app/src/test/resources/foo.json"), "9".repeat(64));
		files.put(new FileKey("org.acme:data:jar::1.0", "data/rates.csv"), Store.ABSENT_FILE);
		BuildInputs inputs = new BuildInputs(new TreeMap<>(Map.of("org.acme:data:jar::1.0", "8".repeat(64),
			"org.acme:lib:jar::2.0-SNAPSHOT", BuildInputs.REACTOR)), new TreeMap<>(Map.of("surefire.argLine", "7".repeat(16))));
		return new Store(inputs, tests, classes, files);
	}

	static TestRecord test(String uniqueId, String method, String status, Attribution attribution,
			List<Dependencies> parts) {
		return new TestRecord(uniqueId, "com.acme.FooTests", method, uniqueId, status, 12, attribution, parts);
	}

	static Dependencies dependencies(Map<String, MethodSet> classes, List<FileKey> files, boolean external) {
		return new Dependencies(new TreeMap<>(classes), new TreeSet<>(files), external);
	}
}
