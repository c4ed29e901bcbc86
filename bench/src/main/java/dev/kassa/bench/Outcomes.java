package dev.kassa.bench;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts every transfer answer, warm-up included, to compare with the journal entries: a {@code
 * 201} made one entry; a {@code 5xx} or a request with no answer may or may not have.
 */
final class Outcomes {

  private final LongAdder created = new LongAdder();
  private final LongAdder unknown = new LongAdder();

  Load.Request counting(Load.Request request) {
    return () -> {
      Api.Reply reply;
      try {
        reply = request.send();
      } catch (Exception noAnswer) {
        unknown.increment();
        throw noAnswer;
      }
      if (reply.status() == 201) {
        created.increment();
      } else if (reply.status() >= 500) {
        unknown.increment();
      }
      return reply;
    };
  }

  long created() {
    return created.sum();
  }

  long unknown() {
    return unknown.sum();
  }
}
