package dev.kassa.application;

import dev.kassa.application.accounts.CloseAccount;
import dev.kassa.application.accounts.GetAccount;
import dev.kassa.application.accounts.ListAccounts;
import dev.kassa.application.accounts.OpenAccount;
import dev.kassa.application.accounts.UpdateAccount;
import dev.kassa.application.audit.ListAuditEvents;
import dev.kassa.application.auth.AuthSettings;
import dev.kassa.application.auth.Authenticate;
import dev.kassa.application.auth.EnsureAdmin;
import dev.kassa.application.auth.GetCurrentUser;
import dev.kassa.application.auth.LogIn;
import dev.kassa.application.auth.LogOut;
import dev.kassa.application.auth.RefreshSession;
import dev.kassa.application.auth.RegisterUser;
import dev.kassa.application.auth.UpdateProfile;
import dev.kassa.application.banking.GetTransaction;
import dev.kassa.application.banking.GetTransfer;
import dev.kassa.application.banking.ListTransactions;
import dev.kassa.application.banking.ListTransfers;
import dev.kassa.application.banking.PostCashTransaction;
import dev.kassa.application.banking.TransferMoney;
import dev.kassa.application.cards.GetCard;
import dev.kassa.application.cards.IssueCard;
import dev.kassa.application.cards.ListCards;
import dev.kassa.application.cards.UpdateCardStatus;
import dev.kassa.application.holders.GetAccountHolder;
import dev.kassa.application.holders.ListAccountHolders;
import dev.kassa.application.idempotency.RunIdempotently;
import dev.kassa.application.ledger.VerifyLedger;
import dev.kassa.application.statements.GetStatement;
import java.time.Clock;

/**
 * Every use case of Kassa, wired to one {@link Storage} and one {@link Security}. This is the entry
 * point for embedding Kassa in a JVM program: build one, then call its use cases.
 */
public record Kassa(
    Storage storage,
    RegisterUser registerUser,
    LogIn logIn,
    RefreshSession refreshSession,
    LogOut logOut,
    Authenticate authenticate,
    GetCurrentUser getCurrentUser,
    UpdateProfile updateProfile,
    EnsureAdmin ensureAdmin,
    ListAccountHolders listAccountHolders,
    GetAccountHolder getAccountHolder,
    ListAuditEvents listAuditEvents,
    OpenAccount openAccount,
    ListAccounts listAccounts,
    GetAccount getAccount,
    UpdateAccount updateAccount,
    CloseAccount closeAccount,
    PostCashTransaction postCashTransaction,
    TransferMoney transferMoney,
    ListTransactions listTransactions,
    GetTransaction getTransaction,
    ListTransfers listTransfers,
    GetTransfer getTransfer,
    IssueCard issueCard,
    ListCards listCards,
    GetCard getCard,
    UpdateCardStatus updateCardStatus,
    GetStatement getStatement,
    VerifyLedger verifyLedger,
    RunIdempotently runIdempotently) {

  public static Kassa assemble(Storage s, Security security, Clock clock, AuthSettings auth) {
    var tx = s.transactions();
    var hasher = security.passwordHasher();
    var tokens = security.accessTokens();
    return new Kassa(
        s,
        new RegisterUser(tx, s.users(), s.sessions(), tokens, hasher, s.auditLog(), clock, auth),
        new LogIn(tx, s.users(), s.sessions(), tokens, hasher, s.auditLog(), clock, auth),
        new RefreshSession(tx, s.users(), s.sessions(), tokens, s.auditLog(), clock, auth),
        new LogOut(tx, s.sessions(), s.auditLog(), clock),
        new Authenticate(tx, tokens, s.sessions(), s.users(), clock),
        new GetCurrentUser(tx, s.users()),
        new UpdateProfile(tx, s.users(), s.auditLog(), clock),
        new EnsureAdmin(tx, s.users(), hasher, s.auditLog(), clock),
        new ListAccountHolders(tx, s.users()),
        new GetAccountHolder(tx, s.users()),
        new ListAuditEvents(tx, s.auditLog()),
        new OpenAccount(tx, s.accounts(), s.auditLog(), clock),
        new ListAccounts(s.accounts()),
        new GetAccount(s.accounts()),
        new UpdateAccount(tx, s.accounts(), s.auditLog(), clock),
        new CloseAccount(tx, s.accounts(), s.auditLog(), clock),
        new PostCashTransaction(tx, s.accounts(), s.ledger(), clock),
        new TransferMoney(tx, s.accounts(), s.ledger(), s.transfers(), clock),
        new ListTransactions(s.accounts(), s.ledger()),
        new GetTransaction(s.accounts(), s.ledger()),
        new ListTransfers(s.transfers()),
        new GetTransfer(s.accounts(), s.transfers()),
        new IssueCard(
            tx, s.accounts(), s.cards(), security.cardFingerprints(), s.auditLog(), clock),
        new ListCards(s.cards()),
        new GetCard(s.cards()),
        new UpdateCardStatus(tx, s.cards(), s.auditLog(), clock),
        new GetStatement(tx, s.accounts(), s.ledger(), clock),
        new VerifyLedger(s.ledger()),
        new RunIdempotently(tx, s.idempotency(), clock));
  }
}
