package dev.testgov.junit.internal.record.hook;

/** One read: the scope current when it happened, its kind, its location and, for a resource, the name asked for. */
public final class Read {

	private final String scopeId;
	private final String kind;
	private final String location;
	private final String resource;

	Read(String scopeId, String kind, String location, String resource) {
		this.scopeId = scopeId;
		this.kind = kind;
		this.location = location;
		this.resource = resource;
	}

	public String scopeId() {
		return scopeId;
	}

	/** {@link FileReads#FILE}, {@link FileReads#RESOURCE} or {@link FileReads#MISSING_RESOURCE}. */
	public String kind() {
		return kind;
	}

	/** An absolute path for a file, the resolved URL for a resource, the name for a missing resource. */
	public String location() {
		return location;
	}

	/** The resource name looked up; empty for a file. */
	public String resource() {
		return resource;
	}
}
