package dev.kassa.adapters.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kassa.domain.image.Dimensions;
import dev.kassa.domain.image.ImageFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ThumbnailatorImageCodecTest {

  private final ThumbnailatorImageCodec codec = new ThumbnailatorImageCodec();

  @Test
  void dimensionsAreReadFromEachFormat() {
    assertThat(codec.dimensions(TestImages.png(30, 20), ImageFormat.PNG))
        .contains(new Dimensions(30, 20));
    assertThat(codec.dimensions(TestImages.jpeg(12, 34), ImageFormat.JPEG))
        .contains(new Dimensions(12, 34));
    assertThat(codec.dimensions(TestImages.WEBP_1X1, ImageFormat.WEBP))
        .contains(new Dimensions(1, 1));
  }

  @Test
  void contentThatIsNotAReadableImageHasNoDimensionsAndCannotBeCleaned() {
    var broken = "\u0089PNG\r\n\u001a\n but then no image".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(codec.dimensions(broken, ImageFormat.PNG)).isEmpty();
    assertThat(codec.clean(broken, ImageFormat.PNG)).isEmpty();
  }

  @Test
  void cleaningAJpegDropsItsExifLocationAndTurnsItUpright() throws IOException {
    var upload = TestImages.jpegWithGpsExif(40, 20, 6);
    assertThat(TestImages.contains(upload, TestImages.EXIF_HEADER)).isTrue();

    var cleaned = codec.clean(upload, ImageFormat.JPEG).orElseThrow();

    var bytes = cleaned.blob().content();
    assertThat(TestImages.contains(bytes, TestImages.EXIF_HEADER)).isFalse();
    assertThat(cleaned.format()).isEqualTo(ImageFormat.JPEG);
    assertThat(cleaned.blob().contentType()).isEqualTo("image/jpeg");
    assertThat(new Dimensions(cleaned.width(), cleaned.height())).isEqualTo(new Dimensions(20, 40));
    var decoded = ImageIO.read(new ByteArrayInputStream(bytes));
    assertThat(decoded.getWidth()).isEqualTo(20);
    assertThat(decoded.getHeight()).isEqualTo(40);
  }

  @Test
  void pngStaysPngAndWebpBecomesLosslessPng() {
    var png = codec.clean(TestImages.png(8, 6), ImageFormat.PNG).orElseThrow();
    var webp = codec.clean(TestImages.WEBP_1X1, ImageFormat.WEBP).orElseThrow();

    assertThat(png.format()).isEqualTo(ImageFormat.PNG);
    assertThat(ImageFormat.sniff(png.blob().content())).contains(ImageFormat.PNG);
    assertThat(webp.format()).isEqualTo(ImageFormat.PNG);
    assertThat(ImageFormat.sniff(webp.blob().content())).contains(ImageFormat.PNG);
    assertThat(webp.width()).isEqualTo(1);
  }

  @Test
  void thumbnailFitsInTheSquareKeepingProportionsAndNeverEnlarges() throws IOException {
    var wide = codec.clean(TestImages.jpeg(1000, 500), ImageFormat.JPEG).orElseThrow();
    var small = codec.clean(TestImages.png(100, 50), ImageFormat.PNG).orElseThrow();

    var wideThumbnail = codec.thumbnail(wide, 256);
    var smallThumbnail = codec.thumbnail(small, 256);

    assertThat(wideThumbnail.width()).isEqualTo(256);
    assertThat(wideThumbnail.height()).isEqualTo(128);
    assertThat(wideThumbnail.format()).isEqualTo(ImageFormat.JPEG);
    var decoded = ImageIO.read(new ByteArrayInputStream(wideThumbnail.blob().content()));
    assertThat(decoded.getWidth()).isEqualTo(256);
    assertThat(decoded.getHeight()).isEqualTo(128);
    assertThat(smallThumbnail.width()).isEqualTo(100);
    assertThat(smallThumbnail.height()).isEqualTo(50);
    assertThat(smallThumbnail.format()).isEqualTo(ImageFormat.PNG);
  }
}
