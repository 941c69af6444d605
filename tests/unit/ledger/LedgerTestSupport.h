#pragma once

// Shared by the ledger tests: an encrypted store with accounts (clerk, supervisor), a tariff
// table from the sandbox catalogue's shape, an in-memory Ed25519 device key, a manual clock in
// Tehran time, and a LedgerService over all of them.

#include "ledger/DayCloseDocument.h"
#include "ledger/Ed25519KeySigner.h"
#include "ledger/LedgerService.h"
#include "ledger/TariffTable.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/ManualClock.h"
#include "storage/Database.h"
#include "storage/LocalStore.h"
#include "storage/OutboxStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace pishkhan::test {

inline QByteArray randomKey()
{
    QByteArray key(Database::kKeySize, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

inline QString describe(const Error& e)
{
    return e.code() + QStringLiteral(": ") + e.message();
}

// For QVERIFY2 messages: the message argument is evaluated even when the check passes.
template<typename R>
QString whyNot(const R& result)
{
    return result.ok() ? QString() : describe(result.error());
}

inline const QString kTariffId = QStringLiteral("sample-2025.1");
inline const QString kPassword = QStringLiteral("Sup3r-Visor#2025");
inline const QString kClerkPassword = QStringLiteral("Cl3rk-Counter#2025");

// A subset of the sandbox catalogue (resources/sandbox/catalogue.json), plus one service whose
// catalogue tariff leaves the council's range, to prove the core refuses it anyway.
inline TariffTable sampleTariffs()
{
    using S = TariffTable::Service;
    return TariffTable(
        kTariffId,
        {S{QStringLiteral("property-file"), QStringLiteral("پرونده من (پرونده ملک)"),
           QStringLiteral("My file (property file)"), Money::fromRials(80'000)},
         S{QStringLiteral("notary-inquiry"), QStringLiteral("استعلام دفترخانه"),
           QStringLiteral("Notary office inquiry"), Money::fromRials(90'000)},
         S{QStringLiteral("bank-inquiry"), QStringLiteral("استعلام بانک"),
           QStringLiteral("Bank inquiry"), Money::fromRials(90'000)},
         S{QStringLiteral("building-permit-status"), QStringLiteral("وضعیت صدور پروانه ساختمانی"),
           QStringLiteral("Building permit issuance status"), Money::fromRials(70'000)},
         S{QStringLiteral("completion-certificate-status"), QStringLiteral("وضعیت گواهی پایان کار"),
           QStringLiteral("Completion certificate status"), Money::fromRials(70'000)},
         S{QStringLiteral("typo-service"), QStringLiteral("خدمت با تعرفه اشتباه"),
           QStringLiteral("Mistyped tariff"), Money::fromRials(1'500'000)},
         S{QStringLiteral("cheap-service"), QStringLiteral("خدمت ارزان"),
           QStringLiteral("Below range"), Money::fromRials(40'000)}});
}

// Milliseconds of a Tehran wall-clock time.
inline qint64 tehran(int y, int m, int d, int hh = 10, int mm = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone(QByteArrayLiteral("Asia/Tehran")))
        .toMSecsSinceEpoch();
}

inline OutboxEntry sampleRequest(const QString& serviceId = QStringLiteral("property-file"))
{
    OutboxEntry e;
    e.requestId = OutboxStore::newRequestId();
    e.serviceId = serviceId;
    e.catalogueVersion = 1;
    e.nationalCode = QStringLiteral("0499370899");
    e.mobile = QStringLiteral("09121234567");
    e.citizenName = QStringLiteral("زهرا احمدی");
    e.payload = QStringLiteral(R"({"district":6})");
    return e;
}

// Everything a ledger test needs, owned in the right order (statements before the database).
struct LedgerFixture
{
    std::optional<LocalStore> store;
    ManualClock clock{tehran(2025, 3, 22, 9)};
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AccountService> accounts;
    std::optional<Ed25519KeySigner> signer;
    std::unique_ptr<LedgerService> ledger;
    Session admin, clerk, clerk2, supervisor;

    // Returns an empty string on success, else what went wrong.
    QString open(const QString& path, const QByteArray& key, bool createAccounts = true)
    {
        auto s = LocalStore::open(path, key);
        if (!s)
            return describe(s.error());
        store.emplace(std::move(*s));
        Database& db = store->database();
        audit = std::make_unique<AuditLog>(db, clock);
        accounts = std::make_unique<AccountService>(db, *audit, clock, 1000);
        auto k = Ed25519KeySigner::generate();
        if (!k)
            return describe(k.error());
        signer.emplace(std::move(*k));
        LedgerSettings settings;
        settings.officeCode = QStringLiteral("IF-1001");
        settings.officeName = QStringLiteral("دفتر پیشخوان شماره ۱۲ اصفهان");
        settings.deviceId = QStringLiteral("dev_test");
        settings.counter = 1;
        settings.zone = QTimeZone(QByteArrayLiteral("Asia/Tehran"));
        ledger = std::make_unique<LedgerService>(db, *accounts, *audit, *signer, clock, settings);
        if (createAccounts) {
            if (auto a = accounts->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("مدیر"),
                                                    kPassword);
                !a)
                return describe(a.error());
            auto adminSession = accounts->login(QStringLiteral("admin"), kPassword);
            if (!adminSession)
                return describe(adminSession.error());
            admin = *adminSession;
            for (auto [name, role, pw] :
                 {std::tuple{QStringLiteral("clerk1"), Role::Clerk, kClerkPassword},
                  std::tuple{QStringLiteral("clerk2"), Role::Clerk, kClerkPassword},
                  std::tuple{QStringLiteral("super1"), Role::Supervisor, kPassword}}) {
                if (auto id = accounts->createAccount(admin, name, name, role, pw); !id)
                    return describe(id.error());
            }
            if (Status st = ledger->registerTariffTable(sampleTariffs()); !st)
                return describe(st.error());
        }
        return login();
    }

    QString login()
    {
        auto c1 = accounts->login(QStringLiteral("clerk1"), kClerkPassword);
        auto c2 = accounts->login(QStringLiteral("clerk2"), kClerkPassword);
        auto sv = accounts->login(QStringLiteral("super1"), kPassword);
        if (!c1 || !c2 || !sv)
            return QStringLiteral("login failed");
        clerk = *c1;
        clerk2 = *c2;
        supervisor = *sv;
        return {};
    }

    Result<LedgerEntry> fee(const Session& who,
                            const QString& service = QStringLiteral("property-file"),
                            const Payment& payment = Payment::cash())
    {
        return ledger->recordFee(who, FeeRequest{sampleRequest(service), kTariffId, payment});
    }

    Result<qint64> count(const char* sql) { return store->database().queryInt64(sql); }
};

// The backend's acknowledgement of a close (docs/api.md §4.11), signed by a test server key.
inline QByteArray signedAck(Ed25519KeySigner& server, const DayClose& close, QByteArray* signature)
{
    using namespace Qt::StringLiterals;
    const QJsonObject ack{{u"type"_s, u"pishkhan.day-close-ack.v1"_s},
                          {u"device_id"_s, close.deviceId},
                          {u"business_date"_s, close.businessDay.toString(Qt::ISODate)},
                          {u"received_up_to_entry"_s, close.lastEntrySeq},
                          {u"last_entry_hash"_s, close.lastEntryHash},
                          {u"close_sha256"_s, DayCloseDocument::sha256Hex(close.document)},
                          {u"received_at"_s, u"2025-03-22T20:00:00Z"_s},
                          {u"key_id"_s, u"8d9a97dbe9cbb3c2"_s}};
    const QByteArray bytes = QJsonDocument(ack).toJson(QJsonDocument::Compact);
    *signature = *server.sign(bytes);
    return bytes;
}

// The attack a plain chain walk cannot see: with the triggers dropped, one entry's amount is
// changed and every hash from there on recomputed, so the chain holds again. Returns an empty
// string on success, else what went wrong.
inline QString rewriteAmountConsistently(Database& db, LedgerStore& store, qint64 seq,
                                         qint64 addRials)
{
    using namespace Qt::StringLiterals;
    if (Status s = db.exec("DROP TRIGGER IF EXISTS ledger_entry_no_update"); !s)
        return describe(s.error());
    auto change = db.prepare("UPDATE ledger_entry SET amount_rials = amount_rials + ? "
                             "WHERE seq = ?");
    if (!change)
        return describe(change.error());
    if (Status s = change->execute({addRials, seq}); !s)
        return describe(s.error());
    auto head = store.head();
    if (!head)
        return describe(head.error());
    auto rehash = db.prepare("UPDATE ledger_entry SET prev_hash = ?, hash = ? WHERE seq = ?");
    if (!rehash)
        return describe(rehash.error());
    QString prev = HashChain::genesisHex();
    for (qint64 at = 1; at <= head->seq; ++at) {
        auto e = store.entry(at);
        if (!e || !e->has_value())
            return u"entry %1 cannot be read"_s.arg(at);
        const QString hash = HashChain::computeHashHex(prev, (*e)->canonicalFields());
        if (Status s = rehash->execute({prev, hash, at}); !s)
            return describe(s.error());
        prev = hash;
    }
    return {};
}

// The fixture's accounts over the sandbox catalogue's own tariff table (same id as the
// fixture's sample subset, so the subset must not be registered first).
inline QString openWithCatalogueTariffs(LedgerFixture& f, const QString& path,
                                        const QByteArray& key, const TariffTable& tariffs)
{
    using namespace Qt::StringLiterals;
    (void)f.open(path, key, false); // no accounts yet: its login fails, the services are up
    if (!f.accounts)
        return u"store did not open"_s;
    if (auto a = f.accounts->createFirstAdmin(u"admin"_s, u"admin"_s, kPassword); !a)
        return describe(a.error());
    auto admin = f.accounts->login(u"admin"_s, kPassword);
    if (!admin)
        return describe(admin.error());
    f.admin = *admin;
    for (auto [name, role, pw] : {std::tuple{u"clerk1"_s, Role::Clerk, kClerkPassword},
                                  std::tuple{u"clerk2"_s, Role::Clerk, kClerkPassword},
                                  std::tuple{u"super1"_s, Role::Supervisor, kPassword}}) {
        if (auto id = f.accounts->createAccount(f.admin, name, name, role, pw); !id)
            return describe(id.error());
    }
    if (Status s = f.ledger->registerTariffTable(tariffs); !s)
        return describe(s.error());
    return f.login();
}

} // namespace pishkhan::test
