package dev.testgov.it.warehouse;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

public class AuditExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		Audit.open();
	}
}
