#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace pishkhan {

class TrainingBackend;

struct SelfTestOptions
{
    // Folder for the throw-away store and sandbox; empty = a new temporary folder, removed
    // at the end.
    QString workDir;
    // PBKDF2 work for the throw-away admin account: the product's figure only costs time
    // here, the account is deleted with the store.
    int pbkdf2Iterations = 10'000;
    // Longest wait for any one network step.
    int stepTimeoutMs = 30'000;
    // The backend the self-test talks to on loopback, handed in by the executable.
    std::shared_ptr<TrainingBackend> backend;
};

// `pishkhan-desk --self-test`: proves on an installed machine, without a display, that the
// pieces an office depends on work together — the system keychain, the encrypted store, TLS
// with the pinned key to a real backend (the built-in sandbox on loopback), consent, the fee
// and its outbox row, the send that brings back a tracking code, and the ledger's hash chain.
//
// It never touches the office's data: its store lives in a temporary folder and its keychain
// entries (store key, device key and token) have names of their own, unique per run; all of
// it is removed at the end, whether the steps passed or not.
class SelfTest : public QObject
{
    Q_OBJECT
public:
    struct Step
    {
        QString name;
        bool ok = false;
        QString detail; // what was checked, or why it failed (English)
        qint64 elapsedMs = 0;
    };

    explicit SelfTest(SelfTestOptions options = {}, QObject* parent = nullptr);
    ~SelfTest() override;

    // Runs every step in order on this thread (a QCoreApplication must exist; network
    // answers are awaited in a local event loop), stops at the first failure, then cleans up.
    // True when every step, the clean-up included, passed.
    bool run();

    [[nodiscard]] const QList<Step>& steps() const { return m_steps; }

signals:
    // After each step, for the caller to print as the test goes.
    void stepFinished(const pishkhan::SelfTest::Step& step);

private:
    struct Impl;
    using StepFn = std::function<bool(QString& detail)>;

    bool step(const QString& name, const StepFn& body);
    bool waitFor(const std::function<bool()>& done) const;

    bool openKeychainAndStore(QString& detail);
    bool startSandbox(QString& detail);
    bool activate(QString& detail);
    bool loadCatalogue(QString& detail);
    bool obtainConsent(QString& detail);
    bool recordFee(QString& detail);
    bool sendRequest(QString& detail);
    bool verifyLedger(QString& detail);
    bool cleanUp(QString& detail);

    SelfTestOptions m_options;
    std::unique_ptr<Impl> d;
    QList<Step> m_steps;
};

} // namespace pishkhan
