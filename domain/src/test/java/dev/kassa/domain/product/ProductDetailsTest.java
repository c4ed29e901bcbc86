package dev.kassa.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import dev.kassa.domain.shared.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductDetailsTest {

  private static final Money PRICE = Money.of(1_999, "EUR");
  private static final String IMAGE = "https://img.example.com/gold.png";

  @Test
  void acceptsAWellFormedProductWithItsFieldsStripped() {
    var details =
        new ProductDetails(
            "  SKU-1  ", "  Gold bar  ", "  Shiny.  ", PRICE, "  metals  ", List.of(IMAGE));

    assertThat(details.sku()).isEqualTo("SKU-1");
    assertThat(details.name()).isEqualTo("Gold bar");
    assertThat(details.description()).isEqualTo("Shiny.");
    assertThat(details.price()).isEqualTo(PRICE);
    assertThat(details.category()).isEqualTo("metals");
    assertThat(details.imageUrls()).containsExactly(IMAGE);
  }

  @Test
  void aMissingDescriptionOrImageListBecomesEmpty() {
    var details = new ProductDetails("SKU-1", "Gold", null, PRICE, "metals", null);

    assertThat(details.description()).isEmpty();
    assertThat(details.imageUrls()).isEmpty();
  }

  @Test
  void categoryIsLowerCased() {
    assertThat(withCategory("  Precious Metals ").category()).isEqualTo("precious metals");
  }

  @Test
  void categoryIsLowerCasedTheSameWayWhateverTheDefaultLocale() {
    var before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      assertThat(withCategory("KITCHEN").category()).isEqualTo("kitchen");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void keepsThePriceInItsOwnCurrency() {
    var yen = Money.of(500, "JPY");

    assertThat(withPrice(yen).price()).isEqualTo(yen);
  }

  @Test
  void imageUrlsAreACopyThatCannotBeChanged() {
    var urls = new ArrayList<>(List.of(IMAGE));
    var details = withImages(urls);
    urls.add("https://img.example.com/other.png");

    assertThat(details.imageUrls()).containsExactly(IMAGE);
    assertThatThrownBy(() -> details.imageUrls().add(IMAGE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "7", "sku-1", "SKU_1.v2", "a.b-c_d", "X-----"})
  void acceptsSkusOfLettersDigitsDotsDashesAndUnderscores(String sku) {
    assertThat(withSku(sku).sku()).isEqualTo(sku);
  }

  @Test
  void acceptsASkuOfSixtyFourCharacters() {
    var sku = "S".repeat(64);

    assertThat(withSku(sku).sku()).isEqualTo(sku);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "-abc", ".abc", "_abc", "has space", "sku/1", "sku#1", "ÄBC"})
  void refusesMalformedSkus(String sku) {
    assertProblem(() -> withSku(sku), "sku");
  }

  @Test
  void refusesASkuOfSixtyFiveCharacters() {
    assertProblem(() -> withSku("S".repeat(65)), "sku");
  }

  @Test
  void acceptsNamesOfOneToTwoHundredCharactersAfterStripping() {
    assertThat(withName("x").name()).isEqualTo("x");
    assertThat(withName("  " + "n".repeat(200) + "  ").name()).hasSize(200);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void refusesAMissingOrBlankName(String name) {
    assertProblem(() -> withName(name), "name");
  }

  @Test
  void refusesANameOverTwoHundredCharacters() {
    assertProblem(() -> withName("n".repeat(201)), "name");
  }

  @Test
  void acceptsADescriptionOfUpToFiveThousandCharacters() {
    assertThat(withDescription("d".repeat(5000)).description()).hasSize(5000);
    assertProblem(() -> withDescription("d".repeat(5001)), "description");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "home garden", "home_garden", "home-garden", "tools2"})
  void acceptsCategoriesOfLettersDigitsSpacesDashesAndUnderscores(String category) {
    assertThat(withCategory(category).category()).isEqualTo(category);
  }

  @Test
  void acceptsACategoryOfSixtyFourCharacters() {
    assertThat(withCategory("c".repeat(64)).category()).hasSize(64);
    assertProblem(() -> withCategory("c".repeat(65)), "category");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "-books", "_books", "books!", "books/comics", "bücher", "a.b"})
  void refusesMalformedCategories(String category) {
    assertProblem(() -> withCategory(category), "category");
  }

  @Test
  void acceptsTheSmallestPositivePrice() {
    assertThat(withPrice(Money.of(1, "EUR")).price().minor()).isEqualTo(1);
  }

  @Test
  void refusesAMissingZeroOrNegativePrice() {
    assertProblem(() -> withPrice(null), "price");
    assertProblem(() -> withPrice(Money.of(0, "EUR")), "price");
    assertProblem(() -> withPrice(Money.of(-1, "EUR")), "price");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://img.example.com/a.png",
        "https://img.example.com/a.png",
        "https://img.example.com:8443/a/b.jpg?size=large#top"
      })
  void acceptsHttpAndHttpsImageUrls(String url) {
    assertThat(withImages(List.of(url)).imageUrls()).containsExactly(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ftp://img.example.com/a.png",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:image/png;base64,AAAA",
        "mailto:shop@example.com",
        "/images/a.png",
        "img.example.com/a.png",
        "https://",
        "https:///a.png",
        "https://img example.com/a.png"
      })
  void refusesImageUrlsThatAreNotHttpOrHttpsWithAHost(String url) {
    assertProblem(() -> withImages(List.of(url)), "imageUrls");
  }

  @Test
  void refusesAnImageUrlOverTwoThousandCharacters() {
    var prefix = "https://img.example.com/";
    var longest = prefix + "a".repeat(2000 - prefix.length());

    assertThat(withImages(List.of(longest)).imageUrls()).containsExactly(longest);
    assertProblem(() -> withImages(List.of(longest + "a")), "imageUrls");
  }

  @Test
  void refusesAnImageListContainingNull() {
    assertThatThrownBy(() -> withImages(Arrays.asList(IMAGE, null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsEntry("imageUrls", "must not contain null"));
  }

  @Test
  void acceptsTwentyImagesButNotTwentyOne() {
    assertThat(withImages(images(ProductDetails.MAX_IMAGES)).imageUrls()).hasSize(20);
    assertThatThrownBy(() -> withImages(images(ProductDetails.MAX_IMAGES + 1)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsEntry("imageUrls", "at most 20 images"));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThatThrownBy(
            () ->
                new ProductDetails(
                    "-bad",
                    "",
                    "d".repeat(5001),
                    Money.of(0, "EUR"),
                    "Bad!",
                    List.of("ftp://img.example.com/a.png")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsOnlyKeys(
                        "sku", "name", "description", "price", "category", "imageUrls"));
  }

  private static List<String> images(int count) {
    return IntStream.range(0, count).mapToObj(i -> "https://img.example.com/" + i).toList();
  }

  private static void assertProblem(Runnable construction, String field) {
    assertThatThrownBy(construction::run)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys(field));
  }

  private static ProductDetails withSku(String sku) {
    return new ProductDetails(sku, "Gold", "", PRICE, "metals", List.of());
  }

  private static ProductDetails withName(String name) {
    return new ProductDetails("SKU-1", name, "", PRICE, "metals", List.of());
  }

  private static ProductDetails withDescription(String description) {
    return new ProductDetails("SKU-1", "Gold", description, PRICE, "metals", List.of());
  }

  private static ProductDetails withPrice(Money price) {
    return new ProductDetails("SKU-1", "Gold", "", price, "metals", List.of());
  }

  private static ProductDetails withCategory(String category) {
    return new ProductDetails("SKU-1", "Gold", "", PRICE, category, List.of());
  }

  private static ProductDetails withImages(List<String> urls) {
    return new ProductDetails("SKU-1", "Gold", "", PRICE, "metals", urls);
  }
}
