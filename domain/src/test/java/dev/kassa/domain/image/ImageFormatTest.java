package dev.kassa.domain.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

  @Test
  void formatsAreRecognisedByTheirFirstBytesOnly() {
    assertThat(ImageFormat.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0))).contains(ImageFormat.JPEG);
    assertThat(ImageFormat.sniff(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0)))
        .contains(ImageFormat.PNG);
    assertThat(ImageFormat.sniff(ascii("RIFF\0\0\0\0WEBPVP8L"))).contains(ImageFormat.WEBP);
  }

  @Test
  void otherContentAndCutShortHeadersAreNoFormat() {
    assertThat(ImageFormat.sniff(ascii("GIF89a"))).isEmpty();
    assertThat(ImageFormat.sniff(ascii("RIFF\0\0\0\0WAVEfmt "))).isEmpty();
    assertThat(ImageFormat.sniff(ascii("just text named photo.png"))).isEmpty();
    assertThat(ImageFormat.sniff(bytes(0xFF, 0xD8))).isEmpty();
    assertThat(ImageFormat.sniff(bytes(0x89, 'P', 'N', 'G'))).isEmpty();
    assertThat(ImageFormat.sniff(new byte[0])).isEmpty();
  }

  @Test
  void sizeIsTheOriginalWhenAbsentAndTheThumbnailForThumbOnly() {
    assertThat(ImageSize.parse(null)).contains(ImageSize.ORIGINAL);
    assertThat(ImageSize.parse("")).contains(ImageSize.ORIGINAL);
    assertThat(ImageSize.parse("thumb")).contains(ImageSize.THUMBNAIL);
    assertThat(ImageSize.parse("THUMB")).isEmpty();
    assertThat(ImageSize.parse("large")).isEmpty();
  }

  @Test
  void blobDigestAddressesTheContent() {
    var one = ImageBlob.of(ImageFormat.PNG, ascii("pixels"));
    var same = ImageBlob.of(ImageFormat.PNG, ascii("pixels"));
    var other = ImageBlob.of(ImageFormat.PNG, ascii("pixelz"));

    assertThat(one.digest()).isEqualTo(same.digest()).hasSize(64).isNotEqualTo(other.digest());
    assertThat(one.digest())
        .isEqualTo("6ec9c2b0eb14010746c8bce8939303b382344b296206612eb8a907a37b2b2f37");
    assertThat(one.size()).isEqualTo(6);
    assertThat(one.contentType()).isEqualTo("image/png");
  }

  private static byte[] bytes(int... values) {
    var bytes = new byte[values.length];
    for (var i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
