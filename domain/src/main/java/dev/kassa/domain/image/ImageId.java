package dev.kassa.domain.image;

import dev.kassa.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies an uploaded image. */
public record ImageId(UUID value) {

  public ImageId {
    Objects.requireNonNull(value, "value");
  }

  public static ImageId newId() {
    return new ImageId(Uuids.v7());
  }

  public static ImageId of(String text) {
    return new ImageId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
