/**
 * Analysis of a test run's raw recordings, once, after the run: probes mapped to methods with JaCoCo's own
 * probe numbering ({@link dev.testgov.maven.internal.analysis.ProbeMapper}), classes found and fingerprinted
 * ({@link dev.testgov.maven.internal.analysis.ClassLocator}), file reads made relocatable, and the result
 * merged into the module's dependency store ({@link dev.testgov.maven.internal.analysis.RecordMerge}).
 *
 * <p>Safety first: whenever data is missing or damaged, a test gets more dependencies (a whole class, its
 * whole fork) or no record at all, so it runs again — never fewer dependencies than it really had.
 */
package dev.testgov.maven.internal.analysis;
