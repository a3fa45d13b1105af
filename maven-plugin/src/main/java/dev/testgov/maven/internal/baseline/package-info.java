/**
 * Baselines and drift: the outcome files a run's test JVMs wrote, the committed baseline file, the summary of
 * a run (counts, outcomes, skip reasons, durations) and what changed between the two (vanished, moved,
 * renamed, new, newly skipped, newly running, a collapse of the executed count, slow tests).
 *
 * <p>Internal: no compatibility promise. The formats are documented on the site's baselines page, and the
 * messages in {@link dev.testgov.maven.internal.baseline.BaselineMessages} are a tested contract.
 */
package dev.testgov.maven.internal.baseline;
