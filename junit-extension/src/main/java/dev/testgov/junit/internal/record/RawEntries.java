package dev.testgov.junit.internal.record;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.testgov.junit.internal.record.RawRecords.Kind;
import dev.testgov.junit.internal.record.RawRecords.Record;

/**
 * The typed payloads of {@link RawRecords}: each entry knows how to append itself and how to be read back.
 * Ids are JUnit unique ids; class names are JVM names ({@code com/acme/Foo}); paths are absolute as the
 * test JVM saw them (the plugin relativises them).
 */
public final class RawEntries {

	private RawEntries() {
	}

	/** A test or container began; {@code parentId} is empty for a root. */
	public record Scope(String id, String parentId, boolean test, String className, String methodName)
			implements Entry {

		@Override
		public void appendTo(RawRecords.Writer writer) throws IOException {
			writer.write(Kind.SCOPE, out -> {
				out.writeUTF(id);
				out.writeUTF(parentId);
				out.writeBoolean(test);
				out.writeUTF(className);
				out.writeUTF(methodName);
			});
		}

		static Scope read(DataInputStream in) throws IOException {
			return new Scope(in.readUTF(), in.readUTF(), in.readBoolean(), in.readUTF(), in.readUTF());
		}
	}

	/** One class's probes, as the JaCoCo agent reported them: set bits are probes that executed. */
	public record ClassProbes(long classId, String className, int probeCount, byte[] probes) {

		/** Whether probe {@code index} executed. */
		public boolean hit(int index) {
			return (probes[index >> 3] & (1 << (index & 7))) != 0;
		}
	}

	/** Classes executed while {@code scopeId} was the current scope. */
	public record Coverage(String scopeId, List<ClassProbes> classes) implements Entry {

		@Override
		public void appendTo(RawRecords.Writer writer) throws IOException {
			writer.write(Kind.COVERAGE, out -> {
				out.writeUTF(scopeId);
				out.writeInt(classes.size());
				for (ClassProbes probes : classes) {
					out.writeLong(probes.classId());
					out.writeUTF(probes.className());
					out.writeInt(probes.probeCount());
					out.write(probes.probes());
				}
			});
		}

		static Coverage read(DataInputStream in) throws IOException {
			String scopeId = in.readUTF();
			int count = in.readInt();
			List<ClassProbes> classes = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				long id = in.readLong();
				String name = in.readUTF();
				int probeCount = in.readInt();
				byte[] probes = new byte[(probeCount + 7) / 8];
				in.readFully(probes);
				classes.add(new ClassProbes(id, name, probeCount, probes));
			}
			return new Coverage(scopeId, classes);
		}
	}

	/**
	 * A file or classpath resource read while {@code scopeId} was current. A {@code file} read's location is
	 * an absolute path; a {@code resource} read's location is the URL the resource resolved to and
	 * {@code resource} the name that was asked for. Files leave {@code resource} empty.
	 */
	public record FileRead(String scopeId, String kind, String location, String resource) implements Entry {

		/** A read with no resource name: a file. */
		public FileRead(String scopeId, String kind, String location) {
			this(scopeId, kind, location, "");
		}

		@Override
		public void appendTo(RawRecords.Writer writer) throws IOException {
			writer.write(Kind.FILE, out -> {
				out.writeUTF(scopeId);
				out.writeUTF(kind);
				out.writeUTF(location);
				out.writeUTF(resource);
			});
		}

		/** The resource name came last and later: a payload without it reads as a file read. */
		static FileRead read(DataInputStream in) throws IOException {
			String scopeId = in.readUTF();
			String kind = in.readUTF();
			String location = in.readUTF();
			return new FileRead(scopeId, kind, location, in.available() > 0 ? in.readUTF() : "");
		}
	}

	/** A test or container finished with a status ({@code PASSED}, {@code FAILED}, ...) after {@code durationMillis}. */
	public record Outcome(String id, String status, long durationMillis) implements Entry {

		@Override
		public void appendTo(RawRecords.Writer writer) throws IOException {
			writer.write(Kind.OUTCOME, out -> {
				out.writeUTF(id);
				out.writeUTF(status);
				out.writeLong(durationMillis);
			});
		}

		static Outcome read(DataInputStream in) throws IOException {
			return new Outcome(in.readUTF(), in.readUTF(), in.readLong());
		}
	}

	/** Attribution fell back to a coarser {@code mode} (e.g. {@code fork}), and why. */
	public record Mode(String mode, String reason) implements Entry {

		@Override
		public void appendTo(RawRecords.Writer writer) throws IOException {
			writer.write(Kind.MODE, out -> {
				out.writeUTF(mode);
				out.writeUTF(reason);
			});
		}

		static Mode read(DataInputStream in) throws IOException {
			return new Mode(in.readUTF(), in.readUTF());
		}
	}

	/** The fork finished cleanly. */
	public record End() implements Entry {

		@Override
		public void appendTo(RawRecords.Writer writer) throws IOException {
			writer.write(Kind.END, out -> {
			});
		}
	}

	/** A typed record. */
	public sealed interface Entry permits Scope, Coverage, FileRead, Outcome, Mode, End {

		/** Appends this entry as one record. */
		void appendTo(RawRecords.Writer writer) throws IOException;
	}

	/** Reads a record back as its typed entry. */
	public static Entry decode(Record record) throws IOException {
		DataInputStream in = record.payload();
		switch (record.kind()) {
			case SCOPE:
				return Scope.read(in);
			case COVERAGE:
				return Coverage.read(in);
			case FILE:
				return FileRead.read(in);
			case OUTCOME:
				return Outcome.read(in);
			case MODE:
				return Mode.read(in);
			default:
				return new End();
		}
	}
}
