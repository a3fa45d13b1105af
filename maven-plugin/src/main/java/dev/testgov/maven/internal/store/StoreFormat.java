package dev.testgov.maven.internal.store;

import java.nio.charset.StandardCharsets;

import dev.testgov.maven.internal.fingerprint.Digest;

/**
 * The store's text format, version {@value #VERSION}: UTF-8, LF, one record per line, tab-separated escaped
 * fields ({@link Fields}), sorted, with no timestamps and no absolute paths, so equal stores are equal bytes.
 *
 * <pre>
 * testgov-store 1
 * # comment
 * configuration  key  hash                           one per configuration key, sorted
 * dependency     coordinates  sha256|reactor|absent  one per dependency, sorted
 * origin         name                                origins of classes and dependency files; index = order
 * class          jvmName  origin#|?  whole  structure  [methodKey  fingerprint]...   index = order
 * file           origin#|-  path  sha256|absent      index = order
 * set            [class#:method#-ranges|*]...  [f:file#-ranges]  [x]                index = order
 * test           uniqueId  className  methodName  node  status  millis  attribution  set#,...|-
 * end            number-of-tests  checksum
 * </pre>
 *
 * A test depends on the union of its sets; a set is shared by the tests of one container or fork.
 * {@code node} is the number of unique-id segments of the selection node, or {@code =} and the node itself.
 * Method numbers index the methods listed on the class's line. {@code x} marks reads outside the reactor.
 * The checksum is the first 16 hex digits of the SHA-256 of every byte before the end line: a truncated
 * file, a hand edit or a textual Git merge is detected and the store treated as absent.
 */
public final class StoreFormat {

	public static final String NAME = "testgov-store";
	public static final int VERSION = 1;
	static final String HEADER = NAME + " " + VERSION;
	static final String COMMENT = "# testgov dependency store: what each test of this module executed and read."
			+ " Written by testgov after each test run; do not edit (a checksum guards it).";

	static final String CONFIGURATION = "configuration";
	static final String DEPENDENCY = "dependency";
	static final String ORIGIN = "origin";
	static final String CLASS = "class";
	static final String FILE = "file";
	static final String SET = "set";
	static final String TEST = "test";
	static final String END = "end";
	static final String NO_ORIGIN = "-";
	static final String NO_SETS = "-";
	static final String ALL_METHODS = "*";
	static final String FILES = "f";
	static final String EXTERNAL = "x";
	static final String LITERAL_NODE = "=";

	private StoreFormat() {
	}

	/** The store as the bytes of a store file. */
	public static byte[] write(Store store) {
		String body = new StoreWriter(store).body();
		return (body + END + "\t" + store.tests().size() + "\t" + checksum(body) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Reads a store file's bytes.
	 *
	 * @throws StoreFormatException if they are not a complete, intact store of this version
	 */
	public static Store read(byte[] bytes) throws StoreFormatException {
		return new StoreParser(new String(bytes, StandardCharsets.UTF_8)).parse();
	}

	static String checksum(String body) {
		return Digest.sha256(body.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
	}
}
