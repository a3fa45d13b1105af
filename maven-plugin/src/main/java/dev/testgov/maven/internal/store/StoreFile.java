package dev.testgov.maven.internal.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import dev.testgov.maven.internal.store.LoadResult.Reason;

/**
 * A module's store on disk, {@code <module>/.testgov/store}: outside {@code target/} so that it survives
 * {@code mvn clean}, and meant to be cached by CI or committed (its lock file {@code store.lock} is not).
 *
 * <p>Writers take a lock on the sibling {@code store.lock} — a {@link FileLock} between processes, a
 * {@link ReentrantLock} between threads of one JVM, which file locks do not cover — around read, change and
 * write; Maven's {@code -T} and several forks can merge into one store without losing each other's tests.
 * The new store is written to a temporary file, forced to disk and moved over the old one atomically, so a
 * writer killed at any point leaves the previous store intact; the next writer removes its temporary file.
 */
public final class StoreFile {

	public static final String DIRECTORY = ".testgov";
	public static final String FILE_NAME = "store";
	static final String LOCK_SUFFIX = ".lock";
	static final String TEMP_SUFFIX = ".tmp";

	private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
	private static final AtomicLong TEMP_NUMBERS = new AtomicLong();

	private final Path file;
	private final Mover mover;

	public StoreFile(Path file) {
		this(file, (source, target) -> Files.move(source, target, StandardCopyOption.ATOMIC_MOVE));
	}

	StoreFile(Path file, Mover mover) {
		this.file = file.toAbsolutePath().normalize();
		this.mover = mover;
	}

	/** The store of the module whose base directory is given. */
	public static StoreFile inModule(Path moduleDirectory) {
		return new StoreFile(moduleDirectory.resolve(DIRECTORY).resolve(FILE_NAME));
	}

	public Path path() {
		return file;
	}

	/** Loads the store; any problem makes it absent, with a warning. Never throws. */
	public LoadResult load() {
		if (!Files.exists(file)) {
			return LoadResult.absent(file, Reason.MISSING, "");
		}
		try {
			return LoadResult.present(StoreFormat.read(Files.readAllBytes(file)));
		}
		catch (StoreFormatException e) {
			return LoadResult.absent(file, e.reason(), e.getMessage());
		}
		catch (IOException | RuntimeException e) {
			return LoadResult.absent(file, Reason.UNREADABLE, String.valueOf(e));
		}
	}

	/**
	 * Under the store's lock, loads the store, applies {@code change} and writes the result atomically.
	 *
	 * @return the store written
	 */
	public Store update(Function<LoadResult, Store> change) throws IOException {
		Files.createDirectories(file.getParent());
		Path lockFile = file.getParent().toRealPath().resolve(file.getFileName() + LOCK_SUFFIX);
		ReentrantLock threads = LOCKS.computeIfAbsent(lockFile, path -> new ReentrantLock());
		threads.lock();
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			channel.lock(); // held until the channel closes
			removeLeftovers();
			Store next = change.apply(load());
			write(StoreFormat.write(next));
			return next;
		}
		finally {
			threads.unlock();
		}
	}

	/** Replaces the store, under its lock. */
	public void save(Store store) throws IOException {
		update(previous -> store);
	}

	private void write(byte[] bytes) throws IOException {
		Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-"
				+ TEMP_NUMBERS.incrementAndGet() + TEMP_SUFFIX);
		try {
			try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					out.write(buffer);
				}
				out.force(true);
			}
			mover.move(temp, file);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Temporary files of writers that died before their move; only called while holding the lock. */
	private void removeLeftovers() throws IOException {
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(file.getParent(),
			file.getFileName() + ".*" + TEMP_SUFFIX)) {
			for (Path leftover : leftovers) {
				Files.deleteIfExists(leftover);
			}
		}
	}

	/** Moves the finished temporary file over the store; a seam for tests that kill a writer before the move. */
	@FunctionalInterface
	interface Mover {

		void move(Path source, Path target) throws IOException;
	}
}
