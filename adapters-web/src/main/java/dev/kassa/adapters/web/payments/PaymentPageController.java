package dev.kassa.adapters.web.payments;

import dev.kassa.adapters.web.auth.RouteAccess;
import dev.kassa.adapters.web.error.ApiException;
import dev.kassa.adapters.web.http.Call;
import dev.kassa.adapters.web.http.Controller;
import dev.kassa.adapters.web.http.Routes;
import dev.kassa.application.payments.PayAtSimulator;
import dev.kassa.domain.error.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * {@code /pay/{paymentId}}, the simulated provider's hosted page, where {@code paymentId} is the
 * provider's intent id ({@code pi_...}): {@code GET} shows what the intent asks and where it
 * stands; {@code POST} with the form field {@code decision=approve} or {@code decline} settles it,
 * which delivers the signed webhook, and answers {@code 303 See Other} back to the page. Errors are
 * the API's JSON envelope, as everywhere: an unknown intent (or no simulated provider) is {@code
 * 404}, an intent that no longer waits for payment {@code 409 invalid_state_transition}.
 */
public final class PaymentPageController implements Controller {

  private static final String PAGE = "/pay/{paymentId}";
  private static final String FORM = "application/x-www-form-urlencoded";

  private final PayAtSimulator payAtSimulator;

  public PaymentPageController(PayAtSimulator payAtSimulator) {
    this.payAtSimulator = Objects.requireNonNull(payAtSimulator, "payAtSimulator");
  }

  @Override
  public void routes(Routes routes) {
    routes.get(PAGE, RouteAccess.PUBLIC, this::show).post(PAGE, RouteAccess.PUBLIC, this::settle);
  }

  private void show(Call call) {
    var intent = payAtSimulator.show(call.ctx().pathParam("paymentId"));
    PaymentPage.secure(call.ctx());
    call.text(200, PaymentPage.HTML, PaymentPage.render(intent));
  }

  private void settle(Call call) {
    var intentId = call.ctx().pathParam("paymentId");
    var approve = approves(call);
    payAtSimulator.settle(intentId, approve);
    PaymentPage.secure(call.ctx());
    call.ctx().header("Location", PaymentPage.path(intentId)).status(303);
  }

  /** Reads {@code decision} from the form body, which must be URL-encoded. */
  private static boolean approves(Call call) {
    if (!call.ctx().isFormUrlencoded()) {
      throw ApiException.unsupportedMediaType(FORM);
    }
    List<String> decisions;
    try {
      decisions = call.ctx().formParams("decision");
    } catch (IllegalArgumentException badEscape) {
      throw ValidationException.of("decision", "is not URL-encoded");
    }
    if (decisions.size() != 1) {
      throw ValidationException.of("decision", "must be given once: approve or decline");
    }
    return switch (decisions.getFirst()) {
      case "approve" -> true;
      case "decline" -> false;
      default -> throw ValidationException.of("decision", "must be approve or decline");
    };
  }
}
