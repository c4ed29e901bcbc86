package dev.kassa.domain.image;

/** The width and height of an image, in pixels. */
public record Dimensions(int width, int height) {

  public Dimensions {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("an image has at least one pixel each way");
    }
  }

  public long pixels() {
    return (long) width * height;
  }
}
