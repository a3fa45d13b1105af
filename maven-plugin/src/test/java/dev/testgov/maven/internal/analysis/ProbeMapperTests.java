package dev.testgov.maven.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import dev.testgov.maven.internal.fingerprint.ClassFiles;
import dev.testgov.maven.internal.fingerprint.InMemoryCompiler;
import dev.testgov.maven.internal.fingerprint.MethodKeys;
import org.jacoco.core.internal.data.CRC64;
import org.junit.jupiter.api.Test;

/** Probe maps checked against JaCoCo's own instrumentation, run in process. */
class ProbeMapperTests {

	private static final String PROBED = """
			package demo;

			import java.util.List;
			import java.util.function.IntSupplier;

			public class Probed {

				public static int plain(int x) {
					return x + 1;
				}

				public static int withLambda(int x) {
					IntSupplier supplier = () -> x * 2;
					return supplier.getAsInt();
				}

				public static int lambdaNotRun(int x) {
					IntSupplier supplier = () -> x * 3;
					return supplier == null ? 0 : x;
				}

				public static int table(int x) {
					switch (x) {
						case 1: return 10;
						case 2: return 20;
						case 3: return 20;
						default: return 0;
					}
				}

				public static int lookup(int x) {
					return switch (x) {
						case 1, 1000 -> 10;
						case -50 -> 20;
						default -> 30;
					};
				}

				public static int guarded(int x) {
					try {
						return 10 / x;
					}
					catch (ArithmeticException e) {
						return -1;
					}
				}

				public static int loops(List<Integer> values) {
					int sum = 0;
					for (int value : values) {
						sum += value > 0 ? value : -value;
					}
					return sum;
				}
			}
			""";

	private static final String INITIALISED = """
			package demo;

			public class Initialised {
				static final String NAME = String.valueOf(System.nanoTime() > 0);

				public static String name() {
					return NAME;
				}
			}
			""";

	private static final Map<String, byte[]> CLASSES = InMemoryCompiler.compile(Map.of("demo.Probed", PROBED,
		"demo.Initialised", INITIALISED), "-g");

	@Test
	void oneCallHitsExactlyThatMethod() throws Exception {
		assertThat(hitsOf("demo.Probed", "plain", 1)).containsExactly("plain(I)I");
		assertThat(hitsOf("demo.Probed", "guarded", 0)).containsExactly("guarded(I)I");
		assertThat(hitsOf("demo.Probed", "loops", List.of(1, -2))).containsExactly("loops(Ljava/util/List;)I");
	}

	@Test
	void switchProbesBelongToTheirMethod() throws Exception {
		for (int x : new int[] { 1, 2, 3, 4 }) {
			assertThat(hitsOf("demo.Probed", "table", x)).containsExactly("table(I)I");
		}
		for (int x : new int[] { 1, 1000, -50, 7 }) {
			assertThat(hitsOf("demo.Probed", "lookup", x)).containsExactly("lookup(I)I");
		}
	}

	@Test
	void aLambdaThatRanIsHitUnderItsStableKey() throws Exception {
		assertThat(hitsOf("demo.Probed", "withLambda", 4)).containsExactly("lambda$withLambda(I)I#0", "withLambda(I)I");
		assertThat(hitsOf("demo.Probed", "lambdaNotRun", 4)).containsExactly("lambdaNotRun(I)I");
	}

	@Test
	void theStaticInitialiserIsHitOnFirstUse() throws Exception {
		assertThat(hitsOf("demo.Initialised", "name")).containsExactly("<clinit>()V", "name()Ljava/lang/String;");
	}

	@Test
	void everyProbeIsMappedAndTheClassIdIsTheAgents() throws Exception {
		try (AgentSimulation agent = new AgentSimulation(CLASSES)) {
			agent.call("demo.Probed", "plain", 1);
			ClassProbes probes = coverageOf(agent.takeCoverage(), "demo/Probed");
			ProbeMap map = map("demo/Probed");

			assertThat(probes.classId()).isEqualTo(CRC64.classId(CLASSES.get("demo/Probed")));
			assertThat(map.matches(probes)).isTrue();
			assertThat(map.owners()).doesNotContainNull().hasSize(probes.probeCount());
		}
	}

	private static SortedSet<String> hitsOf(String className, String method, Object... arguments) throws Exception {
		try (AgentSimulation agent = new AgentSimulation(CLASSES)) {
			agent.call(className, method, arguments);
			String name = className.replace('.', '/');
			return map(name).methodsHit(coverageOf(agent.takeCoverage(), name));
		}
	}

	private static ProbeMap map(String className) {
		byte[] bytes = CLASSES.get(className);
		return ProbeMapper.map(bytes, MethodKeys.of(ClassFiles.read(bytes)));
	}

	private static ClassProbes coverageOf(List<ClassProbes> coverage, String className) {
		return coverage.stream().filter(probes -> probes.className().equals(className)).findFirst().orElseThrow();
	}
}
