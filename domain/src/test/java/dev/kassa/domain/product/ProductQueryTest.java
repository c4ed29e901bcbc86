package dev.kassa.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductQueryTest {

  @Test
  void allFiltersNothingAndListsTheNewestFirst() {
    var all = ProductQuery.all();

    assertThat(all.text()).isNull();
    assertThat(all.category()).isNull();
    assertThat(all.minPrice()).isNull();
    assertThat(all.maxPrice()).isNull();
    assertThat(all.inStock()).isNull();
    assertThat(all.sort()).isEqualTo(ProductSort.NEWEST);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void blankTextAndCategoryDoNotFilter(String blank) {
    var query = query(blank, blank, null, null);

    assertThat(query.text()).isNull();
    assertThat(query.category()).isNull();
  }

  @Test
  void textIsStrippedButKeepsItsCase() {
    assertThat(query("  Gold Bar  ", null, null, null).text()).isEqualTo("Gold Bar");
  }

  @Test
  void categoryIsStrippedAndLowerCased() {
    assertThat(query(null, "  Precious Metals ", null, null).category())
        .isEqualTo("precious metals");
  }

  @Test
  void categoryIsLowerCasedLikeProductCategoriesWhateverTheDefaultLocale() {
    var before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      assertThat(query(null, "KITCHEN", null, null).category()).isEqualTo("kitchen");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void textMayBeAsLongAsTheLimitOnceStripped() {
    var longest = "t".repeat(ProductQuery.MAX_TEXT_LENGTH);

    assertThat(query("  " + longest + "  ", null, null, null).text()).isEqualTo(longest);
  }

  @Test
  void textOverTheLimitIsRefusedAsQ() {
    assertProblems(
        () -> query("t".repeat(ProductQuery.MAX_TEXT_LENGTH + 1), null, null, null), "q");
  }

  @Test
  void priceBoundsMayBeZero() {
    var query = query(null, null, 0L, 0L);

    assertThat(query.minPrice()).isZero();
    assertThat(query.maxPrice()).isZero();
  }

  @Test
  void negativePriceBoundsAreRefused() {
    assertProblems(() -> query(null, null, -1L, null), "minPrice");
    assertProblems(() -> query(null, null, null, -1L), "maxPrice");
  }

  @Test
  void eitherPriceBoundMayBeGivenAlone() {
    assertThat(query(null, null, 500L, null).minPrice()).isEqualTo(500L);
    assertThat(query(null, null, null, 500L).maxPrice()).isEqualTo(500L);
  }

  @Test
  void minPriceMayEqualButNotExceedMaxPrice() {
    assertThat(query(null, null, 500L, 500L).minPrice()).isEqualTo(500L);
    assertProblems(() -> query(null, null, 501L, 500L), "minPrice");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertProblems(
        () -> query("t".repeat(ProductQuery.MAX_TEXT_LENGTH + 1), null, -1L, -2L),
        "q",
        "minPrice",
        "maxPrice");
  }

  @Test
  void aSortIsRequired() {
    assertThatThrownBy(() -> new ProductQuery(null, null, null, null, null, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void keepsTheStockFilterAndSort() {
    var query = new ProductQuery(null, null, null, null, true, ProductSort.PRICE_DESCENDING);

    assertThat(query.inStock()).isTrue();
    assertThat(query.sort()).isEqualTo(ProductSort.PRICE_DESCENDING);
  }

  private static void assertProblems(Runnable construction, String... fields) {
    assertThatThrownBy(construction::run)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys(fields));
  }

  private static ProductQuery query(String text, String category, Long minPrice, Long maxPrice) {
    return new ProductQuery(text, category, minPrice, maxPrice, null, ProductSort.NAME);
  }
}
