// A bank's batch billed to it under its standing mandate, end to end against a real
// pishkhan-sandbox over HTTPS: the municipality registers the mandate (admin endpoint), the
// counter fetches its office's organisations, a 200-row bank-inquiry batch is queued for the
// organisation without a single consent token, sync sends it, the sandbox accepts all 200 and
// the invoice has 200 lines whose total is 200 x the fee and whose tracking codes are the
// sandbox's; the clerk's drawer expects no cash from it. Refusals (unknown organisation,
// invalid legal-entity id, a service the mandate does not cover) leave every table unchanged.
#include "SyncFixture.h"

#include "../../unit/ledger/LedgerTestSupport.h"
#include "ledger/InvoiceStore.h"
#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "ops/BatchSubmitterRun.h"
#include "security/Clock.h"
#include "storage/OutboxStore.h"
#include "sync/CatalogueCache.h"
#include "sync/MandateCache.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kBank = u"10380284790"_s;
const QString kMandate = u"MN-1405-0001"_s;
constexpr int kRows = 200;

QByteArray bankBatch(int rows, const QString& service = u"bank-inquiry"_s)
{
    QByteArray csv = "service_id,national_code,mobile,citizen_name,field.renovation_code,"
                     "field.registered_plate,field.bank,field.loan_type\n";
    for (int i = 0; i < rows; ++i)
        csv +=
            (service + u","_s + SyncFixture::nationalCode(3000 + i) + u","_s +
             SyncFixture::mobile(3000 + i) + u",,6-12-345-17-0-0-0,14/2153/47,melli,purchase\n"_s)
                .toUtf8();
    return csv;
}

} // namespace

class TestBatchInvoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusals_data();
    void refusals();
    void batchUnderMandateIsInvoiced();

private:
    QString tables();

    std::unique_ptr<SyncFixture> m_f;
    LedgerFixture m_ledger;
    std::unique_ptr<pishkhan::HttpClient> m_http;
    std::unique_ptr<ApiClient> m_api;
};

void TestBatchInvoice::initTestCase()
{
    m_f = std::make_unique<SyncFixture>(QStringList{u"--quiet"_s});
    QVERIFY2(m_f->start(), qPrintable(m_f->error()));
    m_f->closeStore();
    QFile catalogue(QStringLiteral(PISHKHAN_SOURCE_DIR "/resources/sandbox/catalogue.json"));
    QVERIFY(catalogue.open(QIODevice::ReadOnly));
    const QByteArray json = catalogue.readAll();
    auto tariffs = TariffTable::fromCatalogue(QJsonDocument::fromJson(json).object());
    QVERIFY(tariffs.ok());
    const QString failed =
        openWithCatalogueTariffs(m_ledger, m_f->dbPath(), m_f->dbKey(), *tariffs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    Database& db = m_ledger.store->database();
    QVERIFY(CatalogueCache(db).store("\"v1\"", u"v1"_s, json, 1).ok());

    // The municipality registers the bank's mandate for this office.
    const HttpReply registered = m_f->sandbox().admin().post(
        u"/admin/v1/mandates"_s,
        QJsonObject{{u"office_code"_s, u"IF-1001"_s},
                    {u"legal_entity_id"_s, kBank},
                    {u"organisation_name"_s, u"بانک ملی شعبه چهارباغ"_s},
                    {u"mandate_number"_s, kMandate},
                    {u"services"_s, QJsonArray{u"bank-inquiry"_s}},
                    {u"valid_until"_s, u"2099-01-01T00:00:00Z"_s}},
        {});
    QCOMPARE(registered.status, 201L);

    // The counter fetches its office's organisations.
    m_http = std::make_unique<pishkhan::HttpClient>(m_f->httpSettings());
    m_api = std::make_unique<ApiClient>(*m_http);
    m_api->setCredentials(m_f->credentials());
    m_api->setClerkId(u"clerk1"_s);
    std::optional<ApiReply<QJsonObject>> answer;
    m_api->officeMandates([&](ApiReply<QJsonObject> reply) { answer = std::move(reply); });
    QVERIFY(SyncFixture::waitFor([&] { return answer.has_value(); }, 20'000));
    QVERIFY(answer->ok());
    auto mandates = MandateCache::parse(answer->value());
    QVERIFY(mandates.ok());
    QCOMPARE(mandates->size(), 1);
    QVERIFY(MandateCache(db).replace(*mandates, QDateTime::currentMSecsSinceEpoch()).ok());
}

QString TestBatchInvoice::tables()
{
    QStringList out;
    for (const char* sql : {"SELECT COUNT(*) FROM ledger_entry", "SELECT COUNT(*) FROM outbox",
                            "SELECT COUNT(*) FROM invoice", "SELECT COUNT(*) FROM invoice_line",
                            "SELECT COUNT(*) FROM audit_events", "SELECT COUNT(*) FROM accounts"})
        out << QString::number(m_ledger.count(sql).valueOr(-1));
    auto head = m_ledger.ledger->store().head();
    out << (head ? head->hash : u"?"_s);
    return out.join(u'/');
}

void TestBatchInvoice::refusals_data()
{
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown organisation")
        << u"10100387143"_s << bankBatch(3) << u"organisation.unknown"_s;
    QTest::newRow("invalid legal-entity id")
        << u"10380284792"_s << bankBatch(3) << u"legal_entity_id.checksum"_s;
    QTest::newRow("service the mandate does not cover")
        << kBank << bankBatch(3, u"notary-inquiry"_s) << u"batch.mandate_service"_s;
}

void TestBatchInvoice::refusals()
{
    QFETCH(QString, organisation);
    QFETCH(QByteArray, csv);
    QFETCH(QString, code);
    const QString before = tables();
    auto outcome =
        BatchSubmitterRun::run(*m_ledger.ledger, m_ledger.store->database(), m_ledger.clerk, csv,
                               organisation, QDateTime::currentMSecsSinceEpoch());
    if (outcome.ok()) {
        // A row-level refusal: every row refused, nothing queued, no invoice.
        QCOMPARE(outcome->summary.queued, 0);
        QCOMPARE(outcome->summary.invalid, 3);
        QCOMPARE(outcome->summary.rows.first().reasonCode, code);
        QVERIFY(!outcome->invoice);
    } else {
        QCOMPARE(outcome.error().code(), code);
    }
    QCOMPARE(tables(), before);
}

void TestBatchInvoice::batchUnderMandateIsInvoiced()
{
    Database& db = m_ledger.store->database();
    // GIVEN a 200-row bank batch for the organisation, with no consent token anywhere
    auto outcome = BatchSubmitterRun::run(*m_ledger.ledger, db, m_ledger.clerk, bankBatch(kRows),
                                          kBank, QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(outcome.ok(), qPrintable(whyNot(outcome)));
    QCOMPARE(outcome->summary.queued, kRows);
    QVERIFY(outcome->invoice);
    const QString number = outcome->invoice->number;
    QCOMPARE(outcome->invoice->lines.size(), kRows);
    QCOMPARE(outcome->invoice->queuedLines(), kRows);
    QStringList ids;
    for (const BatchSubmitter::RowResult& r : outcome->summary.rows)
        ids << r.requestId;
    OutboxStore outbox(db);
    auto first = outbox.find(ids.first());
    QVERIFY(first.ok() && first->has_value());
    QCOMPARE((*first)->mandateNumber, kMandate);
    QCOMPARE((*first)->organisationId, kBank);
    QVERIFY((*first)->consentToken.isEmpty());

    // WHEN sync sends it
    SyncConfig config;
    SyncEngine engine(db, *m_api, SystemClock::instance());
    engine.setConfig(config);
    QVERIFY(engine.start());
    QVERIFY(SyncFixture::waitFor([&] { return engine.isDrained(); }, 60'000));
    engine.stop();

    // THEN the sandbox accepted all 200 under the mandate, and the invoice shows its codes
    auto invoice = InvoiceStore(db).find(number);
    QVERIFY(invoice.ok() && invoice->has_value());
    QCOMPARE((*invoice)->lines.size(), kRows);
    QCOMPARE((*invoice)->total(), Money::fromRials(qint64(kRows) * 90'000));
    QCOMPARE((*invoice)->queuedLines(), 0);
    const QHash<QString, QString> codes = m_f->sandboxTrackingCodes(ids);
    QCOMPARE(codes.size(), kRows);
    for (const InvoiceLine& l : (*invoice)->lines)
        QCOMPARE(l.trackingCode, codes.value(l.requestId));
    const HttpReply one =
        m_f->sandbox().api().get(u"/api/v1/requests/"_s + (*invoice)->lines.first().trackingCode);
    QCOMPARE(one.status, 200L);

    // and the drawer expects no cash from it: the fees are billed, not taken
    auto report = m_ledger.ledger->dayReport(m_ledger.supervisor, QDate(2025, 3, 22));
    QVERIFY(report.ok());
    QCOMPARE(report->expectedCash().value(u"clerk1"_s), Money());
    QCOMPARE(report->byMethod().value(PaymentMethod::Invoice).feeAmount,
             Money::fromRials(qint64(kRows) * 90'000));
    auto chain = m_ledger.ledger->verifyChain(m_ledger.supervisor);
    QVERIFY(chain.ok() && !chain->failure);

    // Sent again, the file queues nothing and bills nothing.
    const QString before = tables();
    auto again = BatchSubmitterRun::run(*m_ledger.ledger, db, m_ledger.clerk, bankBatch(kRows),
                                        kBank, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(again.ok());
    QCOMPARE(again->summary.duplicates, kRows);
    QVERIFY(!again->invoice);
    QCOMPARE(tables(), before);
}

QTEST_GUILESS_MAIN(TestBatchInvoice)
#include "tst_batch_invoice.moc"
