package dev.kassa.adapters.web.http;

import dev.kassa.domain.shared.Page;
import java.util.List;

/** The JSON of a page: {@code {"data": [...], "limit": 20, "offset": 0, "total": 57}}. */
public record PageResponse<T>(List<T> data, int limit, int offset, long total) {

  public PageResponse {
    data = List.copyOf(data);
  }

  public static <T> PageResponse<T> of(Page<T> page) {
    return new PageResponse<>(page.items(), page.limit(), page.offset(), page.total());
  }
}
