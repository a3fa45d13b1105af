package dev.testgov.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Minimal {@link ExtensionContext}s for unit tests of conditions: they answer only what a gate asks of its
 * context (element, display name, parent); the environment is stubbed through the condition's own seam.
 */
final class StubContexts {

	private StubContexts() {
	}

	/** A declared method of a fixture, whatever its visibility. */
	static Method method(Class<?> type, String name) {
		try {
			return type.getDeclaredMethod(name);
		}
		catch (NoSuchMethodException e) {
			throw new IllegalArgumentException("No method " + name + "() in " + type.getName(), e);
		}
	}

	/** A context for a test class or method, nested in a context for its class when it is a method. */
	static ExtensionContext contextFor(AnnotatedElement element) {
		Optional<ExtensionContext> parent = element instanceof Member
				? Optional.of(contextFor(((Member) element).getDeclaringClass()))
				: Optional.empty();
		return (ExtensionContext) Proxy.newProxyInstance(StubContexts.class.getClassLoader(),
			new Class<?>[] { ExtensionContext.class }, (proxy, method, arguments) -> {
				switch (method.getName()) {
					case "getElement":
						return Optional.of(element);
					case "getParent":
						return parent;
					case "getDisplayName":
					case "toString":
						return element.toString();
					default:
						throw new UnsupportedOperationException("stub context does not answer " + method.getName());
				}
			});
	}
}
