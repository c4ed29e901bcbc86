package dev.kassa.application.banking;

import dev.kassa.adapters.memory.InMemoryPorts;
import dev.kassa.application.accounts.CloseAccount;
import dev.kassa.application.accounts.GetAccount;
import dev.kassa.application.accounts.ListAccounts;
import dev.kassa.application.accounts.OpenAccount;
import dev.kassa.application.accounts.UpdateAccount;
import dev.kassa.application.fakes.MutableClock;
import dev.kassa.application.ledger.VerifyLedger;
import dev.kassa.application.statements.GetStatement;
import dev.kassa.application.testdata.UserBuilder;
import dev.kassa.domain.account.Account;
import dev.kassa.domain.account.AccountId;
import dev.kassa.domain.account.AccountType;
import dev.kassa.domain.audit.AuditEvent;
import dev.kassa.domain.ledger.AccountTransaction;
import dev.kassa.domain.ledger.TransactionFilter;
import dev.kassa.domain.shared.Money;
import dev.kassa.domain.shared.PageRequest;
import dev.kassa.domain.user.Actor;
import dev.kassa.domain.user.Role;
import java.util.Currency;
import java.util.List;

/**
 * The banking use cases wired to one fresh in-memory world, on a clock tests can move, with
 * shortcuts to set up customers, accounts and money through the use cases themselves.
 */
public final class BankWorld {

  public static final Currency EUR = Currency.getInstance("EUR");
  public static final Currency USD = Currency.getInstance("USD");

  private final MutableClock clock = MutableClock.at("2025-03-10T09:00:00Z");
  private final InMemoryPorts ports = InMemoryPorts.create(clock);

  public MutableClock clock() {
    return clock;
  }

  public InMemoryPorts ports() {
    return ports;
  }

  public Actor customer() {
    return register(Role.CUSTOMER);
  }

  public Actor admin() {
    return register(Role.ADMIN);
  }

  public Account openAccount(Actor owner) {
    return openAccount(owner, EUR);
  }

  public Account openAccount(Actor owner, Currency currency) {
    return openAccount()
        .execute(owner, new OpenAccount.Command(AccountType.CHECKING, currency, null));
  }

  public AccountTransaction deposit(Actor owner, AccountId account, long minor) {
    var currency = current(account).currency();
    return cash()
        .execute(
            owner,
            new PostCashTransaction.Command(
                account, PostCashTransaction.Kind.DEPOSIT, Money.of(minor, currency), null));
  }

  /** The account as stored now, balance included. */
  public Account current(AccountId account) {
    return ports.accounts().find(account).orElseThrow();
  }

  public long balance(AccountId account) {
    return current(account).balance();
  }

  /** Every log line of the account, newest first. */
  public List<AccountTransaction> linesOf(AccountId account) {
    return ports
        .ledger()
        .transactions(
            new TransactionFilter(null, account, null, null, null), new PageRequest(100, 0))
        .items();
  }

  public List<AuditEvent> auditEvents() {
    return ports.auditLog().page(new PageRequest(100, 0)).items();
  }

  public OpenAccount openAccount() {
    return new OpenAccount(
        ports.transactions(), ports.accounts(), ports.auditLog(), ports.outbox(), clock);
  }

  public ListAccounts listAccounts() {
    return new ListAccounts(ports.accounts());
  }

  public GetAccount getAccount() {
    return new GetAccount(ports.transactions(), ports.accounts());
  }

  public UpdateAccount updateAccount() {
    return new UpdateAccount(
        ports.transactions(), ports.accounts(), ports.auditLog(), ports.outbox(), clock);
  }

  public CloseAccount closeAccount() {
    return new CloseAccount(
        ports.transactions(),
        ports.accounts(),
        ports.cards(),
        ports.auditLog(),
        ports.outbox(),
        clock);
  }

  public PostCashTransaction cash() {
    return new PostCashTransaction(
        ports.transactions(), ports.accounts(), ports.ledger(), ports.outbox(), clock);
  }

  public TransferMoney transferMoney() {
    return new TransferMoney(
        ports.transactions(), ports.ledger(), ports.transfers(), ports.outbox(), clock);
  }

  public ListTransactions listTransactions() {
    return new ListTransactions(ports.accounts(), ports.ledger());
  }

  public GetTransaction getTransaction() {
    return new GetTransaction(ports.accounts(), ports.ledger());
  }

  public GetTransfer getTransfer() {
    return new GetTransfer(ports.accounts(), ports.transfers());
  }

  public ListTransfers listTransfers() {
    return new ListTransfers(ports.transfers());
  }

  public GetStatement getStatement() {
    return new GetStatement(
        ports.transactions(), ports.accounts(), ports.ledger(), ports.orders(), clock);
  }

  public VerifyLedger verifyLedger() {
    return new VerifyLedger(ports.ledger(), ports.products(), ports.journalSeals());
  }

  private Actor register(Role role) {
    var user = UserBuilder.aUser().withRole(role).createdAt(clock.instant()).build();
    ports.transactions().run(() -> ports.users().add(user));
    return new Actor(user.id(), role);
  }
}
