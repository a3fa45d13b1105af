package dev.testgov.maven.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import dev.testgov.maven.internal.baseline.Analysis;
import dev.testgov.maven.internal.baseline.Baseline;
import dev.testgov.maven.internal.baseline.Run;
import dev.testgov.maven.internal.baseline.Selection;
import dev.testgov.maven.internal.baseline.Summaries;
import dev.testgov.maven.internal.baseline.TestResult;
import dev.testgov.maven.internal.baseline.TestStatus;
import org.junit.jupiter.api.Test;

/** report.html: one self-contained page whose charts and numbers come from the run and its drift. */
class HtmlReportTests {

	private final String html = HtmlReport.render(Reports.model(Reports.parcels(), Reports.warehouse()));

	@Test
	void fetchesNothing() {
		assertThat(html).contains("<style>", "<script>")
			.doesNotContain("<link", " src=", "http://", "https://", "@import", "url(");
	}

	@Test
	void drawsEveryChart() {
		for (String chart : List.of("outcomes", "baseline-comparison", "by-category", "by-tag", "by-package",
				"duration-histogram", "slowest-tests", "slowest-classes", "category-time", "skip-reasons",
				"drift-dev.testgov.it-parcels", "drift-dev.testgov.it-warehouse", "modules")) {
			assertThat(html).contains("<svg class=\"chart\" data-chart=\"" + chart + "\"");
		}
	}

	@Test
	void saysTheNumbers() {
		assertThat(html).contains("<p class=\"line\">18 tests in 7 classes: 16 passed, 2 skipped in ",
			"<div class=\"card tests\" data-card=\"tests\"><span class=\"number\">18</span>",
			"<div class=\"kind fail\" data-kind=\"newly-skipped\"><span class=\"number\">2</span>",
			"<div class=\"kind warn\" data-kind=\"moved\"><span class=\"number\">3</span>",
			"<circle class=\"slice passed\" data-value=\"16\"",
			"id=\"status\">fails the check: dev.testgov.it:parcels: 2 newly skipped</p>");
	}

	@Test
	void escapesWhatTestsNameThemselves() {
		TestResult hostile = new TestResult("[engine:junit-jupiter]/[class:a.XssTest]/[method:shows()]", "a.XssTest", "shows",
			"<script>alert(1)</script>", TestStatus.SKIPPED, null, "reason with <b>markup</b> & \"quotes\"", null, null, 0, null);
		List<TestResult> tests = List.of(hostile);
		Analysis analysis = new Analysis("a:b", Run.empty(), tests, Summaries.of(tests, 0, Baseline.SLOWEST), Optional.empty(),
			Optional.empty(), Selection.none());

		String page = HtmlReport.render(Reports.model(analysis));

		assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<b>markup</b>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "reason with &lt;b&gt;markup&lt;/b&gt; &amp; &quot;quotes&quot;",
				"id=\"status\">no baseline to compare with</p>");
	}
}
