package dev.kassa.adapters.web.operations;

/** Whether one dependency (the database...) can serve requests now. */
@FunctionalInterface
public interface HealthCheck {

  /** True when usable; false or an exception when not. Should answer within a second or two. */
  boolean healthy() throws Exception;
}
