package dev.testgov.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CausesTests {

	@Test
	void listsTheChainOutermostFirst() {
		IllegalStateException root = new IllegalStateException("root");
		RuntimeException middle = new RuntimeException("middle", root);
		RuntimeException top = new RuntimeException("top", middle);

		assertThat(Causes.chain(top)).containsExactly(top, middle, root);
	}

	@Test
	void endsACycleWhereItCloses() {
		RuntimeException first = new RuntimeException("first");
		RuntimeException second = new RuntimeException("second", first);
		first.initCause(second);

		assertThat(Causes.chain(first)).containsExactly(first, second);
	}

	@Test
	void isEmptyForNull() {
		assertThat(Causes.chain(null)).isEmpty();
	}
}
