package dev.testgov.junit.internal.record;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The raw per-fork recording file: what a test JVM writes while tests run, and the plugin reads once after
 * the run to build the dependency store. One class owns both directions, so writer and reader cannot drift.
 *
 * <p>Layout: the magic {@code TGR1}, an {@code int} version, then records. Each record is a kind byte, an
 * {@code int} payload length, the payload, and the payload's CRC-32. The file is appended to as tests finish
 * and never rewritten, so a JVM killed mid-run leaves every complete record readable; the reader stops at
 * the first truncated or corrupt record and says so. A clean end is marked by an {@link Kind#END} record.
 */
public final class RawRecords {

	static final byte[] MAGIC = { 'T', 'G', 'R', '1' };
	public static final int VERSION = 1;
	/** File names: {@code raw-<pid>-<sequence>.tgr}. */
	public static final String SUFFIX = ".tgr";

	/** The kinds of record. */
	public enum Kind {
		/** A test or container began: id, parent id ("" for none), whether it is a test. */
		SCOPE(1),
		/** Classes executed while a scope was current: scope id, then classes with their probes. */
		COVERAGE(2),
		/** A file or resource read while a scope was current: scope id, kind, location, resource name. */
		FILE(3),
		/** A test or container finished: id, status, duration in milliseconds, reason. */
		OUTCOME(4),
		/** Attribution fell back to a coarser mode: mode name, why. */
		MODE(5),
		/** The fork finished cleanly. */
		END(9);

		final int code;

		Kind(int code) {
			this.code = code;
		}

		static Kind of(int code) {
			for (Kind kind : values()) {
				if (kind.code == code) {
					return kind;
				}
			}
			return null;
		}
	}

	private RawRecords() {
	}

	/**
	 * Opens a new raw file for appending; the header is written at once. An existing file is never replaced:
	 * it belongs to another fork.
	 *
	 * @throws java.nio.file.FileAlreadyExistsException if {@code file} exists
	 */
	public static Writer create(Path file) throws IOException {
		return new Writer(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
	}

	/** Reads a whole raw file, tolerating a truncated or corrupt tail. */
	public static Contents read(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			return read(in);
		}
	}

	static Contents read(InputStream stream) throws IOException {
		DataInputStream in = new DataInputStream(stream);
		byte[] magic = new byte[4];
		try {
			in.readFully(magic);
			int version = in.readInt();
			if (!java.util.Arrays.equals(magic, MAGIC) || version != VERSION) {
				return Contents.foreign("not a testgov raw recording of version " + VERSION);
			}
		}
		catch (EOFException e) {
			return Contents.foreign("shorter than its header");
		}
		List<Record> records = new ArrayList<>();
		while (true) {
			int code = in.read();
			if (code < 0) {
				return new Contents(records, false, null);
			}
			try {
				Kind kind = Kind.of(code);
				int length = in.readInt();
				if (kind == null || length < 0 || length > 64 * 1024 * 1024) {
					return new Contents(records, true, "unknown record kind " + code + " or length " + length);
				}
				byte[] payload = new byte[length];
				in.readFully(payload);
				int crc = in.readInt();
				if (crc != crc(payload)) {
					return new Contents(records, true, "record " + records.size() + " fails its checksum");
				}
				records.add(new Record(kind, payload));
			}
			catch (EOFException e) {
				return new Contents(records, true, "record " + records.size() + " is truncated");
			}
		}
	}

	static int crc(byte[] payload) {
		CRC32 crc = new CRC32();
		crc.update(payload);
		return (int) crc.getValue();
	}

	/**
	 * Appends records. Records are buffered; {@link #flush()} hands them to the file, so that they survive the
	 * JVM: the recorder flushes once per test event, so a killed JVM loses at most the event in progress.
	 */
	public static final class Writer implements Closeable {

		private final DataOutputStream out;
		private final Payload payload = new Payload();
		private final DataOutputStream payloadData = new DataOutputStream(payload);
		private final CRC32 crc = new CRC32();

		Writer(OutputStream stream) throws IOException {
			out = new DataOutputStream(new BufferedOutputStream(stream, 64 * 1024));
			out.write(MAGIC);
			out.writeInt(VERSION);
			out.flush();
		}

		/** Appends one record whose payload the consumer writes; it reaches the file at the next flush. */
		public synchronized void write(Kind kind, PayloadWriter writer) throws IOException {
			payload.reset();
			writer.write(payloadData);
			payloadData.flush();
			crc.reset();
			crc.update(payload.bytes(), 0, payload.size());
			out.write(kind.code);
			out.writeInt(payload.size());
			out.write(payload.bytes(), 0, payload.size());
			out.writeInt((int) crc.getValue());
		}

		/** Hands every record written so far to the file. */
		public synchronized void flush() throws IOException {
			out.flush();
		}

		@Override
		public synchronized void close() throws IOException {
			out.close();
		}

		/** A reusable payload buffer whose bytes are read in place. */
		private static final class Payload extends ByteArrayOutputStream {

			Payload() {
				super(256);
			}

			byte[] bytes() {
				return buf;
			}
		}
	}

	/** Writes one record's payload. */
	@FunctionalInterface
	public interface PayloadWriter {

		void write(DataOutputStream payload) throws IOException;
	}

	/** One record: its kind and payload, read with {@link #payload()}. */
	public static final class Record {

		private final Kind kind;
		private final byte[] payload;

		Record(Kind kind, byte[] payload) {
			this.kind = kind;
			this.payload = payload;
		}

		public Kind kind() {
			return kind;
		}

		/** The payload as a stream, to be read in the order it was written. */
		public DataInputStream payload() {
			return new DataInputStream(new java.io.ByteArrayInputStream(payload));
		}
	}

	/** A file's records, and whether (and why) reading stopped early. */
	public static final class Contents {

		private final List<Record> records;
		private final boolean damaged;
		private final String problem;

		Contents(List<Record> records, boolean damaged, String problem) {
			this.records = records;
			this.damaged = damaged;
			this.problem = problem;
		}

		static Contents foreign(String problem) {
			return new Contents(List.of(), true, problem);
		}

		public List<Record> records() {
			return records;
		}

		/** Whether the file ended in a truncated or corrupt record, or was not a raw recording at all. */
		public boolean isDamaged() {
			return damaged;
		}

		/** Why reading stopped early; {@code null} when it did not. */
		public String problem() {
			return problem;
		}

		/** Whether the fork wrote its end record: it was not killed. */
		public boolean isComplete() {
			return !records.isEmpty() && records.get(records.size() - 1).kind() == Kind.END;
		}
	}
}
