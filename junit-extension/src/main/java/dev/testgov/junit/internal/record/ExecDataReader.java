package dev.testgov.junit.internal.record;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;

/**
 * Reads JaCoCo's execution-data format, as {@code IAgent.getExecutionData} returns it, without jacoco-core:
 * a header block ({@code 0x01}, magic {@code 0xC0C0}, format {@code 0x1007}), session blocks ({@code 0x10}:
 * a UTF id and two timestamps) and one block per class that ran ({@code 0x11}: id, UTF name, then the probes
 * as a var-int count and bits packed eight to a byte, lowest first). That is the layout {@link ClassProbes}
 * keeps, so probes are copied, never unpacked.
 *
 * <p>A class's name is decoded once per class id and reused, so a dump costs one small array per class that
 * ran. Not thread-safe: the recorder reads under its lock.
 */
final class ExecDataReader {

	static final int BLOCK_HEADER = 0x01;
	static final int BLOCK_SESSION = 0x10;
	static final int BLOCK_CLASS = 0x11;
	static final int MAGIC = 0xC0C0;
	static final int FORMAT = 0x1007;
	static final String MALFORMED = "not JaCoCo execution data of format 0x1007: %s at byte %d";

	private final Map<Long, String> names = new HashMap<>();

	/** @return the classes with at least one probe hit, in the agent's order */
	List<ClassProbes> read(byte[] data) throws IOException {
		Cursor in = new Cursor(data);
		List<ClassProbes> classes = new ArrayList<>();
		while (in.more()) {
			int block = in.u1();
			if (block == BLOCK_HEADER) {
				header(in);
			}
			else if (block == BLOCK_SESSION) {
				in.skip(in.u2());
				in.skip(2 * Long.BYTES);
			}
			else if (block == BLOCK_CLASS) {
				ClassProbes probes = classProbes(in);
				if (probes != null) {
					classes.add(probes);
				}
			}
			else {
				throw in.malformed("unknown block type " + block);
			}
		}
		return classes;
	}

	private static void header(Cursor in) throws IOException {
		int magic = in.u2();
		int format = in.u2();
		if (magic != MAGIC || format != FORMAT) {
			throw in.malformed(String.format("header magic 0x%X, format 0x%X", magic, format));
		}
	}

	private ClassProbes classProbes(Cursor in) throws IOException {
		long id = in.s8();
		String name = name(id, in);
		int count = in.varInt();
		int length = (count + 7) / 8;
		int start = in.skip(length);
		return in.anySet(start, length) ? new ClassProbes(id, name, count, in.copy(start, length)) : null;
	}

	private String name(long id, Cursor in) throws IOException {
		int start = in.position();
		int length = in.u2();
		in.skip(length);
		String name = names.get(id);
		if (name == null) {
			name = in.utf(start, length);
			names.put(id, name);
		}
		return name;
	}

	/** A bounds-checked position in the dump. */
	private static final class Cursor {

		private final byte[] data;
		private int position;

		Cursor(byte[] data) {
			this.data = data;
		}

		boolean more() {
			return position < data.length;
		}

		int position() {
			return position;
		}

		int u1() throws IOException {
			return data[skip(1)] & 0xFF;
		}

		int u2() throws IOException {
			int at = skip(2);
			return (data[at] & 0xFF) << 8 | data[at + 1] & 0xFF;
		}

		long s8() throws IOException {
			int at = skip(Long.BYTES);
			long value = 0;
			for (int i = 0; i < Long.BYTES; i++) {
				value = value << 8 | data[at + i] & 0xFF;
			}
			return value;
		}

		int varInt() throws IOException {
			int value = 0;
			for (int shift = 0; shift < Integer.SIZE; shift += 7) {
				int next = u1();
				value |= (next & 0x7F) << shift;
				if ((next & 0x80) == 0) {
					return value;
				}
			}
			throw malformed("var-int longer than 5 bytes");
		}

		/** @return where the skipped bytes start */
		int skip(int length) throws IOException {
			if (length < 0 || length > data.length - position) {
				throw malformed("block ends after the data");
			}
			int start = position;
			position += length;
			return start;
		}

		boolean anySet(int start, int length) {
			for (int i = start; i < start + length; i++) {
				if (data[i] != 0) {
					return true;
				}
			}
			return false;
		}

		byte[] copy(int start, int length) {
			return Arrays.copyOfRange(data, start, start + length);
		}

		/** Modified UTF-8 with its two-byte length, as {@code DataOutput.writeUTF} wrote it. */
		String utf(int start, int length) throws IOException {
			return new DataInputStream(new ByteArrayInputStream(data, start, length + 2)).readUTF();
		}

		IOException malformed(String what) {
			return new IOException(String.format(MALFORMED, what, position));
		}
	}
}
