package dev.testgov.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.annotation.Inherited;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GateTests {

	@ParameterizedTest
	@EnumSource(Gate.class)
	void annotationCarriesTheGateTag(Gate gate) {
		assertThat(gate.annotation().getAnnotation(Tag.class)).extracting(Tag::value).isEqualTo(gate.tag());
		assertThat(gate.annotation().getAnnotation(ExtendWith.class)).isNotNull();
		assertThat(gate.annotation().isAnnotationPresent(Inherited.class)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "REQUIRES_ENV, dev.testgov.junit.RequiresEnv$List", "REQUIRES_SERVICE, dev.testgov.junit.RequiresService$List" })
	void repeatableContainerCarriesTheSameTagAndExtension(Gate gate, Class<? extends Annotation> container) {
		assertThat(container.getAnnotation(Tag.class)).extracting(Tag::value).isEqualTo(gate.tag());
		assertThat(container.getAnnotation(ExtendWith.class).value())
			.containsExactly(gate.annotation().getAnnotation(ExtendWith.class).value());
	}

	@ParameterizedTest
	@EnumSource(Gate.class)
	void findsTheGateByTagAndByReason(Gate gate) {
		assertThat(Gate.ofTag(gate.tag())).contains(gate);
		assertThat(Gate.ofReason(gate.label() + ": some fact; how to enable")).contains(gate);
	}

	@Test
	void labelsAreTheAnnotationNames() {
		assertThat(Gate.LIVE_API.label()).isEqualTo("@LiveApi");
		assertThat(Gate.REQUIRES_DOCKER.label()).isEqualTo("@RequiresDocker");
	}

	@Test
	void ignoresReasonsOfOtherOrigins() {
		assertThat(Gate.ofReason(null)).isEmpty();
		assertThat(Gate.ofReason("Environment variable [X] does not exist")).isEmpty();
		assertThat(Gate.ofReason("@ManualCheck: not ours")).isEmpty();
		assertThat(Gate.ofReason("see @Manual: quoted later")).isEmpty();
		assertThat(Gate.ofTag("Manual")).isEmpty();
	}
}
