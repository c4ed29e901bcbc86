package dev.kassa.bootstrap.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the {@link RunningKassa} of this JVM: started on first use, kept in the root store so
 * every test class shares it, and closed when the test run ends.
 */
public final class KassaServerExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KassaServerExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RunningKassa.class;
  }

  @Override
  public RunningKassa resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent(RunningKassa.class, type -> RunningKassa.start(), RunningKassa.class);
  }
}
