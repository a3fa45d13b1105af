package dev.testgov.maven.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.testgov.maven.internal.baseline.BaselineMessages;
import dev.testgov.maven.internal.baseline.DriftKind;
import dev.testgov.maven.internal.baseline.Millis;
import dev.testgov.maven.internal.baseline.Summary;
import dev.testgov.maven.internal.baseline.TestStatus;
import org.apache.maven.doxia.sink.Sink;

/**
 * The testgov page of a Maven site, written as Doxia sink events: the same numbers and charts as
 * {@code report.html}, in the site's skin, and a link to the self-contained report with every test.
 */
public final class SitePage {

	private final Sink sink;
	private final ReportModel model;
	private final String fullReport;

	/**
	 * A page for the site.
	 *
	 * @param fullReport the self-contained report's file name, beside the page
	 */
	public SitePage(Sink sink, ReportModel model, String fullReport) {
		this.sink = sink;
		this.model = model;
		this.fullReport = fullReport;
	}

	/** Writes the whole page and closes the sink, as the site expects of a report. */
	public void render() {
		Summary total = model.total();
		sink.head();
		sink.title();
		sink.text("testgov");
		sink.title_();
		sink.head_();
		sink.body();
		sink.section1();
		title(1, "testgov: " + model.title());
		String status = HtmlReport.status(model);
		paragraph(total.line() + ". " + status.substring(0, 1).toUpperCase(Locale.ROOT) + status.substring(1) + ".");
		sink.paragraph();
		sink.link(fullReport);
		sink.text("The full report, with every test and a filter");
		sink.link_();
		sink.paragraph_();
		outcomes(total);
		distribution(total);
		durations(total);
		skips(total);
		drift();
		sink.section1_();
		sink.body_();
		sink.flush();
		sink.close();
	}

	private void title(int level, String text) {
		if (level == 1) {
			sink.sectionTitle1();
			sink.text(text);
			sink.sectionTitle1_();
		}
		else {
			sink.sectionTitle2();
			sink.text(text);
			sink.sectionTitle2_();
		}
	}

	private void section(String title, Runnable content) {
		sink.section2();
		title(2, title);
		content.run();
		sink.section2_();
	}

	private void paragraph(String text) {
		sink.paragraph();
		sink.text(text);
		sink.paragraph_();
	}

	private void table(List<String> header, List<List<String>> rows) {
		sink.table();
		sink.tableRows();
		row(header, true);
		rows.forEach(row -> row(row, false));
		sink.tableRows_();
		sink.table_();
	}

	private void row(List<String> cells, boolean header) {
		sink.tableRow();
		for (String cell : cells) {
			if (header) {
				sink.tableHeaderCell();
				sink.text(cell);
				sink.tableHeaderCell_();
			}
			else {
				sink.tableCell();
				sink.text(cell);
				sink.tableCell_();
			}
		}
		sink.tableRow_();
	}

	private void outcomes(Summary total) {
		section("Outcomes", () -> {
			List<String> header = new ArrayList<>(List.of("tests", "classes"));
			List<String> counts = new ArrayList<>(List.of(String.valueOf(total.tests()), String.valueOf(total.classes())));
			for (TestStatus status : TestStatus.values()) {
				header.add(Statuses.css(status));
				counts.add(String.valueOf(total.count(status)));
			}
			table(header, List.of(counts));
			sink.rawText(Charts.donut("outcomes", "Tests by outcome", Statuses.marks(total), "tests"));
		});
	}

	private void distribution(Summary total) {
		section("Where the tests are", () -> {
			chart("by-category", "Tests by category", tally(total.byCategory(), "category"));
			chart("by-tag", "Tests by tag", tally(total.byTag(), "tag"));
			chart("by-package", "Tests by package", tally(total.byPackage(), "package"));
		});
	}

	private static List<Charts.Mark> tally(Map<String, Summary.Tally> tally, String css) {
		return tally.entrySet().stream()
			.map(entry -> new Charts.Mark(entry.getKey(), entry.getValue().tests(), css))
			.collect(Collectors.toList());
	}

	private void chart(String id, String title, List<Charts.Mark> marks) {
		if (!marks.isEmpty()) {
			paragraph(title);
			sink.rawText(Charts.bars(id, title, marks));
		}
	}

	private void durations(Summary total) {
		section("Durations", () -> {
			paragraph("The test JVMs ran for " + Millis.format(total.durations().totalMillis()) + ".");
			chart("slowest-tests", "Slowest tests", total.durations().slowestTests().stream()
				.map(timed -> new Charts.Mark(timed.name(), timed.millis(), "slow", Millis.format(timed.millis())))
				.collect(Collectors.toList()));
		});
	}

	private void skips(Summary total) {
		section("Skip reasons", () -> {
			if (total.skips().isEmpty()) {
				paragraph("No test was skipped.");
				return;
			}
			table(List.of("Tests", "Outcome", "Gate", "Reason"), total.skips().stream()
				.map(group -> List.of(String.valueOf(group.tests()), group.status().name(),
					group.gate() == null ? "no gate" : group.gate(), String.valueOf(group.reason())))
				.collect(Collectors.toList()));
		});
	}

	private void drift() {
		section("Drift against the baseline", () -> {
			List<String> header = new ArrayList<>(List.of("Module", "Baseline"));
			for (DriftKind kind : DriftKind.values()) {
				header.add(kind.label().toLowerCase(Locale.ROOT));
			}
			List<List<String>> rows = new ArrayList<>();
			for (ReportModel.Module module : model.modules()) {
				List<String> row = new ArrayList<>(List.of(module.analysis().project(), module.baselineFile()));
				for (DriftKind kind : DriftKind.values()) {
					row.add(module.analysis().drift().map(drift -> String.valueOf(drift.count(kind))).orElse("-"));
				}
				rows.add(row);
			}
			table(header, rows);
			paragraph("To accept a change, run " + BaselineMessages.RECORD_COMMAND + " and commit the baseline.");
		});
	}
}
