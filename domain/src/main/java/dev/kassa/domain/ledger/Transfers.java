package dev.kassa.domain.ledger;

import dev.kassa.domain.shared.Page;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.UserId;
import java.util.Optional;

/** Completed transfers. */
public interface Transfers {

  void add(Transfer transfer);

  Optional<Transfer> find(TransferId id);

  /** Transfers from or to any account of {@code owner}, newest first. */
  Page<Transfer> pageInvolving(UserId owner, PageRequest request);
}
