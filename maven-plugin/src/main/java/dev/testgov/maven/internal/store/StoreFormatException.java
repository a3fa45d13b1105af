package dev.testgov.maven.internal.store;

/** A store file that cannot be used: why, and which {@link LoadResult.Reason} that is. */
public final class StoreFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final LoadResult.Reason reason;

	StoreFormatException(LoadResult.Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public LoadResult.Reason reason() {
		return reason;
	}
}
