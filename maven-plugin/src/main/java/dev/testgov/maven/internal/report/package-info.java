/**
 * How testgov shows a run and its drift: the console block in Surefire's words, the self-contained
 * {@code target/testgov/report.html} with inline SVG charts, {@code report.json} beside it, and the page the
 * Maven site shows.
 *
 * <p>Internal: no compatibility promise. The console lines come from
 * {@link dev.testgov.maven.internal.baseline.BaselineMessages}, a tested contract; {@code report.json} is
 * documented on the site's baselines page.
 */
package dev.testgov.maven.internal.report;
