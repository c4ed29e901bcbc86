package dev.kassa.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * The dependency rules of ARCHITECTURE.md, checked on the production classes of every module:
 * domain in the middle, application around it, adapters around that, bootstrap outermost.
 */
@AnalyzeClasses(
    packages = "dev.kassa",
    importOptions = {
      ImportOption.DoNotIncludeTests.class,
      ArchitectureTest.DoNotIncludeTestOutputs.class
    })
class ArchitectureTest {

  static final String DOMAIN = "dev.kassa.domain..";
  static final String APPLICATION = "dev.kassa.application..";
  static final String MEMORY = "dev.kassa.adapters.memory..";
  static final String PERSISTENCE = "dev.kassa.adapters.persistence..";
  static final String SECURITY = "dev.kassa.adapters.security..";
  static final String CAFFEINE = "dev.kassa.adapters.caffeine..";
  static final String IMAGES = "dev.kassa.adapters.images..";
  static final String PAYMENTS = "dev.kassa.adapters.payments..";
  static final String REDIS = "dev.kassa.adapters.redis..";
  static final String KAFKA = "dev.kassa.adapters.kafka..";
  static final String WEBHOOKS = "dev.kassa.adapters.webhooks..";
  static final String MAIL = "dev.kassa.adapters.mail..";
  static final String MESSAGING = "dev.kassa.adapters.messaging..";
  static final String WEB = "dev.kassa.adapters.web..";
  static final String EMBEDDED = "dev.kassa.embedded..";
  static final String BOOTSTRAP = "dev.kassa.bootstrap..";
  static final String CLI = "dev.kassa.cli..";

  private static final String[] TECHNOLOGY = {
    "org.jooq..",
    "java.sql..",
    "javax.sql..",
    "org.postgresql..",
    "io.javalin..",
    "com.fasterxml.jackson..",
    "org.eclipse.jetty..",
    "jakarta.servlet..",
    "com.nimbusds..",
    "at.favre.lib..",
    "org.flywaydb..",
    "com.zaxxer.hikari..",
    "com.github.benmanes.caffeine..",
    "com.stripe..",
    "redis.clients..",
    "io.github.bucket4j..",
    "org.apache.kafka..",
    "jakarta.mail..",
    "com.github.mustachejava..",
    "javax.imageio..",
    "java.awt..",
    "net.coobird.thumbnailator..",
    "com.twelvemonkeys.."
  };

  /**
   * Bootstrap (the server) and embedded (the library in memory) are the composition roots: the
   * outermost ring, the places that may know adapters in order to wire them. Nothing in the core or
   * the adapters may depend on them.
   */
  @ArchTest
  static final ArchRule layersDependInwardOnly =
      onionArchitecture()
          .domainModels(DOMAIN)
          .applicationServices(APPLICATION)
          .adapter("memory", MEMORY)
          .adapter("persistence", PERSISTENCE)
          .adapter("security", SECURITY)
          .adapter("caffeine", CAFFEINE)
          .adapter("images", IMAGES)
          .adapter("payments", PAYMENTS)
          .adapter("redis", REDIS)
          .adapter("kafka", KAFKA)
          .adapter("webhooks", WEBHOOKS)
          .adapter("mail", MAIL)
          .adapter("messaging", MESSAGING)
          .adapter("web", WEB)
          .adapter("embedded", EMBEDDED)
          .adapter("bootstrap", BOOTSTRAP)
          .adapter("cli", CLI)
          .ignoreDependency(resideInAPackage(EMBEDDED), resideInAPackage("dev.kassa.adapters.."))
          .ignoreDependency(resideInAPackage(BOOTSTRAP), resideInAPackage("dev.kassa.adapters.."))
          .withOptionalLayers(true)
          .ensureAllClassesAreContainedInArchitecture();

  @ArchTest
  static final ArchRule everyClassBelongsToALayer =
      classes()
          .should()
          .resideInAnyPackage(
              DOMAIN,
              APPLICATION,
              MEMORY,
              PERSISTENCE,
              SECURITY,
              CAFFEINE,
              IMAGES,
              PAYMENTS,
              REDIS,
              KAFKA,
              WEBHOOKS,
              MAIL,
              MESSAGING,
              WEB,
              EMBEDDED,
              BOOTSTRAP,
              CLI)
          .as(
              "every class under dev.kassa belongs to the domain, the application, an adapter,"
                  + " embedded, bootstrap or the CLI demo client");

  /** The demo client is a client of the HTTP API only: it knows none of Kassa's code. */
  @ArchTest
  static final ArchRule theCliKnowsOnlyTheHttpApi =
      classes()
          .that()
          .resideInAPackage(CLI)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(CLI, "java..", "picocli..", "com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule domainDependsOnlyOnJava =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", DOMAIN);

  @ArchTest
  static final ArchRule applicationDependsOnlyOnJavaAndTheDomain =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", DOMAIN, APPLICATION);

  @ArchTest
  static final ArchRule noAdapterDependsOnAnother =
      slices()
          .matching("dev.kassa.adapters.(*)..")
          .should()
          .notDependOnEachOther()
          .as("no adapter depends on another adapter");

  /** Every package is its own slice; jOOQ's generated code is exempt. */
  @ArchTest
  static final ArchRule noPackageCycles =
      slices()
          .matching("dev.kassa.(**)")
          .should()
          .beFreeOfCycles()
          .ignoreDependency(
              resideInAPackage("dev.kassa.adapters.persistence.jooq.."),
              resideInAPackage("dev.kassa.adapters.persistence.jooq.."))
          .as("no package depends on itself through others");

  @ArchTest
  static final ArchRule coreUsesNoInfrastructureTypes =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN, APPLICATION)
          .should()
          .dependOnClassesThat(resideInAnyPackage(TECHNOLOGY))
          .as(
              "domain and application use no jOOQ, JDBC, Javalin, Jackson, Jetty, nimbus, bcrypt,"
                  + " Flyway, HikariCP, Caffeine, Stripe, Jedis, Bucket4j, Kafka, ImageIO, AWT or image"
                  + " library type");

  @ArchTest
  static final ArchRule coreWritesNothingToStandardStreams =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN, APPLICATION)
          .should(ACCESS_STANDARD_STREAMS)
          .as("domain and application do not use System.out, System.err or printStackTrace");

  /**
   * Keeps test code out even where {@link ImportOption.DoNotIncludeTests} misses it: build
   * directories with a suffix ({@code target-x/test-classes}) and test jars of other modules.
   */
  public static final class DoNotIncludeTestOutputs implements ImportOption {

    private static final Pattern TEST_OUTPUT =
        Pattern.compile(".*(/target[^/]*/test-classes/|-tests\\.jar).*");

    @Override
    public boolean includes(Location location) {
      return !location.matches(TEST_OUTPUT);
    }
  }
}
