package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import dev.testgov.junit.internal.record.fixture.Foo;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.runtime.RuntimeData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Reading the agent's probe arrays in place gives what its exec-format dump gives, and clears them as the
 * dump's reset does. In process against jacoco-core's {@code RuntimeData} (the agent holds a shaded copy of
 * the same classes), and once in a child JVM against the real agent.
 */
@Isolated(ChildFork.ISOLATED)
class ProbeArraysTests {

	private final RuntimeData data = new RuntimeData();
	private final StubAgent agent = new StubAgent(data);

	@Test
	void takesTheSetProbesPackedAsTheExecFormatHasThemAndClearsThem() throws Throwable {
		boolean[] wide = data.getExecutionData(1L, "com/acme/Wide", 10).getProbes();
		boolean[] idle = data.getExecutionData(2L, "com/acme/Idle", 3).getProbes();
		wide[0] = true;
		wide[3] = true;
		wide[9] = true;
		byte[] dump = dump();
		ProbeArrays arrays = ProbeArrays.of(agent);

		List<ClassProbes> taken = arrays.take();

		assertThat(taken).hasSize(1);
		ClassProbes probes = taken.get(0);
		assertThat(probes.classId()).isEqualTo(1L);
		assertThat(probes.className()).isEqualTo("com/acme/Wide");
		assertThat(probes.probeCount()).isEqualTo(10);
		assertThat(probes.probes()).containsExactly(0b0000_1001, 0b0000_0010);
		assertThat(new ExecDataReader().read(dump)).singleElement()
			.satisfies(fromDump -> assertThat(fromDump.probes()).isEqualTo(probes.probes()));
		assertThat(wide).containsOnly(false);
		assertThat(idle).containsOnly(false);
		assertThat(arrays.take()).isEmpty();
	}

	@Test
	void findsClassesInitialisedAfterTheFirstTake() throws Throwable {
		ProbeArrays arrays = ProbeArrays.of(agent);
		assertThat(arrays.take()).isEmpty();

		data.getExecutionData(5L, "com/acme/Late", 2).getProbes()[1] = true;

		assertThat(arrays.take()).singleElement().satisfies(probes -> {
			assertThat(probes.className()).isEqualTo("com/acme/Late");
			assertThat(probes.hit(1)).isTrue();
			assertThat(probes.hit(0)).isFalse();
		});
	}

	@Test
	void probesSetAgainAfterATakeAreTakenAgain() throws Throwable {
		boolean[] probes = data.getExecutionData(1L, "com/acme/Again", 1).getProbes();
		ProbeArrays arrays = ProbeArrays.of(agent);
		probes[0] = true;
		assertThat(arrays.take()).hasSize(1);

		probes[0] = true;

		assertThat(arrays.take()).hasSize(1);
	}

	@Test
	void anAgentWithoutJacocosInternalsIsRefused() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProbeArrays.of(new Object()))
			.isInstanceOf(ReflectiveOperationException.class);
	}

	@Test
	void theRealAgentsProbesAreReadInPlace() throws IOException, InterruptedException {
		String output = ChildFork.unrecorded().main(InPlaceMain.class).run();

		assertThat(output).contains(InPlaceMain.IN_PLACE + "true").contains(InPlaceMain.HIT + "[a]");
	}

	private byte[] dump() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExecutionDataWriter writer = new ExecutionDataWriter(out);
		data.collect(writer, writer, false);
		return out.toByteArray();
	}

	/** Stands in for JaCoCo's {@code Agent}: its {@code getData()} is what the probe arrays are reached by. */
	public static final class StubAgent {

		private final RuntimeData data;

		StubAgent(RuntimeData data) {
			this.data = data;
		}

		public RuntimeData getData() {
			return data;
		}
	}

	/** In a JVM with the real agent: whether the probes are read in place, and which methods of Foo ran. */
	public static final class InPlaceMain {

		static final String IN_PLACE = "in place: ";
		static final String HIT = "hit: ";

		private InPlaceMain() {
		}

		public static void main(String[] arguments) throws Exception {
			JacocoAgent agent = JacocoAgent.locate();
			agent.take();
			Foo.a(1);
			ClassProbes foo = agent.take().stream()
				.filter(probes -> probes.className().equals(Foo.class.getName().replace('.', '/')))
				.findFirst().orElseThrow();
			System.out.println(IN_PLACE + agent.readsInPlace());
			System.out.println(HIT + CoveredMethods.of(Foo.class, foo));
			System.out.println(Arrays.toString(foo.probes()));
		}
	}
}
