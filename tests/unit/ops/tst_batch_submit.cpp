// "submit --batch" of 1,000 rows of which 20 are invalid: 980 queued, each with its
// fee, in its own transaction; the 20 reported with their row number and reason; rerunning
// the same file queues nothing new.
#include "../ledger/LedgerTestSupport.h"
#include "core/PersianText.h"
#include "counter/ServiceCatalogue.h"
#include "ops/BatchSubmitter.h"
#include "ops/CsvTable.h"
#include "storage/Statement.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

// A valid national code from a 9-digit stem (mod 11 check digit).
QString nationalCode(int n)
{
    const QString stem = QString::number(123'456'789 + n * 1013);
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += stem[i].digitValue() * (10 - i);
    const int r = sum % 11;
    return stem + QString::number(r < 2 ? r : 11 - r);
}

QString validRow(int n)
{
    return u"bank-inquiry,"_s + nationalCode(n) + u",0912"_s +
           QString::number(1'000'000 + n).right(7) + u",ct_token_"_s + QString::number(n) +
           u",\"احمدی, زهرا\",6-12-345-17-0-0-0,14/2153/47,melli,purchase"_s;
}

QSet<QString> column(Database& db, const char* sql)
{
    QSet<QString> out;
    auto stmt = db.prepare(sql);
    while (stmt && stmt->step().valueOr(false))
        out.insert(stmt->columnText(0));
    return out;
}

} // namespace

class TestBatchSubmit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thousandRowsTwentyInvalid();
    void csvParsesQuotesAndLineBreaks();
    void refusesAFileWithAnUnknownColumn();

private:
    std::optional<ServiceCatalogue> m_catalogue;
    QByteArray m_catalogueJson;
};

void TestBatchSubmit::initTestCase()
{
    QFile file(QStringLiteral(PISHKHAN_SOURCE_DIR "/resources/sandbox/catalogue.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogueJson = file.readAll();
    auto parsed = ServiceCatalogue::parse(m_catalogueJson);
    QVERIFY2(parsed.ok(), qPrintable(whyNot(parsed)));
    m_catalogue.emplace(std::move(*parsed));
}

void TestBatchSubmit::thousandRowsTwentyInvalid()
{
    QTemporaryDir dir;
    LedgerFixture f;
    auto tariffs = TariffTable::fromCatalogue(QJsonDocument::fromJson(m_catalogueJson).object());
    QVERIFY(tariffs.ok());
    const QString failed =
        openWithCatalogueTariffs(f, dir.filePath(u"store.db"_s), randomKey(), *tariffs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // Twenty kinds of bad row at known places; the rest valid. Row numbers count the header
    // as row 1, as a spreadsheet shows them.
    const QList<std::pair<QString, QString>> bad = {
        {u"bank-inquiry,0499370898,09121234567,ct_x1,,6-12-345-17-0-0-0,14/2153/47,melli,purchase"_s,
         u"national_code.checksum"_s},
        {u"bank-inquiry,0499370899,0812123456,ct_x2,,6-12-345-17-0-0-0,14/2153/47,melli,purchase"_s,
         u"mobile."_s},
        {u"no-such-service,0499370899,09121234567,ct_x3,,6-12-345-17-0-0-0,14/2153/47,melli,purchase"_s,
         u"service.unknown"_s},
        {u"bank-inquiry,0499370899,09121234567,,,6-12-345-17-0-0-0,14/2153/47,melli,purchase"_s,
         u"batch.consent_missing"_s},
        {u"bank-inquiry,0499370899,09121234567,ct_x5,,6-12-345-17-0-0-0,14/2153/47,tejarat,purchase"_s,
         u"form.choice"_s},
        {u"bank-inquiry,0499370899,09121234567,ct_x6,,,14/2153/47,melli,purchase"_s,
         u"form.required"_s},
        {u"bank-inquiry,0499370899,09121234567,ct_x7,,6-12-345-17-0-0-0,14/2153/47,melli"_s,
         u"batch.columns"_s},
        {u"bank-inquiry,12345,09121234567,ct_x8,,6-12-345-17-0-0-0,14/2153/47,melli,purchase"_s,
         u"national_code."_s},
    };
    QByteArray csv = "\xEF\xBB\xBF"
                     "service_id,national_code,mobile,consent_token,citizen_name,"
                     "field.renovation_code,field.registered_plate,field.bank,field.loan_type\r\n";
    QMap<int, QString> expectedInvalid; // row number -> reason code prefix
    int badIndex = 0;
    for (int i = 0; i < 1000; ++i) {
        const int row = i + 2;
        if (i % 50 == 7) { // 20 rows: 7, 57, 107, ...
            const auto& [line, code] = bad[badIndex++ % bad.size()];
            csv += line.toUtf8() + "\r\n";
            expectedInvalid.insert(row, code);
        } else {
            csv += validRow(i).toUtf8() + "\r\n";
        }
    }
    QCOMPARE(expectedInvalid.size(), 20);
    // One national code in Persian digits: the same citizen as an ASCII one would be.
    csv.replace(nationalCode(1).toUtf8(), PersianText::toPersianDigits(nationalCode(1)).toUtf8());

    auto submitOnce = [&]() {
        OutboxStore outbox(f.store->database());
        BatchSubmitter submitter(
            *m_catalogue, u"IF-1001"_s,
            [&](const OutboxEntry& entry) -> Status {
                auto fee =
                    f.ledger->recordFee(f.clerk, FeeRequest{entry, tariffs->id(), Payment::cash()});
                if (!fee)
                    return fee.error();
                return {};
            },
            [&](const QString& id) -> Result<bool> {
                auto found = outbox.find(id);
                if (!found)
                    return found.error();
                return found->has_value();
            },
            f.clock.nowMs());
        return submitter.submit(csv);
    };

    auto first = submitOnce();
    QVERIFY2(first.ok(), qPrintable(whyNot(first)));
    QCOMPARE(first->queued, 980);
    QCOMPARE(first->invalid, 20);
    QCOMPARE(first->duplicates, 0);
    QCOMPARE(first->failed, 0);
    QCOMPARE(first->rows.size(), 1000);
    for (const auto& r : first->rows) {
        if (expectedInvalid.contains(r.row)) {
            QCOMPARE(r.status, BatchSubmitter::RowStatus::Invalid);
            QVERIFY2(r.reasonCode.startsWith(expectedInvalid.value(r.row)),
                     qPrintable(u"row %1: %2"_s.arg(r.row).arg(r.reasonCode)));
            QVERIFY(!r.reason.isEmpty());
            QVERIFY(r.requestId.isEmpty());
        } else {
            QCOMPARE(r.status, BatchSubmitter::RowStatus::Queued);
            QVERIFY(!r.requestId.isEmpty());
        }
    }

    Database& db = f.store->database();
    const QSet<QString> outboxIds = column(db, "SELECT request_id FROM outbox");
    const QSet<QString> feeIds =
        column(db, "SELECT request_id FROM ledger_entry WHERE kind = 'fee'");
    QCOMPARE(outboxIds.size(), 980);
    // Nothing half-queued: every request has its fee and every fee its request.
    QCOMPARE(feeIds, outboxIds);
    QSet<QString> reported;
    for (const auto& r : first->rows)
        if (r.status == BatchSubmitter::RowStatus::Queued)
            reported.insert(r.requestId);
    QCOMPARE(reported, outboxIds);

    // The result file: one line per row, readable back.
    auto result = CsvTable::parse(first->resultCsv());
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 1001);
    QCOMPARE(result->first().fields,
             (QStringList{u"row"_s, u"status"_s, u"reason_code"_s, u"reason"_s, u"request_id"_s}));
    QCOMPARE(result->at(8).fields.at(0), u"9"_s);
    QCOMPARE(result->at(8).fields.at(1), u"invalid"_s);

    // Again: nothing new.
    auto second = submitOnce();
    QVERIFY(second.ok());
    QCOMPARE(second->queued, 0);
    QCOMPARE(second->duplicates, 980);
    QCOMPARE(second->invalid, 20);
    QCOMPARE(column(db, "SELECT request_id FROM outbox"), outboxIds);
    QCOMPARE(db.queryInt64("SELECT count(*) FROM ledger_entry").valueOr(-1), qint64(980));
    for (qsizetype i = 0; i < first->rows.size(); ++i)
        QCOMPARE(second->rows[i].requestId, first->rows[i].requestId);
    auto chain = f.ledger->verifyChain(f.supervisor);
    QVERIFY(chain.ok() && !chain->failure);
}

void TestBatchSubmit::csvParsesQuotesAndLineBreaks()
{
    const QByteArray csv = "a,b,c\r\n\"x, y\",\"he said \"\"hi\"\"\",\"two\nlines\"\n\nlast,,\n";
    auto parsed = CsvTable::parse(csv);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 3);
    QCOMPARE(parsed->at(1).fields, (QStringList{u"x, y"_s, u"he said \"hi\""_s, u"two\nlines"_s}));
    QCOMPARE(parsed->at(1).line, 2);
    QCOMPARE(parsed->at(2).line, 5);
    QCOMPARE(parsed->at(2).fields, (QStringList{u"last"_s, QString(), QString()}));
    QCOMPARE(CsvTable::parse(CsvTable::formatRecord(parsed->at(1).fields))->first().fields,
             parsed->at(1).fields);
    auto broken = CsvTable::parse("a,\"b\n");
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code(), u"csv.syntax"_s);
}

void TestBatchSubmit::refusesAFileWithAnUnknownColumn()
{
    int queued = 0;
    BatchSubmitter submitter(
        *m_catalogue, u"IF-1001"_s,
        [&](const OutboxEntry&) -> Status {
            ++queued;
            return {};
        },
        [](const QString&) -> Result<bool> { return false; }, 0);
    auto refused = submitter.submit("service_id,national_code,mobile,consent_token,mobil\r\n");
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), u"batch.header"_s);
    auto missing = submitter.submit("service_id,national_code,mobile\r\n");
    QVERIFY(!missing.ok());
    QCOMPARE(queued, 0);
}

QTEST_GUILESS_MAIN(TestBatchSubmit)
#include "tst_batch_submit.moc"
