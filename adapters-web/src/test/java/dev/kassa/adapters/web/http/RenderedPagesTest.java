package dev.kassa.adapters.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.shared.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderedPagesTest {

  private final RenderedPages rendered = new RenderedPages(10);
  private final AtomicInteger renders = new AtomicInteger();

  private byte[] json(Page<String> page, Object alongside) {
    return rendered.json(
        page,
        alongside,
        () -> {
          renders.incrementAndGet();
          return (page.items() + " " + alongside).getBytes(StandardCharsets.UTF_8);
        });
  }

  private static Page<String> page(String... items) {
    return new Page<>(List.of(items), 20, 0, items.length);
  }

  @Test
  void theSamePageWithTheSameSurroundingsIsRenderedOnce() {
    var page = page("a", "b");

    var first = json(page, Map.of("a", 1));
    var second = json(page, Map.of("a", 1));

    assertThat(second).isSameAs(first);
    assertThat(renders).hasValue(1);
  }

  @Test
  void anEqualPageThatIsAnotherInstanceIsRenderedAgain() {
    json(page("a"), Map.of());

    var again = json(page("a"), Map.of());

    assertThat(new String(again, StandardCharsets.UTF_8)).isEqualTo("[a] {}");
    assertThat(renders).hasValue(2);
  }

  @Test
  void theSamePageWithOtherSurroundingsIsRenderedAfresh() {
    var page = page("a");
    json(page, Map.of("a", List.of()));

    var changed = json(page, Map.of("a", List.of("image")));

    assertThat(new String(changed, StandardCharsets.UTF_8)).isEqualTo("[a] {a=[image]}");
    assertThat(json(page, Map.of("a", List.of("image")))).isSameAs(changed);
    assertThat(renders).hasValue(2);
  }
}
