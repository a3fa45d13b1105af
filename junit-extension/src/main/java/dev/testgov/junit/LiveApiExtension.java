package dev.testgov.junit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.testgov.junit.internal.Environment;
import dev.testgov.junit.internal.Reasons;
import dev.testgov.junit.internal.Secrets;
import dev.testgov.junit.internal.TransientFailures;
import dev.testgov.junit.internal.Variables;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * Opens {@link LiveApi} tests when their credentials are set, turns transient provider failures into
 * aborted tests, and masks credential values in whatever the test throws.
 */
class LiveApiExtension extends GateCondition<LiveApi>
		implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

	static final String TRANSIENT_PARAMETER = "testgov.liveApi.transientPattern";

	LiveApiExtension() {
		super(Gate.LIVE_API, LiveApi.class);
	}

	@Override
	Verdict evaluate(LiveApi annotation, Environment environment) {
		transientFailures(List.of(annotation), environment);
		List<String> credentials = Arrays.asList(annotation.value());
		Variables variables = Variables.check("@LiveApi(value)", credentials, environment);
		if (variables.allPresent()) {
			return Verdict.open(Reasons.open(Gate.LIVE_API, credentials.isEmpty() ? "no credentials are declared"
					: Variables.describeSet(credentials)));
		}
		return Verdict.closed(Reasons.closed(Gate.LIVE_API, variables.describeMissing(),
			"set " + variables.pronoun() + " to run live API tests"));
	}

	@Override
	String userReason(LiveApi annotation) {
		return annotation.disabledReason();
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
		throw translate(context, thrown);
	}

	@Override
	public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
		throw translate(context, thrown);
	}

	@Override
	public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
		throw translate(context, thrown);
	}

	@Override
	public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
		throw translate(context, thrown);
	}

	@Override
	public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
		throw translate(context, thrown);
	}

	private Throwable translate(ExtensionContext context, Throwable thrown) {
		List<LiveApi> annotations = enclosingAnnotations(context);
		if (annotations.isEmpty()) {
			return thrown;
		}
		Environment environment = environment(context);
		Set<String> credentials = new LinkedHashSet<>();
		annotations.forEach(annotation -> credentials.addAll(Arrays.asList(annotation.value())));
		Secrets secrets = Secrets.of(credentials, environment);
		Optional<TransientFailures.Match> match = transientFailures(annotations, environment).match(thrown);
		if (match.isEmpty()) {
			return secrets.redact(thrown);
		}
		Throwable cause = match.get().cause();
		String fact = String.format("the provider failed transiently [%s: %s]", cause.getClass().getSimpleName(),
			Reasons.firstLine(cause.getMessage()));
		String reason = Reasons.closed(Gate.LIVE_API, fact,
			"rerun when the provider recovers (matched " + match.get().rule().describe() + ")");
		return new TestAbortedException(secrets.redact(reason), secrets.redact(thrown));
	}

	private static TransientFailures transientFailures(List<LiveApi> annotations, Environment environment) {
		List<Pattern> patterns = new ArrayList<>();
		for (LiveApi annotation : annotations) {
			for (String pattern : annotation.transientFailures()) {
				patterns.add(TransientFailures.compile("@LiveApi(transientFailures)", pattern));
			}
		}
		environment.parameter(TRANSIENT_PARAMETER)
			.filter(pattern -> !pattern.isBlank())
			.ifPresent(pattern -> patterns.add(TransientFailures.compile(TRANSIENT_PARAMETER, pattern)));
		return TransientFailures.withBuiltIns(patterns);
	}

	private static List<LiveApi> enclosingAnnotations(ExtensionContext context) {
		List<LiveApi> annotations = new ArrayList<>();
		for (Optional<ExtensionContext> current = Optional.of(context); current.isPresent();
				current = current.get().getParent()) {
			current.get().getElement()
				.flatMap(element -> AnnotationSupport.findAnnotation(element, LiveApi.class))
				.ifPresent(annotations::add);
		}
		return annotations;
	}
}
