package dev.testgov.junit.internal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.junit.jupiter.api.Test;

/** The reader against JaCoCo's own writer: what the agent's {@code getExecutionData} produces, byte for byte. */
class ExecDataReaderTests {

	private final ExecDataReader reader = new ExecDataReader();

	@Test
	void readsEveryClassWithHitsAsJaCoCoWroteIt() throws IOException {
		boolean[] wide = new boolean[300];
		wide[0] = wide[7] = wide[8] = wide[299] = true;
		boolean[] narrow = { false, true, false };

		List<ClassProbes> classes = reader.read(dump(new ExecutionData(1L, "com/acme/Wide", wide),
			new ExecutionData(-2L, "com/acme/Narrow", narrow), new ExecutionData(3L, "com/acme/Idle", new boolean[5])));

		assertThat(classes).extracting(ClassProbes::className).containsExactly("com/acme/Wide", "com/acme/Narrow");
		assertProbes(classes.get(0), 1L, wide);
		assertProbes(classes.get(1), -2L, narrow);
	}

	@Test
	void readsConcatenatedDumpsWithTheirHeadersAndSessions() throws IOException {
		byte[] first = dump(new ExecutionData(1L, "com/acme/A", new boolean[] { true }));
		byte[] second = dump(new ExecutionData(2L, "com/acme/B", new boolean[] { false, true }));
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);

		assertThat(reader.read(both)).extracting(ClassProbes::className).containsExactly("com/acme/A", "com/acme/B");
	}

	@Test
	void skipsAClassBlockWithoutHits() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.write(dump());
		out.writeByte(ExecDataReader.BLOCK_CLASS);
		out.writeLong(9L);
		out.writeUTF("com/acme/Reset");
		out.writeByte(10);
		out.write(new byte[2]);

		assertThat(reader.read(bytes.toByteArray())).isEmpty();
	}

	@Test
	void decodesAClassNameOncePerClassId() throws IOException {
		byte[] data = dump(new ExecutionData(5L, "com/acme/Again", new boolean[] { true }));

		String first = reader.read(data).get(0).className();
		String second = reader.read(data).get(0).className();

		assertThat(second).isSameAs(first);
	}

	@Test
	void rejectsAnotherFormatVersion() {
		byte[] data = dump();
		data[4] = 0x08;

		assertThatThrownBy(() -> reader.read(data)).isInstanceOf(IOException.class)
			.hasMessage("not JaCoCo execution data of format 0x1007: header magic 0xC0C0, format 0x1008 at byte 5");
	}

	@Test
	void rejectsTruncatedAndUnknownBlocks() {
		byte[] data = dump(new ExecutionData(1L, "com/acme/A", new boolean[] { true }));

		assertThatThrownBy(() -> reader.read(Arrays.copyOf(data, data.length - 1))).isInstanceOf(IOException.class)
			.hasMessageContaining("block ends after the data");
		assertThatThrownBy(() -> reader.read(new byte[] { 0x42 })).isInstanceOf(IOException.class)
			.hasMessage("not JaCoCo execution data of format 0x1007: unknown block type 66 at byte 1");
	}

	private static void assertProbes(ClassProbes probes, long id, boolean[] expected) {
		assertThat(probes.classId()).isEqualTo(id);
		assertThat(probes.probeCount()).isEqualTo(expected.length);
		assertThat(probes.probes()).hasSize((expected.length + 7) / 8);
		for (int i = 0; i < expected.length; i++) {
			assertThat(probes.hit(i)).as("probe %d", i).isEqualTo(expected[i]);
		}
	}

	/** What {@code IAgent.getExecutionData} returns: a header, the session, then each class with hits. */
	static byte[] dump(ExecutionData... classes) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ExecutionDataWriter writer = new ExecutionDataWriter(bytes);
			writer.visitSessionInfo(new SessionInfo("fork", 1L, 2L));
			for (ExecutionData data : classes) {
				writer.visitClassExecution(data);
			}
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
		return bytes.toByteArray();
	}
}
