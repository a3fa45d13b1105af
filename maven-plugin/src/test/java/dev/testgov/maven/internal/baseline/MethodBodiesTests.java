package dev.testgov.maven.internal.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import dev.testgov.maven.internal.baseline.fixtures.BillingFixture;
import org.junit.jupiter.api.Test;

/** Body hashes of compiled methods: stable across a move and a rename, different when the code differs. */
class MethodBodiesTests {

	private static final String HERE = BillingFixture.class.getName();
	private static final String MOVED = dev.testgov.maven.internal.baseline.fixtures.moved.BillingFixture.class.getName();
	private static final String INHERITING = HERE.replace("BillingFixture", "InheritingFixture");

	private final MethodBodies bodies = new MethodBodies(classes());

	@Test
	void aMovedAndRenamedMethodKeepsItsHash() {
		String before = hash(HERE, "totalsTheLines", "");
		assertThat(before).matches("[0-9a-f]{16}");
		assertThat(hash(MOVED, "addsUpTheLines", "")).isEqualTo(before);
	}

	@Test
	void aChangedBodyChangesTheHash() {
		assertThat(hash(MOVED, "roundsHalfUp", "")).isNotEqualTo(hash(HERE, "roundsHalfUp", ""));
	}

	@Test
	void lambdasCountAsPartOfTheMethodThatCreatesThem() {
		assertThat(hash(HERE, "throwsInALambda", "")).isNotEqualTo(hash(HERE, "throwsInAnotherLambda", ""))
			.isEqualTo(hash(MOVED, "throwsInALambda", ""));
	}

	@Test
	void overloadsAreToldApartByTheParameterTypesInTheId() {
		List<String> hashes = List.of(hash(HERE, "charges", "int"), hash(HERE, "charges", "java.lang.String"),
			hash(HERE, "charges", "[I"));
		assertThat(hashes).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(hash(MOVED, "charges", "java.lang.String")).isEqualTo(hashes.get(1));
	}

	@Test
	void anInheritedTestIsFoundInItsSuperclass() {
		assertThat(hash(INHERITING, "roundsHalfUp", "")).isEqualTo(hash(HERE, "roundsHalfUp", ""));
	}

	@Test
	void aTestWithoutAClassFileHasNoHash() {
		assertThat(hash("com.example.NotCompiledHere", "anything", "")).isNull();
		assertThat(hash(HERE, "noSuchMethod", "")).isNull();
	}

	@Test
	void parametersAreReadFromTheLastMethodSegmentOfTheId() {
		assertThat(MethodBodies.parameters("[engine:junit-jupiter]/[class:a.B]/[test-template:adds(int, java.lang.String)]"
				+ "/[test-template-invocation:#2]")).isEqualTo("int,java.lang.String");
		assertThat(MethodBodies.parameters("[engine:junit-jupiter]/[class:a.B]")).isNull();
		assertThat(MethodBodies.parametersOf("(I[Ljava/lang/String;Ljava/util/List;)V"))
			.isEqualTo("int,[Ljava.lang.String;,java.util.List");
	}

	private String hash(String className, String method, String parameters) {
		String id = "[engine:junit-jupiter]/[class:" + className + "]/[method:" + method + "(" + parameters + ")]";
		return bodies.hash(new TestResult(id, className, method, method + "()", TestStatus.PASSED, null, null, null,
			null, 0, null)).body();
	}

	private static Path classes() {
		try {
			return Paths.get(BillingFixture.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
