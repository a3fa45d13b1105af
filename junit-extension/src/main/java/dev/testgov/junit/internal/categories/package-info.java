/**
 * Categories from layout: {@code unit}, {@code integration}, {@code e2e}, {@code performance},
 * {@code manual} and {@code slow}, resolved from a test class's package and name
 * ({@link dev.testgov.junit.internal.categories.CategoryRules}), selected with {@code -Dtestgov.categories}
 * by a {@code PostDiscoveryFilter} ({@link dev.testgov.junit.internal.categories.CategoryFilter}) and
 * recorded per test in the outcome file.
 *
 * <p>Internal: no compatibility promise. The parameter names and pattern syntax are the contract.
 */
package dev.testgov.junit.internal.categories;
