package dev.testgov.benchmark;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Chooses the benchmark's edits, deterministically from the seed: kinds in a fixed rotation (so any K gets a mix),
 * each at a random site that some test depends on. An edit's oracle is every test that depends on its node.
 */
final class EditPlanner {
	static final List<String> ROTATION = List.of(EditSite.BODY_BREAK, EditSite.REFACTOR, EditSite.CONSTANT,
		EditSite.MAIN_RESOURCE, EditSite.OVERRIDE, EditSite.STATIC_INIT, EditSite.TEST_RESOURCE, EditSite.BODY_BREAK,
		EditSite.REFACTOR, EditSite.BODY_BREAK);

	private final Random random;

	EditPlanner(Random random) {
		this.random = random;
	}

	List<Map<String, Object>> plan(int count, List<EditSite> sites, Map<Node, BitSet> dependents, List<String> testIds,
			Map<String, String> files) {
		List<Map<String, Object>> edits = new ArrayList<>();
		Set<Node> used = new HashSet<>();
		for (int i = 0; i < count; i++) {
			EditSite site = pick(ROTATION.get(i % ROTATION.size()), sites, dependents, files, used);
			if (site == null) {
				site = pick(EditSite.BODY_BREAK, sites, dependents, files, used);
			}
			if (site == null) {
				break;
			}
			used.add(site.node());
			List<String> oracle = new ArrayList<>();
			BitSet tests = dependents.get(site.node());
			tests.stream().forEach(t -> oracle.add(testIds.get(t)));
			Map<String, Object> edit = new LinkedHashMap<>();
			edit.put("id", String.format("E%02d", i + 1));
			edit.put("kind", site.kind());
			edit.put("description", site.description());
			edit.put("target", site.node().key);
			edit.put("behaviourPreserving", site.preservesBehaviour());
			edit.put("file", site.file());
			edit.put("find", site.find());
			edit.put("replace", site.replace());
			edit.put("oracle", oracle);
			edits.add(edit);
		}
		return edits;
	}

	private EditSite pick(String kind, List<EditSite> sites, Map<Node, BitSet> dependents, Map<String, String> files,
			Set<Node> used) {
		List<EditSite> eligible = new ArrayList<>();
		for (EditSite site : sites) {
			BitSet tests = dependents.get(site.node());
			if (site.kind().equals(kind) && tests != null && !tests.isEmpty() && !used.contains(site.node())
					&& occurrences(files.get(site.file()), site.find()) == 1) {
				eligible.add(site);
			}
		}
		return eligible.isEmpty() ? null : eligible.get(random.nextInt(eligible.size()));
	}

	static int occurrences(String text, String find) {
		int count = 0;
		for (int at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) {
			count++;
		}
		return count;
	}
}
