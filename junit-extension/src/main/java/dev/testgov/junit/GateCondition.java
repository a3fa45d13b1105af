package dev.testgov.junit;

import static org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled;
import static org.junit.jupiter.api.extension.ConditionEvaluationResult.enabled;

import java.lang.annotation.Annotation;
import java.lang.annotation.Repeatable;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.testgov.junit.internal.Environment;
import dev.testgov.junit.internal.GateObservations;
import dev.testgov.junit.internal.Reasons;
import dev.testgov.junit.internal.StrictMode;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The shared half of every gate: finds the gate's (meta-)annotations on the test class or method, asks the
 * subclass for a verdict, and turns a closed gate into a skip, or into a failure under strict mode.
 *
 * @param <A> the gate annotation
 */
abstract class GateCondition<A extends Annotation> implements ExecutionCondition {

	private final Gate gate;
	private final Class<A> annotationType;
	private Function<ExtensionContext, Environment> environments = Environment::of;

	GateCondition(Gate gate, Class<A> annotationType) {
		this.gate = gate;
		this.annotationType = annotationType;
	}

	@Override
	public final ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		List<A> annotations = context.getElement().map(this::findAnnotations).orElse(List.of());
		if (annotations.isEmpty()) {
			return enabled(gate.label() + " is not present on " + context.getDisplayName());
		}
		Environment environment = environment(context);
		StrictMode strictMode = StrictMode.from(environment);
		Verdict verdict = null;
		for (A annotation : annotations) {
			verdict = evaluate(annotation, environment);
			GateObservations.record(gate, verdict.isOpen(), verdict.reason());
			if (!verdict.isOpen()) {
				return closed(Reasons.withUserReason(verdict.reason(), userReason(annotation)), strictMode);
			}
		}
		return enabled(verdict.reason());
	}

	private ConditionEvaluationResult closed(String reason, StrictMode strictMode) {
		if (strictMode.covers(gate)) {
			throw new GateClosedException(gate, reason + " (" + strictMode.explain(gate) + ")");
		}
		return disabled(reason);
	}

	private List<A> findAnnotations(AnnotatedElement element) {
		if (annotationType.isAnnotationPresent(Repeatable.class)) {
			return AnnotationSupport.findRepeatableAnnotations(element, annotationType);
		}
		Optional<A> annotation = AnnotationSupport.findAnnotation(element, annotationType);
		return annotation.map(List::of).orElse(List.of());
	}

	/** Unit tests stub the environment through this seam instead of mutating the real one. */
	@SuppressWarnings("unchecked")
	<C extends GateCondition<A>> C withEnvironment(Environment environment) {
		environments = context -> environment;
		return (C) this;
	}

	/** The environment the gate reads. */
	final Environment environment(ExtensionContext context) {
		return environments.apply(context);
	}

	/** Decides whether the gate is open for one annotation; throws on misconfiguration. */
	abstract Verdict evaluate(A annotation, Environment environment);

	/** The user's own reason from the annotation, appended to the gate's reason. */
	abstract String userReason(A annotation);
}
