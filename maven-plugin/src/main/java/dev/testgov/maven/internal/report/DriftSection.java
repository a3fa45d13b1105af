package dev.testgov.maven.internal.report;

import static dev.testgov.maven.internal.report.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.testgov.maven.internal.baseline.BaselineMessages;
import dev.testgov.maven.internal.baseline.Drift;
import dev.testgov.maven.internal.baseline.DriftKind;
import dev.testgov.maven.internal.baseline.Millis;
import dev.testgov.maven.internal.baseline.TestStatus;

/** Drift against each module's baseline: a card per kind, a chart, and the findings; then the reactor's modules. */
final class DriftSection {

	private DriftSection() {
	}

	static String render(ReportModel model) {
		StringBuilder html = new StringBuilder("<section id=\"drift\">\n<h2>Drift against the baseline</h2>\n");
		for (ReportModel.Module module : model.modules()) {
			if (model.aggregate()) {
				html.append("<h3>").append(escape(module.analysis().project())).append("</h3>\n");
			}
			module(html, module, model);
		}
		html.append("</section>\n");
		if (model.aggregate()) {
			modules(html, model);
		}
		return html.toString();
	}

	private static void module(StringBuilder html, ReportModel.Module module, ReportModel model) {
		if (module.analysis().drift().isEmpty()) {
			html.append("<p class=\"none\">No baseline at <code>").append(escape(module.baselineFile()))
				.append("</code>; record one with <code>").append(BaselineMessages.RECORD_COMMAND)
				.append("</code> and commit it.</p>\n");
			return;
		}
		Drift drift = module.analysis().drift().get();
		Set<DriftKind> failing = drift.failing(model.thresholds());
		html.append("<p>Baseline <code>").append(escape(module.baselineFile())).append("</code>: ")
			.append(escape(module.analysis().baseline().get().summary().line())).append(". To accept changes, run <code>")
			.append(BaselineMessages.RECORD_COMMAND).append("</code> and commit the file.</p>\n<div class=\"kinds\">");
		List<Charts.Mark> marks = new ArrayList<>();
		for (DriftKind kind : DriftKind.values()) {
			int count = drift.count(kind);
			String css = count == 0 ? "zero" : failing.contains(kind) ? "fail" : "warn";
			html.append("<div class=\"kind ").append(css).append("\" data-kind=\"").append(kind.key()).append("\">")
				.append("<span class=\"number\">").append(count).append("</span><span class=\"name\">")
				.append(kind.label().toLowerCase(Locale.ROOT)).append("</span></div>");
			if (count > 0) {
				marks.add(new Charts.Mark(kind.label().toLowerCase(Locale.ROOT), count, css));
			}
		}
		html.append("</div>\n");
		if (marks.isEmpty()) {
			html.append("<p class=\"none\">No drift: the run matches its baseline.</p>\n");
		}
		else {
			html.append(Charts.bars("drift-" + module.analysis().project().replace(':', '-'), "Drift by kind", marks));
		}
		findings(html, drift);
	}

	private static void findings(StringBuilder html, Drift drift) {
		list(html, "collapse", drift.collapse() == null ? List.of() : List.of(String.format("%d of %d tests ran",
			drift.collapse().executed(), drift.collapse().expected())));
		list(html, "vanished", drift.vanished().stream().map(test -> test.label()).collect(Collectors.toList()));
		list(html, "newly skipped", pairs(drift.newlySkipped(), true));
		list(html, "newly running", pairs(drift.newlyRunning(), false));
		list(html, "moved", drift.moved().stream().map(pair -> pair.before().label() + " \u2192 " + pair.after().label())
			.collect(Collectors.toList()));
		list(html, "renamed", drift.renamed().stream()
			.map(pair -> pair.before().label() + " \u2192 " + pair.after().label() + " (same body)")
			.collect(Collectors.toList()));
		list(html, "new", drift.added().stream().map(test -> test.label()).collect(Collectors.toList()));
		list(html, "slow", drift.slow().stream().map(slow -> slow.name() + ": " + Millis.format(slow.afterMillis())
				+ (slow.beforeMillis() < 0 ? " (new)" : ", was " + Millis.format(slow.beforeMillis())))
			.collect(Collectors.toList()));
		list(html, "deselected" + (drift.deselectedBy() == null ? "" : " by " + drift.deselectedBy()),
			drift.deselected().stream().map(test -> test.label()).collect(Collectors.toList()));
	}

	private static List<String> pairs(List<Drift.Pair> pairs, boolean reasonNow) {
		return pairs.stream().map(pair -> {
			String reason = reasonNow ? pair.after().reason() : pair.before().reason();
			return pair.after().label() + " (was " + pair.before().status() + ")" + (reason == null ? "" : ": " + reason);
		}).collect(Collectors.toList());
	}

	private static void list(StringBuilder html, String title, List<String> items) {
		if (items.isEmpty()) {
			return;
		}
		html.append("<details open class=\"findings\"><summary>").append(escape(title)).append(" (").append(items.size())
			.append(")</summary><ul>");
		items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
		html.append("</ul></details>\n");
	}

	private static void modules(StringBuilder html, ReportModel model) {
		List<String> rows = new ArrayList<>();
		List<List<Charts.Mark>> segments = new ArrayList<>();
		StringBuilder table = new StringBuilder("<table class=\"modules\"><thead><tr><th>Module</th><th>Tests</th>");
		for (TestStatus status : TestStatus.values()) {
			table.append("<th>").append(Statuses.css(status)).append("</th>");
		}
		table.append("<th>Drift</th></tr></thead><tbody>");
		for (ReportModel.Module module : model.modules()) {
			rows.add(module.analysis().project());
			segments.add(Statuses.marks(module.analysis().summary()));
			table.append("<tr><td>").append(escape(module.analysis().project())).append("</td><td class=\"number\">")
				.append(module.analysis().summary().tests()).append("</td>");
			for (TestStatus status : TestStatus.values()) {
				table.append("<td class=\"number\">").append(module.analysis().summary().count(status)).append("</td>");
			}
			table.append("<td>").append(escape(DriftLines.describe(module.analysis().drift().orElse(null)))).append("</td></tr>");
		}
		html.append("<section id=\"modules\">\n<h2>Modules</h2>\n")
			.append(Charts.stacked("modules", "Tests by module and outcome", rows, segments)).append('\n')
			.append(RunSections.legend(Statuses.marks(model.total()))).append('\n')
			.append(table).append("</tbody></table>\n</section>\n");
	}
}
