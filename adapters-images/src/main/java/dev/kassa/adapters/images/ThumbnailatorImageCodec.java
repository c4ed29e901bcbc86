package dev.kassa.adapters.images;

import dev.kassa.domain.image.Dimensions;
import dev.kassa.domain.image.EncodedImage;
import dev.kassa.domain.image.ImageBlob;
import dev.kassa.domain.image.ImageCodec;
import dev.kassa.domain.image.ImageFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Images through ImageIO, with the TwelveMonkeys plugins (WebP reading, JPEG in CMYK and other
 * variants the JDK refuses) and Thumbnailator, which turns a photo upright as its EXIF orientation
 * says and scales with good quality. Writing a decoded image carries none of the upload's metadata
 * over. ImageIO's disk cache is turned off: every image is in memory already.
 */
public final class ThumbnailatorImageCodec implements ImageCodec {

  private static final float JPEG_QUALITY = 0.9f;

  public ThumbnailatorImageCodec() {
    ImageIO.setUseCache(false);
  }

  @Override
  public Optional<Dimensions> dimensions(byte[] content, ImageFormat format) {
    var readers = ImageIO.getImageReadersByFormatName(readerName(format));
    if (!readers.hasNext()) {
      return Optional.empty();
    }
    var reader = readers.next();
    try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
      reader.setInput(input, true, true);
      return Optional.of(new Dimensions(reader.getWidth(0), reader.getHeight(0)));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    } finally {
      reader.dispose();
    }
  }

  @Override
  public Optional<EncodedImage> clean(byte[] content, ImageFormat format) {
    BufferedImage upright;
    try {
      upright = Thumbnails.of(new ByteArrayInputStream(content)).scale(1.0).asBufferedImage();
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
    var written = format == ImageFormat.JPEG ? ImageFormat.JPEG : ImageFormat.PNG;
    return Optional.of(encode(upright, written));
  }

  @Override
  public EncodedImage thumbnail(EncodedImage image, int side) {
    try {
      var builder = Thumbnails.of(new ByteArrayInputStream(image.blob().content()));
      var fits = image.width() <= side && image.height() <= side;
      var scaled = (fits ? builder.scale(1.0) : builder.size(side, side)).asBufferedImage();
      return encode(scaled, image.format());
    } catch (IOException unreadable) {
      throw new UncheckedIOException("an image this codec wrote did not read back", unreadable);
    }
  }

  private static EncodedImage encode(BufferedImage pixels, ImageFormat format) {
    var out = new ByteArrayOutputStream();
    try {
      var builder =
          Thumbnails.of(pixels).scale(1.0).outputFormat(format == ImageFormat.JPEG ? "jpg" : "png");
      if (format == ImageFormat.JPEG) {
        builder.outputQuality(JPEG_QUALITY);
      }
      builder.toOutputStream(out);
    } catch (IOException inMemory) {
      throw new UncheckedIOException("writing to memory failed", inMemory);
    }
    return new EncodedImage(
        format, pixels.getWidth(), pixels.getHeight(), ImageBlob.of(format, out.toByteArray()));
  }

  private static String readerName(ImageFormat format) {
    return switch (format) {
      case JPEG -> "jpeg";
      case PNG -> "png";
      case WEBP -> "webp";
    };
  }
}
