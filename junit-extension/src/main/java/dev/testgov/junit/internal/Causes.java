package dev.testgov.junit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Walks a throwable's causes safely: the JDK forbids an exception causing itself, but not longer cycles. */
public final class Causes {

	private Causes() {
	}

	/** The throwable and its causes, outermost first, each once; a cycle ends the chain where it closes. */
	public static List<Throwable> chain(Throwable thrown) {
		List<Throwable> chain = new ArrayList<>();
		Set<Throwable> seen = identitySet();
		for (Throwable link = thrown; link != null && seen.add(link); link = link.getCause()) {
			chain.add(link);
		}
		return chain;
	}

	/** A set that tells throwables apart by identity, as {@code equals} may be overridden. */
	public static Set<Throwable> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}
}
