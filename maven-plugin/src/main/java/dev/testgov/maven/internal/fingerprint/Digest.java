package dev.testgov.maven.internal.fingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Feeds typed values into SHA-256 so that no two different sequences of values hash alike (every text is
 * length-prefixed), and shortens the result to 64 bits: 16 hex digits, plenty to tell versions of one
 * class or method apart.
 */
public final class Digest {

	private static final HexFormat HEX = HexFormat.of();
	private static final int ABSENT = -1;

	private final MessageDigest sha = newSha256();
	private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES);

	/** Starts a digest of one kind of thing, so that different kinds never collide. */
	public Digest(String kind) {
		text(kind);
	}

	public Digest text(String value) {
		if (value == null) {
			return number(ABSENT);
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		number(bytes.length);
		sha.update(bytes);
		return this;
	}

	public Digest number(long value) {
		number.clear();
		sha.update(number.putLong(value).array());
		return this;
	}

	public Digest texts(Collection<String> values) {
		if (values == null) {
			return number(ABSENT);
		}
		number(values.size());
		values.forEach(this::text);
		return this;
	}

	/** The first 64 bits of the hash, as 16 lower-case hex digits. */
	public String shortHex() {
		return HEX.formatHex(sha.digest(), 0, Long.BYTES);
	}

	/** The SHA-256 of a file's content, as 64 lower-case hex digits. */
	public static String sha256(Path file) throws IOException {
		MessageDigest sha = newSha256();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				sha.update(buffer, 0, read);
			}
		}
		return HEX.formatHex(sha.digest());
	}

	/** The SHA-256 of some bytes, as 64 lower-case hex digits. */
	public static String sha256(byte[] bytes) {
		return HEX.formatHex(newSha256().digest(bytes));
	}

	/** The short hash of a text, e.g. of a configuration value that must not be stored as it is. */
	public static String shortHash(String text) {
		return new Digest("text").text(text).shortHex();
	}

	private static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform provides SHA-256", e);
		}
	}
}
