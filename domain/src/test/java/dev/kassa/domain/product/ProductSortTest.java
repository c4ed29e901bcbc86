package dev.kassa.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductSortTest {

  @ParameterizedTest
  @CsvSource({"name, NAME", "price, PRICE", "-price, PRICE_DESCENDING", "-createdAt, NEWEST"})
  void parsesEachDocumentedCode(String code, ProductSort expected) {
    assertThat(ProductSort.parse(code)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(ProductSort.class)
  void parsingItsCodeGivesEachSortBack(ProductSort sort) {
    assertThat(ProductSort.parse(sort.code())).isEqualTo(sort);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"NAME", "Price", "-name", "createdAt", "-createdat", " price", "newest"})
  void refusesAnythingButAnExactCode(String code) {
    assertThatThrownBy(() -> ProductSort.parse(code))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("sort"));
  }
}
