package dev.testgov.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Applies and reverts the generated edits as plain text replacements. Applying keeps the original file under
 * {@code <model>/applied/}; reverting writes it back byte for byte, so the tree is exactly as generated again.
 */
final class Edits {

	private Edits() {
	}

	static List<Object> all(Path model) throws IOException {
		return Json.list(Json.map(Json.parse(Files.readString(model.resolve("edits.json")))).get("edits"));
	}

	static Map<String, Object> find(Path model, String id) throws IOException {
		for (Object o : all(model)) {
			Map<String, Object> edit = Json.map(o);
			if (edit.get("id").equals(id)) {
				return edit;
			}
		}
		throw new IllegalArgumentException("no edit [" + id + "] in " + model.resolve("edits.json"));
	}

	static void list(Path model) throws IOException {
		for (Object o : all(model)) {
			Map<String, Object> e = Json.map(o);
			System.out.println(e.get("id") + "\t" + e.get("kind") + "\t" + e.get("behaviourPreserving") + "\t"
				+ Json.list(e.get("oracle")).size() + "\t" + e.get("description"));
		}
	}

	static void edit(Path project, Path model, Map<String, String> options) throws IOException {
		if (options.containsKey("apply")) {
			apply(project, model, find(model, options.get("apply")));
		} else if (options.containsKey("revert")) {
			revert(project, model, options.get("revert"));
		} else if (options.containsKey("revert-all")) {
			revertAll(project, model);
		} else {
			throw new IllegalArgumentException("edit needs --apply ID, --revert ID or --revert-all true");
		}
	}

	private static void apply(Path project, Path model, Map<String, Object> edit) throws IOException {
		String id = (String) edit.get("id");
		Path backup = model.resolve("applied/" + id);
		if (Files.exists(backup)) {
			throw new IllegalStateException("edit [" + id + "] is already applied; run: edit --revert " + id);
		}
		Path file = project.resolve((String) edit.get("file"));
		String text = Files.readString(file);
		String find = (String) edit.get("find");
		int count = EditPlanner.occurrences(text, find);
		if (count != 1) {
			throw new IllegalStateException("edit [" + id + "] expects its text once in [" + file + "], found it " + count
				+ " times; regenerate the project");
		}
		Files.createDirectories(backup.getParent());
		Files.writeString(backup, edit.get("file") + "\n" + text);
		Files.writeString(file, text.replace(find, (String) edit.get("replace")));
	}

	private static void revert(Path project, Path model, String id) throws IOException {
		Path backup = model.resolve("applied/" + id);
		if (!Files.exists(backup)) {
			throw new IllegalStateException("edit [" + id + "] is not applied");
		}
		String saved = Files.readString(backup);
		int newline = saved.indexOf('\n');
		Files.writeString(project.resolve(saved.substring(0, newline)), saved.substring(newline + 1));
		Files.delete(backup);
	}

	private static void revertAll(Path project, Path model) throws IOException {
		Path applied = model.resolve("applied");
		if (!Files.isDirectory(applied)) {
			return;
		}
		try (Stream<Path> backups = Files.list(applied)) {
			for (Path backup : backups.sorted().toList()) {
				revert(project, model, backup.getFileName().toString());
			}
		}
	}

	/** Prints Surefire's filter for the oracle: {@code pkg.ATest#m1+m2,pkg.BTest$Nested#m3}. */
	static void oracle(Path model, String id) throws IOException {
		Map<String, StringBuilder> byClass = new LinkedHashMap<>();
		for (Object test : Json.list(find(model, id).get("oracle"))) {
			String[] parts = ((String) test).split("#", 2);
			StringBuilder methods = byClass.get(parts[0]);
			if (methods == null) {
				byClass.put(parts[0], new StringBuilder(parts[1]));
			} else {
				methods.append('+').append(parts[1]);
			}
		}
		StringBuilder filter = new StringBuilder();
		byClass.forEach((cls, methods) -> filter.append(filter.length() == 0 ? "" : ",").append(cls).append('#').append(methods));
		System.out.println(filter);
	}
}
