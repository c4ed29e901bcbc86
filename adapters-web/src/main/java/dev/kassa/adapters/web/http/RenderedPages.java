package dev.kassa.adapters.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kassa.domain.shared.Page;
import java.util.function.Supplier;

/**
 * The JSON of pages that a cache behind the use case hands out again and again, rendered once per
 * page instance. A {@link Page} is immutable, so its JSON depends only on the instance and on what
 * the route shows beside its items ({@code alongside}, compared by {@code equals}); a cache that
 * replaces a page on a change hands out a new instance, which is rendered afresh. Entries are held
 * by identity and weakly: one goes when its page does, or when more than {@code maximumPages} are
 * kept. A use case without a cache makes a new page each time, so nothing is reused, only rendered
 * as it would have been.
 */
public final class RenderedPages {

  private final Cache<Page<?>, Rendered> pages;

  public RenderedPages(long maximumPages) {
    this.pages = Caffeine.newBuilder().weakKeys().maximumSize(maximumPages).build();
  }

  byte[] json(Page<?> page, Object alongside, Supplier<byte[]> render) {
    var kept = pages.getIfPresent(page);
    if (kept != null && kept.alongside.equals(alongside)) {
      return kept.json;
    }
    var json = render.get();
    pages.put(page, new Rendered(alongside, json));
    return json;
  }

  private static final class Rendered {

    private final Object alongside;
    private final byte[] json;

    Rendered(Object alongside, byte[] json) {
      this.alongside = alongside;
      this.json = json;
    }
  }
}
