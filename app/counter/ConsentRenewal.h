#pragma once

#include "ServeBackend.h"

#include "core/Result.h"
#include "storage/OutboxEntry.h"

#include <QObject>

#include <functional>

namespace pishkhan {

class Database;

// A new consent for a request waiting to be sent whose consent expired in the queue or was
// refused by the backend (expired, used, unknown, another citizen's): the citizen gets a new
// one-time code for the same service on the same mobile, the clerk types it, and the new
// consent token goes to the SAME request (same request id, so the same idempotency key: the
// backend leaves the consent out of a request's identity, docs/api.md §3), which goes back to
// the send queue. The steps:
//   choose(id) -> sendCode() -> codeSent -> verify(code) -> renewed | failed (retry the step)
// Each call answers later through a signal (never inside the call), so a screen never waits.
// Failures carry the backend's sentence (Persian in a Persian UI) or the store's translated
// one: wrong code, code expired or burned, too many codes, request already accepted.
class ConsentRenewal : public QObject
{
    Q_OBJECT
public:
    enum class Step { None, Chosen, SendingCode, AwaitingCode, Verifying, Renewed };
    using NowFn = std::function<qint64()>;

    // db: the counter's store (this thread's connection). wakeSync: asked after a renewal so the
    // request goes out without waiting for the next round (may be empty).
    ConsentRenewal(Database& db, ServeBackend& backend, NowFn now,
                   std::function<void()> wakeSync = {}, QObject* parent = nullptr);

    // Takes the request to renew. Refused as OutboxStore::consentRenewable() refuses
    // (consent.renew_after_accepted when the backend has it already, ...), with
    // consent.renew_not_needed when its consent is still fine, and outbox.not_found. Starts
    // over when another request was chosen before.
    Status choose(const QString& requestId);
    // Asks the backend to text a new code to the request's mobile, for its citizen and service.
    // Emits codeSent() or failed(). Also for "send again" after a failure or an expired code.
    // Refused at once (nothing sent): renewal.no_request, renewal.busy.
    Status sendCode();
    // Verifies the code the citizen reads out; on success stores the new consent on the same
    // request and puts it back in the queue: emits renewed(), otherwise failed() (the step
    // goes back to AwaitingCode, so the clerk can type the code again or send a new one).
    // Refused at once: otp.no_challenge, otp.shape, renewal.busy.
    Status verify(const QString& code);

    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] bool isBusy() const
    {
        return m_step == Step::SendingCode || m_step == Step::Verifying;
    }
    [[nodiscard]] const OutboxEntry& request() const { return m_request; }
    // The mobile the code goes to, masked: "*******6789" (the backend's own mask once a code
    // was sent).
    [[nodiscard]] QString maskedMobile() const;
    [[nodiscard]] const OtpIssued& challenge() const { return m_challenge; }
    [[nodiscard]] const BackendFailure& lastFailure() const { return m_failure; }

    // The requests whose consent must be renewed, oldest first (OutboxStore::consentsToRenew).
    [[nodiscard]] static Result<QList<OutboxEntry>> pending(Database& db, qint64 now);

Q_SIGNALS:
    void codeSent();
    void renewed(const QString& requestId);
    void failed(const pishkhan::BackendFailure& failure);

private:
    void fail(BackendFailure failure, Step back);
    void fail(const Error& error, Step back);

    Database& m_db;
    ServeBackend& m_backend;
    NowFn m_now;
    std::function<void()> m_wakeSync;
    Step m_step = Step::None;
    OutboxEntry m_request;
    OtpIssued m_challenge;
    BackendFailure m_failure;
    // Answers of an earlier choice arriving late are dropped.
    quint64 m_generation = 0;
};

} // namespace pishkhan
