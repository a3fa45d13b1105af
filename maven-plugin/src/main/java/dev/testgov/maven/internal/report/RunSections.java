package dev.testgov.maven.internal.report;

import static dev.testgov.maven.internal.report.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.testgov.maven.internal.baseline.Millis;
import dev.testgov.maven.internal.baseline.Summary;
import dev.testgov.maven.internal.baseline.TestResult;
import dev.testgov.maven.internal.baseline.TestStatus;

/** The run's charts: outcomes (against the baseline's), where the tests are, durations, skip reasons. */
final class RunSections {

	static final int TOP = 12;
	/** Upper bounds of the duration histogram's buckets, in milliseconds; the last bucket is open. */
	static final long[] BUCKETS = { 10, 100, 1_000, 10_000 };
	static final String[] BUCKET_LABELS = { "< 10 ms", "10–100 ms", "0.1–1 s", "1–10 s", "≥ 10 s" };

	private RunSections() {
	}

	static String render(ReportModel model, Summary total) {
		StringBuilder html = new StringBuilder();
		outcomes(html, model, total);
		distribution(html, total);
		durations(html, model, total);
		skips(html, total);
		return html.toString();
	}

	private static void outcomes(StringBuilder html, ReportModel model, Summary total) {
		html.append("<section id=\"outcomes\">\n<h2>Outcomes</h2>\n<div class=\"row\">\n<figure>")
			.append(Charts.donut("outcomes", "Tests by outcome", Statuses.marks(total), "tests"))
			.append("<figcaption>").append(legend(Statuses.marks(total))).append("</figcaption></figure>\n");
		List<Charts.Mark> comparison = comparison(model);
		if (!comparison.isEmpty()) {
			html.append("<figure class=\"wide\"><h3>Now against the baseline</h3>")
				.append(Charts.bars("baseline-comparison", "Tests by outcome, baseline and now", comparison))
				.append("</figure>\n");
		}
		html.append("</div>\n</section>\n");
	}

	private static List<Charts.Mark> comparison(ReportModel model) {
		List<Summary> baselines = model.modules().stream()
			.filter(module -> module.analysis().baseline().isPresent())
			.map(module -> module.analysis().baseline().get().summary())
			.collect(Collectors.toList());
		if (baselines.isEmpty()) {
			return List.of();
		}
		List<Charts.Mark> marks = new ArrayList<>();
		Summary now = model.total();
		for (TestStatus status : TestStatus.values()) {
			long before = baselines.stream().mapToLong(summary -> summary.count(status)).sum();
			if (before > 0 || now.count(status) > 0) {
				marks.add(new Charts.Mark(Statuses.css(status) + " (baseline)", before, "baseline"));
				marks.add(new Charts.Mark(Statuses.css(status) + " (now)", now.count(status), Statuses.css(status)));
			}
		}
		return marks;
	}

	static String legend(List<Charts.Mark> marks) {
		StringBuilder legend = new StringBuilder("<ul class=\"legend\">");
		for (Charts.Mark mark : marks) {
			legend.append("<li><span class=\"swatch ").append(mark.css()).append("\"></span>")
				.append(escape(mark.label())).append(" <b>").append(mark.value()).append("</b></li>");
		}
		return legend.append("</ul>").toString();
	}

	private static void distribution(StringBuilder html, Summary total) {
		html.append("<section id=\"distribution\">\n<h2>Where the tests are</h2>\n<div class=\"grid\">\n");
		figure(html, "by-category", "Tests by category", tally(total.byCategory(), "category"));
		figure(html, "by-tag", "Tests by tag", tally(total.byTag(), "tag"));
		figure(html, "by-package", "Tests by package (folder)", tally(total.byPackage(), "package"));
		html.append("</div>\n</section>\n");
	}

	private static List<Charts.Mark> tally(Map<String, Summary.Tally> tally, String css) {
		return tally.entrySet().stream()
			.sorted((a, b) -> Integer.compare(b.getValue().tests(), a.getValue().tests()))
			.limit(TOP)
			.map(entry -> new Charts.Mark(entry.getKey(), entry.getValue().tests(), css,
				entry.getValue().tests() + " in " + entry.getValue().classes()
						+ (entry.getValue().classes() == 1 ? " class" : " classes")))
			.collect(Collectors.toList());
	}

	private static void figure(StringBuilder html, String id, String title, List<Charts.Mark> marks) {
		html.append("<figure><h3>").append(escape(title)).append("</h3>");
		html.append(marks.isEmpty() ? "<p class=\"none\">none</p>" : Charts.bars(id, title, marks)).append("</figure>\n");
	}

	private static void durations(StringBuilder html, ReportModel model, Summary total) {
		long[] counts = new long[BUCKET_LABELS.length];
		for (ReportModel.Module module : model.modules()) {
			for (TestResult test : module.analysis().tests()) {
				if (test.status().executed()) {
					counts[bucket(test.durationMillis())]++;
				}
			}
		}
		List<Charts.Mark> buckets = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			buckets.add(new Charts.Mark(BUCKET_LABELS[i], counts[i], "duration"));
		}
		html.append("<section id=\"durations\">\n<h2>Durations</h2>\n<div class=\"grid\">\n<figure><h3>Tests by duration</h3>")
			.append(Charts.histogram("duration-histogram", "Tests that ran, by duration", buckets)).append("</figure>\n");
		figure(html, "slowest-tests", "Slowest tests", timed(total.durations().slowestTests(), "slow"));
		figure(html, "slowest-classes", "Slowest classes", timed(total.durations().slowestClasses(), "slow"));
		figure(html, "category-time", "Time by category", total.durations().byCategoryMillis().entrySet().stream()
			.map(entry -> new Charts.Mark(entry.getKey(), entry.getValue(), "category", Millis.format(entry.getValue())))
			.collect(Collectors.toList()));
		html.append("</div>\n</section>\n");
	}

	static int bucket(long millis) {
		for (int i = 0; i < BUCKETS.length; i++) {
			if (millis < BUCKETS[i]) {
				return i;
			}
		}
		return BUCKETS.length;
	}

	private static List<Charts.Mark> timed(List<Summary.Timed> timed, String css) {
		return timed.stream()
			.map(entry -> new Charts.Mark(entry.name(), entry.millis(), css, Millis.format(entry.millis())))
			.collect(Collectors.toList());
	}

	private static void skips(StringBuilder html, Summary total) {
		html.append("<section id=\"skips\">\n<h2>Skip reasons</h2>\n");
		if (total.skips().isEmpty()) {
			html.append("<p class=\"none\">No test was skipped.</p>\n</section>\n");
			return;
		}
		List<Charts.Mark> marks = new ArrayList<>();
		StringBuilder table = new StringBuilder("<table class=\"skips\"><thead><tr><th>Tests</th><th>Outcome</th>"
				+ "<th>Gate</th><th>Reason</th></tr></thead><tbody>");
		for (Summary.SkipGroup group : total.skips()) {
			String gate = group.gate() == null ? "no gate" : group.gate();
			marks.add(new Charts.Mark(Html.truncate(String.valueOf(group.reason()), 40), group.tests(),
				Statuses.css(group.status())));
			table.append("<tr><td class=\"number\">").append(group.tests()).append("</td><td>").append(group.status())
				.append("</td><td>").append(escape(gate)).append("</td><td>").append(escape(group.reason()))
				.append("</td></tr>");
		}
		html.append(Charts.bars("skip-reasons", "Skipped tests by reason", marks)).append('\n')
			.append(table).append("</tbody></table>\n</section>\n");
	}
}
