package dev.kassa.adapters.images;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Images for tests, made in memory: plain PNGs and JPEGs, a JPEG with GPS EXIF, a tiny WebP. */
public final class TestImages {

  /** What every EXIF block starts with, in a JPEG's APP1 segment. */
  public static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

  /** A lossless 1x1 WebP. */
  public static final byte[] WEBP_1X1 =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  private TestImages() {}

  public static byte[] png(int width, int height) {
    return write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
  }

  public static byte[] jpeg(int width, int height) {
    return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
  }

  /**
   * A JPEG of {@code width} by {@code height} whose EXIF block places it at 52°31' N and says it is
   * to be shown turned by {@code orientation} (EXIF values: 1 as stored, 6 turned 90° clockwise).
   */
  public static byte[] jpegWithGpsExif(int width, int height, int orientation) {
    var plain = jpeg(width, height);
    var exif = exif(orientation);
    var out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    var length = exif.length + 2;
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.write(exif, 0, exif.length);
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  /** Whether {@code content} holds the bytes of {@code part} anywhere. */
  public static boolean contains(byte[] content, byte[] part) {
    outer:
    for (var start = 0; start + part.length <= content.length; start++) {
      for (var i = 0; i < part.length; i++) {
        if (content[start + i] != part[i]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** A big-endian TIFF block: IFD0 with the orientation and a GPS IFD with a latitude. */
  private static byte[] exif(int orientation) {
    var tiff = ByteBuffer.allocate(EXIF_HEADER.length + 92);
    tiff.put(EXIF_HEADER);
    var start = tiff.position();
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1);
    tiff.putShort((short) orientation).putShort((short) 0);
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
    tiff.putInt(0);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2);
    tiff.put((byte) 'N').put((byte) 0).put((byte) 0).put((byte) 0);
    tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
    tiff.putInt(0);
    tiff.putInt(52).putInt(1).putInt(31).putInt(1).putInt(0).putInt(1);
    if (tiff.position() - start != 92) {
      throw new IllegalStateException("the EXIF block is mislaid");
    }
    return tiff.array();
  }

  private static BufferedImage picture(int width, int height, int type) {
    var image = new BufferedImage(width, height, type);
    var graphics = image.createGraphics();
    graphics.setColor(Color.ORANGE);
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(Color.BLUE);
    graphics.fillRect(0, 0, Math.max(1, width / 2), Math.max(1, height / 2));
    graphics.dispose();
    return image;
  }

  private static byte[] write(BufferedImage image, String format) {
    var out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
    return out.toByteArray();
  }
}
