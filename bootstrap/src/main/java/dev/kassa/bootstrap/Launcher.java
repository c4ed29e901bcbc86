package dev.kassa.bootstrap;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point, compiled for Java 8 so that any Java still loads it: below Java 21 it says
 * in one line which Java Kassa needs and which one it found, and exits with 1; otherwise it runs
 * {@link Main}, loaded by name so that this class never links to code an old Java cannot read.
 */
public final class Launcher {

  static final int REQUIRED_FEATURE = 21;

  private Launcher() {}

  public static void main(String[] args) throws Throwable {
    String version = System.getProperty("java.specification.version");
    int feature = feature(version);
    if (feature < REQUIRED_FEATURE) {
      System.err.println(
          "Kassa needs Java "
              + REQUIRED_FEATURE
              + " or newer; this is Java "
              + version
              + " at "
              + System.getProperty("java.home")
              + ": set JAVA_HOME or use bin/start");
      System.exit(1);
    }
    try {
      Class.forName("dev.kassa.bootstrap.Main")
          .getMethod("main", String[].class)
          .invoke(null, (Object) args);
    } catch (InvocationTargetException failed) {
      throw failed.getCause();
    }
  }

  /** 8 for "1.8", 17 for "17". */
  static int feature(String specificationVersion) {
    String major =
        specificationVersion.startsWith("1.")
            ? specificationVersion.substring(2)
            : specificationVersion;
    int dot = major.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? major : major.substring(0, dot));
    } catch (NumberFormatException unknown) {
      return 0;
    }
  }
}
