package dev.kassa.domain.audit;

/** The audit event types Kassa records. */
public final class AuditTypes {

  public static final String USER_REGISTERED = "user.registered";
  public static final String USER_PROFILE_UPDATED = "user.profile_updated";
  public static final String ROLE_CHANGED = "user.role_changed";
  public static final String USER_STATUS_CHANGED = "user.status_changed";
  public static final String PASSWORD_CHANGED = "auth.password_changed";
  public static final String PASSWORD_RESET_REQUESTED = "auth.password_reset_requested";
  public static final String PASSWORD_RESET_COMPLETED = "auth.password_reset_completed";
  public static final String LOGIN_SUCCEEDED = "auth.login_succeeded";
  public static final String LOGIN_FAILED = "auth.login_failed";
  public static final String LOGOUT = "auth.logout";
  public static final String REFRESH_TOKEN_REUSED = "auth.refresh_token_reused";
  public static final String ACCOUNT_OPENED = "account.opened";
  public static final String ACCOUNT_STATUS_CHANGED = "account.status_changed";
  public static final String ACCOUNT_CLOSED = "account.closed";
  public static final String CARD_ISSUED = "card.issued";
  public static final String CARD_STATUS_CHANGED = "card.status_changed";
  public static final String PRODUCT_CREATED = "product.created";
  public static final String PRODUCT_UPDATED = "product.updated";
  public static final String PRODUCT_ARCHIVED = "product.archived";
  public static final String PRODUCT_STOCK_ADJUSTED = "product.stock_adjusted";
  public static final String PRODUCT_IMAGE_ADDED = "product.image_added";
  public static final String PRODUCT_IMAGE_REMOVED = "product.image_removed";
  public static final String PRODUCT_IMAGES_REORDERED = "product.images_reordered";
  public static final String ORDER_STATUS_CHANGED = "order.status_changed";
  public static final String ORDER_REFUNDED = "order.refunded";

  private AuditTypes() {}
}
