package dev.testgov.maven.internal.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** testgov.check.failOn and the thresholds: parsed, validated, with messages that name the property. */
class ThresholdsTests {

	@Test
	void failOnDefaultsToVanishedCollapseAndNewlySkipped() {
		assertThat(Thresholds.defaults().failOn()).containsExactlyInAnyOrder(DriftKind.VANISHED, DriftKind.COLLAPSE,
			DriftKind.NEWLY_SKIPPED);
	}

	@Test
	void failOnTakesAllNoneOrAList() {
		assertThat(DriftKind.parse("all")).containsExactly(DriftKind.values());
		assertThat(DriftKind.parse("none")).isEmpty();
		assertThat(DriftKind.parse(" Slow , new ")).containsExactly(DriftKind.NEW, DriftKind.SLOW);
	}

	@Test
	void anUnknownKindNamesTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> DriftKind.parse("vanished,lost"))
			.withMessage("testgov: testgov.check.failOn=[vanished,lost] names an unknown drift [lost]; use a"
					+ " comma-separated list of vanished, moved, renamed, new, newly-skipped, newly-running, collapse,"
					+ " slow, or all, or none");
	}

	@Test
	void anOutOfRangeThresholdNamesItsProperty() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(DriftKind.parse("none"), 120, 1000, 2, 500))
			.withMessage("testgov: testgov.check.maxExecutedDrop=[120] is out of range; use a percentage from 0 to 100");
		assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(DriftKind.parse("none"), 20, 1000, 1, 500))
			.withMessage("testgov: testgov.check.slowdownFactor=[1.0] is out of range; use a factor above 1, e.g. 2.0");
	}

	@Test
	void aSlowdownMustBothMultiplyAndAddEnough() {
		Thresholds thresholds = Thresholds.defaults();

		assertThat(thresholds.isSlowdown(2, 5)).isFalse();
		assertThat(thresholds.isSlowdown(400, 900)).isTrue();
		assertThat(thresholds.isSlowdown(1000, 1900)).isFalse();
	}
}
