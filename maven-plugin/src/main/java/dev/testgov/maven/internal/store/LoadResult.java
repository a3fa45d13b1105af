package dev.testgov.maven.internal.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A store as loaded: present, or absent with the reason and the warning to show. Absent means every test
 * runs and the next merge writes a fresh store; loading never throws.
 */
public final class LoadResult {

	/** Why a store is absent; each has its warning in {@link StoreMessages}. */
	public enum Reason {
		MISSING(StoreMessages.MISSING),
		UNREADABLE(StoreMessages.UNREADABLE),
		FOREIGN(StoreMessages.FOREIGN),
		OLDER(StoreMessages.OLDER),
		NEWER(StoreMessages.NEWER),
		TRUNCATED(StoreMessages.TRUNCATED),
		CHECKSUM(StoreMessages.CHECKSUM),
		CORRUPT(StoreMessages.CORRUPT);

		private final String template;

		Reason(String template) {
			this.template = template;
		}
	}

	private final Store store;
	private final Reason reason;
	private final String detail;
	private final String warning;

	private LoadResult(Store store, Reason reason, String detail, String warning) {
		this.store = store;
		this.reason = reason;
		this.detail = detail;
		this.warning = warning;
	}

	static LoadResult present(Store store) {
		return new LoadResult(store, null, null, null);
	}

	static LoadResult absent(Path file, Reason reason, String detail) {
		return new LoadResult(null, reason, detail, String.format(reason.template, file, detail, StoreFormat.VERSION));
	}

	public Optional<Store> store() {
		return Optional.ofNullable(store);
	}

	/** Why the store is absent; empty when it is present. */
	public Optional<Reason> reason() {
		return Optional.ofNullable(reason);
	}

	/** What exactly is wrong with an absent store, e.g. {@code the last line is incomplete}; empty when present. */
	public Optional<String> detail() {
		return Optional.ofNullable(detail);
	}

	/** The line to log when the store is absent; {@link Reason#MISSING} is worth INFO, the rest WARNING. */
	public Optional<String> warning() {
		return Optional.ofNullable(warning);
	}
}
