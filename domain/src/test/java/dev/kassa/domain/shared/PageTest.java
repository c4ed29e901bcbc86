package dev.kassa.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kassa.domain.error.ValidationException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

  private static final List<Integer> ALL = IntStream.rangeClosed(1, 25).boxed().toList();

  @Test
  void pageRequestAcceptsLimitsFromOneToOneHundred() {
    assertThat(new PageRequest(1, 0).limit()).isEqualTo(1);
    assertThat(new PageRequest(PageRequest.MAX_LIMIT, 10_000).limit()).isEqualTo(100);
  }

  @Test
  void pageRequestRefusesOutOfBoundLimitsAndNegativeOffsets() {
    assertThatThrownBy(() -> new PageRequest(0, 0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("limit"));
    assertThatThrownBy(() -> new PageRequest(101, 0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new PageRequest(10, -1))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).containsOnlyKeys("offset"));
    assertThatThrownBy(() -> new PageRequest(-1, -1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems()).containsOnlyKeys("limit", "offset"));
  }

  @Test
  void pageRequestDefaults() {
    assertThat(PageRequest.defaults()).isEqualTo(new PageRequest(20, 0));
    assertThat(PageRequest.first(5)).isEqualTo(new PageRequest(5, 0));
  }

  @Test
  void sliceCutsTheRequestedWindowAndCountsEverything() {
    var page = Page.slice(ALL, new PageRequest(10, 10));

    assertThat(page.items()).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
    assertThat(page.total()).isEqualTo(25);
    assertThat(page.limit()).isEqualTo(10);
    assertThat(page.offset()).isEqualTo(10);
  }

  @Test
  void sliceOfTheLastPageIsShort() {
    assertThat(Page.slice(ALL, new PageRequest(10, 20)).items())
        .containsExactly(21, 22, 23, 24, 25);
  }

  @Test
  void sliceBeyondTheEndIsEmptyButKeepsTheTotal() {
    var page = Page.slice(ALL, new PageRequest(10, Integer.MAX_VALUE));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(25);
  }

  @Test
  void sliceOfAnEmptyListIsEmpty() {
    assertThat(Page.slice(List.of(), PageRequest.defaults()).items()).isEmpty();
  }

  @Test
  void mapKeepsTheWindowAndTotal() {
    var page = Page.slice(ALL, new PageRequest(3, 1)).map(n -> "#" + n);

    assertThat(page.items()).containsExactly("#2", "#3", "#4");
    assertThat(page).extracting(Page::limit, Page::offset, Page::total).containsExactly(3, 1, 25L);
  }

  @Test
  void itemsAreUnmodifiable() {
    var page = Page.slice(ALL, PageRequest.defaults());

    assertThatThrownBy(() -> page.items().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
