package dev.kassa.domain.ledger;

import java.util.List;
import java.util.Optional;

/**
 * The result of walking the seal chain: how many rows it covers, how many committed rows wait for
 * their seal, and the first broken link, if any.
 */
public record SealCheck(long sealedRows, long unsealedRows, Optional<String> brokenLink) {

  public static SealCheck intact(long sealedRows, long unsealedRows) {
    return new SealCheck(sealedRows, unsealedRows, Optional.empty());
  }

  public static SealCheck broken(long sealedRows, long unsealedRows, String link) {
    return new SealCheck(sealedRows, unsealedRows, Optional.of(link));
  }

  public List<String> problems() {
    return brokenLink.stream().map(link -> "seal chain broken: " + link).toList();
  }
}
