package dev.kassa.adapters.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The mail templates in {@code mail/} on the classpath, two per kind of mail: {@code
 * <kind>.txt.mustache} (values written as they are) and {@code <kind>.html.mustache} (values
 * HTML-escaped). Compiled once and cached by the factories.
 */
final class MailTemplates {

  private final MustacheFactory html = new DefaultMustacheFactory("mail");
  private final MustacheFactory text =
      new DefaultMustacheFactory("mail") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(value);
          } catch (IOException failed) {
            throw new UncheckedIOException(failed);
          }
        }
      };

  RenderedMail render(String kind, Map<String, ?> values) {
    return new RenderedMail(
        render(text, kind + ".txt.mustache", values),
        render(html, kind + ".html.mustache", values));
  }

  private static String render(MustacheFactory factory, String name, Map<String, ?> values) {
    var out = new StringWriter();
    factory.compile(name).execute(out, values);
    return out.toString();
  }
}
