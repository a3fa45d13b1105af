package dev.testgov.maven.internal.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * JSON as testgov writes it for people to diff: two-space indents, {@code "key": value}, one array element per
 * line, LF line ends, and {@link OneLine} values (a baseline's tests) each on a single line.
 */
public final class JsonFiles {

	/** Reads testgov's files, ignoring properties a newer version may add. */
	public static final ObjectMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

	private JsonFiles() {
	}

	/** The value as diff-friendly JSON, ending with a line feed. */
	public static String write(Object value) throws IOException {
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
			.withObjectFieldValueSpacing(Separators.Spacing.AFTER)
			.withObjectEmptySeparator("")
			.withArrayEmptySeparator(""));
		printer.indentArraysWith(INDENTER);
		printer.indentObjectsWith(INDENTER);
		return MAPPER.writer(printer).writeValueAsString(value) + "\n";
	}

	/** Writes the file through a temporary file and a move, so a reader never sees half of it. */
	public static void write(Path file, Object value) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		// Not createTempFile: its owner-only permissions would stay with the file people commit and share.
		Path temporary = directory.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + "."
				+ Thread.currentThread().getId() + ".tmp");
		Files.write(temporary, write(value).getBytes(StandardCharsets.UTF_8));
		try {
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** A value written compactly on one line, so a changed test is a one-line diff. */
	@JsonSerialize(using = OneLineSerializer.class)
	public record OneLine(Object value) {
	}

	static final class OneLineSerializer extends StdSerializer<OneLine> {

		private static final long serialVersionUID = 1L;

		OneLineSerializer() {
			super(OneLine.class);
		}

		@Override
		public void serialize(OneLine line, JsonGenerator generator, SerializerProvider provider) throws IOException {
			generator.writeRawValue(MAPPER.writeValueAsString(line.value()));
		}
	}
}
