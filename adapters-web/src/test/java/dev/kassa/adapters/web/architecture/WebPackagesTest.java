package dev.kassa.adapters.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The web adapter's packages form no cycle: the controller packages and the HTTP plumbing ({@code
 * http}, {@code error}, {@code json}...) depend on each other one way only, and the root package
 * only assembles them ({@code HttpApi}, {@code KassaControllers}), so nothing depends back on it.
 */
@AnalyzeClasses(
    packages = "dev.kassa.adapters.web",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WebPackagesTest {

  private static final String ROOT = "dev.kassa.adapters.web";

  @ArchTest
  static final ArchRule subpackagesAreFreeOfCycles =
      slices().matching("dev.kassa.adapters.web.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule nothingDependsOnTheAssembly =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".*..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT)
          .as("no web subpackage depends on the root package, which only assembles them");
}
