package dev.testgov.benchmark;

/** A generated file, by its path relative to the project root. */
record SourceFile(String path, String text) {
}
