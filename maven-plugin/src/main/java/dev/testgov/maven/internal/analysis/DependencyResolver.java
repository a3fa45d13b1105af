package dev.testgov.maven.internal.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.testgov.junit.internal.record.RawEntries.ClassProbes;
import dev.testgov.junit.internal.record.RawEntries.FileRead;
import dev.testgov.junit.internal.record.hook.FileReads;
import dev.testgov.maven.internal.store.Dependencies;
import dev.testgov.maven.internal.store.FileKey;
import dev.testgov.maven.internal.store.MethodSet;

/** Turns a scope's raw coverage and file reads into {@link Dependencies}. */
final class DependencyResolver {

	private final ClassResolver classes;
	private final FileResolver files;

	DependencyResolver(ClassResolver classes, FileResolver files) {
		this.classes = classes;
		this.files = files;
	}

	ClassResolver classes() {
		return classes;
	}

	Dependencies resolve(List<ClassProbes> coverage, List<FileRead> reads) {
		SortedMap<String, MethodSet> used = new TreeMap<>();
		for (ClassProbes probes : coverage) {
			classes.methodsHit(probes).ifPresent(methods -> used.merge(probes.className(), methods, MethodSet::union));
		}
		SortedSet<FileKey> keys = new TreeSet<>();
		boolean external = false;
		Set<String> found = new HashSet<>();
		for (FileRead read : reads) {
			if (FileReads.RESOURCE.equals(read.kind())) {
				found.add(read.resource());
			}
		}
		for (FileRead read : reads) {
			if (FileReads.MISSING_RESOURCE.equals(read.kind()) && found.contains(read.location())) {
				// A parent class loader missed what the test's own loader found: the found copy is the dependency.
				continue;
			}
			FileUse use = files.resolve(read);
			if (use.key() != null) {
				keys.add(use.key());
			}
			external |= use.external();
		}
		return new Dependencies(used, keys, external);
	}
}
