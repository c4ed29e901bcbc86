package dev.kassa.bootstrap.webhooks;

import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;

/**
 * The receiver's example of the README ({@code docs/examples/VerifyKassaSignature.java}), compiled
 * here with the JDK's compiler and called as a receiver would: what the tests verify deliveries
 * with.
 */
final class DocumentedVerifier {

  static final Path SOURCE = Path.of("..", "docs", "examples", "VerifyKassaSignature.java");

  private static Method verify;

  private DocumentedVerifier() {}

  static boolean verify(String header, byte[] body, String secret, long nowSeconds) {
    try {
      return (boolean) method().invoke(null, header, body, secret, nowSeconds);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  static boolean verifyNow(String header, byte[] body, String secret) {
    return verify(header, body, secret, System.currentTimeMillis() / 1000);
  }

  private static synchronized Method method() throws ReflectiveOperationException {
    if (verify == null) {
      try {
        var out = Files.createTempDirectory("kassa-example");
        var compiler = ToolProvider.getSystemJavaCompiler();
        var status = compiler.run(null, null, null, "-d", out.toString(), SOURCE.toString());
        if (status != 0) {
          throw new AssertionError(SOURCE + " does not compile");
        }
        var loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()});
        verify =
            loader
                .loadClass("VerifyKassaSignature")
                .getMethod("verify", String.class, byte[].class, String.class, long.class);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }
    return verify;
  }
}
