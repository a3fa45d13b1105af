package dev.testgov.maven.internal.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FingerprintsTests {

	private static final String SAMPLE = """
			package demo;

			import java.util.function.Supplier;

			public class Sample implements Runnable {
				static final int LIMIT = 3;
				private int count;
				static {
					System.setProperty("demo.sample", "loaded");
				}

				public int a(int x) {
					if (x > LIMIT) {
						return x * 2;
					}
					return x + count;
				}

				public String b() {
					Supplier<String> supplier = () -> "b" + count;
					return String.valueOf(supplier.get());
				}

				@Override
				public void run() {
					count++;
				}
			}
			""";

	private static final ClassFingerprint ORIGINAL = fingerprint(SAMPLE);

	@Test
	void commentsAndBlankLinesChangeNothing() {
		ClassFingerprint changed = fingerprint(SAMPLE.replace("	public int a(int x) {", "\n\n	// a comment\n\n	public int a(int x) {")
			.replace("return String.valueOf(supplier.get());", "return String.valueOf(\n\n supplier\n.get() /* why */);"));

		assertThat(changed).isEqualTo(ORIGINAL);
	}

	@Test
	void debugInformationChangesNothing() {
		ClassFingerprint withoutDebug = Fingerprints.of(InMemoryCompiler.compile(Map.of("demo.Sample", SAMPLE), "-g:none")
			.get("demo/Sample"));

		assertThat(withoutDebug).isEqualTo(ORIGINAL);
	}

	@Test
	void bodyChangeChangesOnlyThatMethod() {
		ClassFingerprint changed = fingerprint(SAMPLE.replace("return x * 2;", "return x * 3;"));

		assertThat(changed.structure()).isEqualTo(ORIGINAL.structure());
		assertThat(changed.whole()).isNotEqualTo(ORIGINAL.whole());
		assertThat(differingMethods(changed)).containsExactly("a(I)I");
	}

	@Test
	void newMethodChangesTheStructureOnly() {
		ClassFingerprint changed = fingerprint(SAMPLE.replace("	@Override", "	public String toString() {\n return \"s\";\n }\n\n	@Override"));

		assertThat(changed.structure()).isNotEqualTo(ORIGINAL.structure());
		assertThat(changed.methods()).containsAllEntriesOf(ORIGINAL.methods());
	}

	@Test
	void fieldsConstantsHierarchyAndStaticInitialiserChangeTheStructure() {
		assertThat(fingerprint(SAMPLE.replace("private int count;", "private long count2;\n private int count;")).structure())
			.as("new field").isNotEqualTo(ORIGINAL.structure());
		assertThat(fingerprint(SAMPLE.replace("private int count;", "protected int count;")).structure())
			.as("field access").isNotEqualTo(ORIGINAL.structure());
		assertThat(fingerprint(SAMPLE.replace("LIMIT = 3", "LIMIT = 4")).structure())
			.as("constant").isNotEqualTo(ORIGINAL.structure());
		assertThat(fingerprint(SAMPLE.replace("implements Runnable", "extends Thread implements Runnable")).structure())
			.as("superclass").isNotEqualTo(ORIGINAL.structure());
		ClassFingerprint initialiser = fingerprint(SAMPLE.replace("\"loaded\"", "\"initialised\""));
		assertThat(initialiser.structure()).as("static initialiser").isNotEqualTo(ORIGINAL.structure());
		assertThat(differingMethods(initialiser)).containsExactly("<clinit>()V");
	}

	@Test
	void annotationsAndAccessChangeTheMethodAndTheStructure() {
		ClassFingerprint annotated = fingerprint(SAMPLE.replace("	public String b()", "	@Deprecated\n	public String b()"));
		ClassFingerprint narrowed = fingerprint(SAMPLE.replace("public int a(int x)", "protected int a(int x)"));

		assertThat(annotated.structure()).isNotEqualTo(ORIGINAL.structure());
		assertThat(differingMethods(annotated)).containsExactly("b()Ljava/lang/String;");
		assertThat(narrowed.structure()).isNotEqualTo(ORIGINAL.structure());
		assertThat(differingMethods(narrowed)).containsExactly("a(I)I");
	}

	@Test
	void parameterNamesCountWhenCompiledWithParameters() {
		ClassFingerprint withNames = Fingerprints.of(InMemoryCompiler.compile(Map.of("demo.Sample", SAMPLE), "-g",
			"-parameters").get("demo/Sample"));

		assertThat(differingMethods(withNames)).contains("a(I)I").doesNotContain("b()Ljava/lang/String;");
	}

	@Test
	void lambdaBodiesAreKeyedByTheMethodThatCreatesThem() {
		assertThat(ORIGINAL.methods()).containsKey("lambda$b()Ljava/lang/String;#0");

		ClassFingerprint changed = fingerprint(SAMPLE.replace("\"b\" + count", "\"c\" + count"));

		assertThat(changed.structure()).isEqualTo(ORIGINAL.structure());
		assertThat(differingMethods(changed)).containsExactly("lambda$b()Ljava/lang/String;#0");
	}

	@Test
	void aLambdaAddedToAnotherMethodRenamesNothing() {
		ClassFingerprint changed = fingerprint(SAMPLE.replace("return x + count;",
			"Supplier<Integer> plus = () -> x + count;\n return plus.get();"));

		assertThat(changed.structure()).isEqualTo(ORIGINAL.structure());
		assertThat(differingMethods(changed)).containsExactly("a(I)I", "lambda$a(I)I#0");
	}

	@Test
	void nestedClassesLeaveTheOuterStructureAndMethodsAlone() {
		ClassFingerprint changed = fingerprint(SAMPLE.replace("	@Override", "	static class Helper {\n	}\n\n	@Override"));

		assertThat(changed.structure()).isEqualTo(ORIGINAL.structure());
		assertThat(changed.methods()).isEqualTo(ORIGINAL.methods());
		assertThat(changed.whole()).as("the class file lists its nested classes").isNotEqualTo(ORIGINAL.whole());
	}

	@Test
	void anAnonymousClassBodyChangesOnlyThatClass() {
		String anonymous = SAMPLE.replace("		count++;", "		new Thread(new Runnable() {\n public void run() {\n count--;\n }\n }).start();");
		Map<String, byte[]> before = InMemoryCompiler.compile("demo.Sample", anonymous);
		Map<String, byte[]> after = InMemoryCompiler.compile("demo.Sample", anonymous.replace("count--;", "count -= 2;"));

		assertThat(Fingerprints.of(after.get("demo/Sample"))).isEqualTo(Fingerprints.of(before.get("demo/Sample")));
		assertThat(Fingerprints.of(after.get("demo/Sample$1")).methods().get("run()V"))
			.isNotEqualTo(Fingerprints.of(before.get("demo/Sample$1")).methods().get("run()V"));
	}

	@Test
	void unreadableBytesGetAnOpaqueFingerprint() {
		ClassFingerprint opaque = Fingerprints.opaque("demo/Broken", new byte[] { 1, 2, 3 });

		assertThat(opaque.methods()).isEmpty();
		assertThat(opaque.whole()).hasSize(16).isEqualTo(opaque.structure());
	}

	private static java.util.List<String> differingMethods(ClassFingerprint changed) {
		java.util.Set<String> keys = new java.util.TreeSet<>(changed.methods().keySet());
		keys.addAll(ORIGINAL.methods().keySet());
		return keys.stream().filter(key -> !java.util.Objects.equals(changed.methods().get(key), ORIGINAL.methods().get(key)))
			.toList();
	}

	private static ClassFingerprint fingerprint(String source) {
		return Fingerprints.of(InMemoryCompiler.compile("demo.Sample", source).get("demo/Sample"));
	}
}
