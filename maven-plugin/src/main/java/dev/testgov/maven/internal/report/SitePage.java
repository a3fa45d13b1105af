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
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The testgov page of a Maven site: the same numbers and charts as {@code report.html}, in the site's skin, and
 * a link to the self-contained report with every test.
 */
public final class SitePage extends AbstractMavenReportRenderer {

	private final ReportModel model;
	private final String fullReport;

	/**
	 * A page for the site.
	 *
	 * @param fullReport the self-contained report's file name, beside the page
	 */
	public SitePage(Sink sink, ReportModel model, String fullReport) {
		super(sink);
		this.model = model;
		this.fullReport = fullReport;
	}

	@Override
	public String getTitle() {
		return "testgov";
	}

	@Override
	protected void renderBody() {
		Summary total = model.total();
		startSection("testgov: " + model.title());
		paragraph(total.line() + ". " + HtmlReport.status(model).substring(0, 1).toUpperCase(Locale.ROOT)
				+ HtmlReport.status(model).substring(1) + ".");
		sink.paragraph();
		link(fullReport, "The full report, with every test and a filter");
		sink.paragraph_();
		outcomes(total);
		distribution(total);
		durations(total);
		skips(total);
		drift();
		endSection();
	}

	private void outcomes(Summary total) {
		startSection("Outcomes");
		startTable();
		List<String> header = new ArrayList<>(List.of("tests", "classes"));
		List<String> row = new ArrayList<>(List.of(String.valueOf(total.tests()), String.valueOf(total.classes())));
		for (TestStatus status : TestStatus.values()) {
			header.add(Statuses.css(status));
			row.add(String.valueOf(total.count(status)));
		}
		tableHeader(header.toArray(new String[0]));
		tableRow(row.toArray(new String[0]));
		endTable();
		sink.rawText(Charts.donut("outcomes", "Tests by outcome", Statuses.marks(total), "tests"));
		endSection();
	}

	private void distribution(Summary total) {
		startSection("Where the tests are");
		chart("by-category", "Tests by category", tally(total.byCategory(), "category"));
		chart("by-tag", "Tests by tag", tally(total.byTag(), "tag"));
		chart("by-package", "Tests by package", tally(total.byPackage(), "package"));
		endSection();
	}

	private static List<Charts.Mark> tally(Map<String, Summary.Tally> tally, String css) {
		return tally.entrySet().stream()
			.map(entry -> new Charts.Mark(entry.getKey(), entry.getValue().tests(), css))
			.collect(Collectors.toList());
	}

	private void chart(String id, String title, List<Charts.Mark> marks) {
		if (!marks.isEmpty()) {
			sink.paragraph();
			text(title);
			sink.paragraph_();
			sink.rawText(Charts.bars(id, title, marks));
		}
	}

	private void durations(Summary total) {
		startSection("Durations");
		paragraph("The test JVMs ran for " + Millis.format(total.durations().totalMillis()) + ".");
		chart("slowest-tests", "Slowest tests", total.durations().slowestTests().stream()
			.map(timed -> new Charts.Mark(timed.name(), timed.millis(), "slow", Millis.format(timed.millis())))
			.collect(Collectors.toList()));
		endSection();
	}

	private void skips(Summary total) {
		startSection("Skip reasons");
		if (total.skips().isEmpty()) {
			paragraph("No test was skipped.");
		}
		else {
			startTable();
			tableHeader(new String[] { "Tests", "Outcome", "Gate", "Reason" });
			total.skips().forEach(group -> tableRow(new String[] { String.valueOf(group.tests()), group.status().name(),
				group.gate() == null ? "no gate" : group.gate(), group.reason() }));
			endTable();
		}
		endSection();
	}

	private void drift() {
		startSection("Drift against the baseline");
		startTable();
		List<String> header = new ArrayList<>(List.of("Module", "Baseline"));
		for (DriftKind kind : DriftKind.values()) {
			header.add(kind.label().toLowerCase(Locale.ROOT));
		}
		tableHeader(header.toArray(new String[0]));
		for (ReportModel.Module module : model.modules()) {
			List<String> row = new ArrayList<>(List.of(module.analysis().project(), module.baselineFile()));
			for (DriftKind kind : DriftKind.values()) {
				row.add(module.analysis().drift().map(drift -> String.valueOf(drift.count(kind))).orElse("-"));
			}
			tableRow(row.toArray(new String[0]));
		}
		endTable();
		paragraph("To accept a change, run " + BaselineMessages.RECORD_COMMAND + " and commit the baseline.");
		endSection();
	}
}
