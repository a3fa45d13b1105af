package dev.testgov.maven.internal.store;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A second process for {@link StoreFileTests}: {@code add <store> <prefix> <count>} adds tests one update at
 * a time; {@code hang <store>} writes a store and stops before moving it into place, to be killed there.
 */
public final class StoreFileMain {

	static final String WRITTEN = "written, not moved";

	private StoreFileMain() {
	}

	public static void main(String[] arguments) throws Exception {
		Path store = Path.of(arguments[1]);
		if (arguments[0].equals("add")) {
			for (int i = 0; i < Integer.parseInt(arguments[3]); i++) {
				new StoreFile(store).update(withTest(arguments[2] + i));
			}
			return;
		}
		new StoreFile(store, (source, target) -> {
			System.out.println(WRITTEN);
			System.out.flush();
			try {
				Thread.sleep(Long.MAX_VALUE);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}).update(withTest("never"));
	}

	/** A change that adds one test, named after {@code id}, to whatever the store holds. */
	static java.util.function.Function<LoadResult, Store> withTest(String id) {
		return loaded -> {
			Store previous = loaded.store().orElse(Store.empty(BuildInputs.none()));
			SortedMap<String, TestRecord> tests = new TreeMap<>(previous.tests());
			String uniqueId = SampleStores.ENGINE + "/[class:p.T]/[method:" + id + "()]";
			tests.put(uniqueId, new TestRecord(uniqueId, "p.T", id, uniqueId, "PASSED", 1, Attribution.STALE, List.of()));
			return new Store(previous.inputs(), tests, previous.classes(), previous.files());
		};
	}
}
