package dev.testgov.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads which tests a build ran, and how they ended, from Surefire's XML reports: tool-independent, so it works the
 * same for a plain run, an oracle run and testgov's selection. Writes one line per test execution,
 * {@code <status>\t<class>#<name>}, status being pass, fail, error or skip.
 */
final class SurefireReports {
	private static final Pattern TESTCASE = Pattern.compile(
		"<testcase\\s+name=\"([^\"]*)\"\\s+classname=\"([^\"]*)\"[^>]*?(/>|>(.*?)</testcase>)", Pattern.DOTALL);

	private SurefireReports() {
	}

	static void collect(Path project, Path out) throws IOException {
		List<String> lines = new ArrayList<>();
		int[] counts = new int[4];
		for (Path report : reports(project)) {
			Matcher m = TESTCASE.matcher(Files.readString(report));
			while (m.find()) {
				String body = m.group(4) == null ? "" : m.group(4);
				int status = body.contains("<failure") ? 1 : body.contains("<error") ? 2 : body.contains("<skipped") ? 3 : 0;
				counts[status]++;
				lines.add(List.of("pass", "fail", "error", "skip").get(status) + "\t" + unescape(m.group(2)) + "#"
					+ unescape(m.group(1)));
			}
		}
		lines.sort(null);
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.write(out, lines);
		System.out.printf("tests=%d failures=%d errors=%d skipped=%d%n", lines.size(), counts[1], counts[2], counts[3]);
	}

	private static List<Path> reports(Path project) throws IOException {
		try (Stream<Path> walk = Files.walk(project)) {
			return walk.filter(p -> p.getFileName().toString().startsWith("TEST-") && p.toString().endsWith(".xml")
				&& p.getParent().getFileName().toString().equals("surefire-reports")).sorted().toList();
		}
	}

	private static String unescape(String xml) {
		return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
			.replace("&amp;", "&");
	}
}
