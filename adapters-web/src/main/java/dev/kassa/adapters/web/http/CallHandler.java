package dev.kassa.adapters.web.http;

/** Handles one request of a route; throw a domain error to answer with the error envelope. */
@FunctionalInterface
public interface CallHandler {

  void handle(Call call) throws Exception;
}
