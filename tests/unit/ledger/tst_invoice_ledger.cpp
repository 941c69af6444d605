// Fees billed to an organisation: the "invoice" payment in the hash chain (entries without an
// organisation hash exactly as before, a ledger written before the column existed still
// verifies after the migration), invoiced fees in no drawer, one invoice per batch with its
// lines, refusals that write nothing, and the invoice PDF in Persian (pdftotext; page 1 to PNG
// under <build>/ledger-render/ for a human to look at).
#include "LedgerTestSupport.h"

#include "core/PersianText.h"
#include "ledger/DayCloseDocument.h"
#include "ledger/InvoiceDocument.h"
#include "ledger/InvoiceStore.h"
#include "ledger/ReportExporter.h"
#include "storage/SchemaMigrator.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kBank = u"10380284790"_s;

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString key(const QString& text)
{
    QString k = PersianText::comparisonKey(text);
    k.remove(QRegularExpression(u"\\s"_s));
    k.remove(QChar(0x200C));
    return k;
}

// The ledger's and the other tables' row counts and the chain head: what a refusal must leave.
QString tables(LedgerFixture& f)
{
    QStringList out;
    for (const char* sql : {"SELECT COUNT(*) FROM ledger_entry", "SELECT COUNT(*) FROM outbox",
                            "SELECT COUNT(*) FROM invoice", "SELECT COUNT(*) FROM invoice_line",
                            "SELECT COUNT(*) FROM audit_events"})
        out << QString::number(f.count(sql).valueOr(-1));
    auto head = f.ledger->store().head();
    out << (head ? head->hash : u"?"_s);
    return out.join(u'/');
}

OutboxEntry bankRequest(int i)
{
    OutboxEntry e = sampleRequest(u"bank-inquiry"_s);
    e.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.nationalCode = u"049937089"_s + QString::number(i % 10);
    return e;
}

} // namespace

class TestInvoiceLedger : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"store-%1.db"_s.arg(++m_n));
        m_f = std::make_unique<LedgerFixture>();
        const QString failed = m_f->open(m_path, randomKey());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void chainFieldOnlyWhenBilled_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<int>("fields");
        QTest::newRow("cash") << int(PaymentMethod::Cash) << QString() << 23;
        QTest::newRow("card") << int(PaymentMethod::Card) << QString() << 23;
        QTest::newRow("invoice") << int(PaymentMethod::Invoice) << kBank << 24;
    }

    void chainFieldOnlyWhenBilled()
    {
        QFETCH(int, method);
        QFETCH(QString, organisation);
        QFETCH(int, fields);
        LedgerEntry e;
        e.seq = 7;
        e.businessDay = QDate(2025, 3, 22);
        e.clockDay = e.businessDay;
        e.payment.method = PaymentMethod(method);
        e.payment.organisationId = organisation;
        QCOMPARE(e.canonicalFields().size(), fields);
        QCOMPARE(LedgerEntry::kFieldCount, 23);
    }

    void ledgerWrittenBeforeTheColumnStillVerifies()
    {
        // GIVEN a store at schema v7 holding fees hashed the old way (23 fields)
        const QString path = m_dir.filePath(u"v7.db"_s);
        const QByteArray dbKey = randomKey();
        QStringList hashes;
        {
            auto db = Database::open(path, dbKey);
            QVERIFY(db.ok());
            QVERIFY(SchemaMigrator::migrate(*db, 7).ok());
            LedgerStore store(*db);
            const TariffTable tariffs = sampleTariffs();
            {
                auto tx = Transaction::begin(*db);
                QVERIFY(tx.ok());
                QVERIFY(store.registerTariffTable(tariffs, 1000).ok());
                QVERIFY(tx->commit().ok());
            }
            QString prev = HashChain::genesisHex();
            for (int i = 1; i <= 3; ++i) {
                LedgerEntry e;
                e.seq = i;
                e.kind = EntryKind::Fee;
                e.businessDay = QDate(2025, 3, 22);
                e.jalaliMonth = 140401;
                e.counter = 1;
                e.receiptNo = i;
                e.createdAt = 1000 + i;
                e.clerkId = u"clerk1"_s;
                e.serviceId = u"property-file"_s;
                e.amount = Money::fromRials(80'000);
                e.tariff = e.amount;
                e.payment = i == 2 ? Payment::card(u"12345678"_s, u"123456"_s) : Payment::cash();
                if (e.payment.terminalId.isNull()) { // NOT NULL columns: '' for none
                    e.payment.terminalId = u""_s;
                    e.payment.reference = u""_s;
                }
                e.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                e.tariffTableId = tariffs.id();
                e.tariffTableSha256 = tariffs.sha256Hex();
                e.clockDay = e.businessDay;
                e.prevHash = prev;
                e.hash = HashChain::computeHashHex(prev, e.canonicalFields());
                auto insert = db->prepare(
                    "INSERT INTO ledger_entry (seq, kind, business_day, jalali_month, counter_no, "
                    "receipt_no, created_at, clerk_id, service_id, amount_rials, tariff_rials, "
                    "payment_method, terminal_id, payment_reference, request_id, "
                    "tariff_table_id, tariff_table_sha256, target_seq, reason, supervisor_id, "
                    "copy_no, late, clock_day, prev_hash, hash) VALUES (?1, 'fee', ?2, ?3, 1, "
                    "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, NULL, '', '', NULL, 0, "
                    "?16, ?17, ?18)");
                QVERIFY(insert.ok());
                const Status inserted = insert->execute(
                    {e.seq, u"2025-03-22"_s, qint64(e.jalaliMonth), e.receiptNo, e.createdAt,
                     e.clerkId, e.serviceId, e.amount.rials(), e.tariff.rials(),
                     paymentMethodToString(e.payment.method), e.payment.terminalId,
                     e.payment.reference, e.requestId, e.tariffTableId, e.tariffTableSha256,
                     u"2025-03-22"_s, e.prevHash, e.hash});
                QVERIFY2(inserted.ok(), qPrintable(whyNot(inserted)));
                hashes << e.hash;
                prev = e.hash;
            }
        }
        {
            auto db = Database::open(path, dbKey);
            QVERIFY(db.ok());
            QVERIFY(db->exec("INSERT INTO receipt_counter (counter_no, business_day, last_no) "
                             "VALUES (1, '2025-03-22', 3)")
                        .ok());
        }
        // WHEN this build opens it (migration 8 rebuilds ledger_entry) and bills an invoice
        LedgerFixture f;
        const QString failed = f.open(path, dbKey);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        auto stored = f.ledger->store().entriesForDay(1, QDate(2025, 3, 22));
        QVERIFY2(stored.ok(), qPrintable(whyNot(stored)));
        QCOMPARE(stored->size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(stored->at(i).hash, hashes[i]);
        auto header = InvoiceStore(f.store->database()).nextHeader(u"IF-1001"_s, 1);
        QVERIFY(header.ok());
        header->organisationId = kBank;
        header->organisationName = u"بانک ملی"_s;
        header->mandateNumber = u"MN-1405-0001"_s;
        auto billed = f.ledger->recordInvoicedFee(
            f.clerk, FeeRequest{bankRequest(1), kTariffId, Payment::invoice(kBank, header->number)},
            *header);
        QVERIFY2(billed.ok(), qPrintable(whyNot(billed)));
        // THEN both verifiers accept the old entries and the new one
        auto fast = f.ledger->store().verifyChain();
        QVERIFY(fast.ok());
        QVERIFY(!fast->failure.has_value());
        QCOMPARE(fast->entriesChecked, 4);
        auto reference = f.ledger->store().verifyChainReference();
        QVERIFY(reference.ok());
        QVERIFY(!reference->failure.has_value());
        QCOMPARE(reference->entriesChecked, 4);
        QCOMPARE(fast->lastHashHex, billed->hash);
    }

    void invoicedFeesAreNotCash()
    {
        LedgerFixture& f = *m_f;
        auto header = InvoiceStore(f.store->database()).nextHeader(u"IF-1001"_s, 1);
        QVERIFY(header.ok());
        QCOMPARE(header->number, u"INV-IF-1001-1-000001"_s);
        header->organisationId = kBank;
        header->organisationName = u"بانک ملی شعبه چهارباغ"_s;
        header->mandateNumber = u"MN-1405-0001"_s;
        header->batchSha256 = QString(64, u'a');
        for (int i = 0; i < 3; ++i)
            QVERIFY(f.ledger
                        ->recordInvoicedFee(f.clerk,
                                            FeeRequest{bankRequest(i), kTariffId,
                                                       Payment::invoice(kBank, header->number)},
                                            *header)
                        .ok());
        QVERIFY(f.fee(f.clerk).ok()); // one cash fee beside them
        auto report = f.ledger->dayReport(f.supervisor, QDate(2025, 3, 22));
        QVERIFY2(report.ok(), qPrintable(whyNot(report)));
        QCOMPARE(report->expectedCash().value(u"clerk1"_s), Money::fromRials(80'000));
        QCOMPARE(report->byMethod().value(PaymentMethod::Invoice).feeAmount,
                 Money::fromRials(3 * 90'000));
        auto invoice = InvoiceStore(f.store->database()).find(header->number);
        QVERIFY(invoice.ok() && invoice->has_value());
        QCOMPARE((*invoice)->lines.size(), 3);
        QCOMPARE((*invoice)->total(), Money::fromRials(270'000));
        QCOMPARE((*invoice)->queuedLines(), 3);
        QCOMPARE((*invoice)->organisationName, u"بانک ملی شعبه چهارباغ"_s);
        QCOMPARE(InvoiceStore(f.store->database()).nextHeader(u"IF-1001"_s, 1)->number,
                 u"INV-IF-1001-1-000002"_s);
        auto chain = f.ledger->verifyChain(f.supervisor);
        QVERIFY(chain.ok() && !chain->failure);

        // Reports: invoiced totals per organisation in the day, the range, the exports and the
        // signed close document.
        QCOMPARE(report->invoicedByOrganisation.size(), 1);
        QCOMPARE(report->invoicedByOrganisation.value(kBank).feeCount, 3);
        QCOMPARE(report->invoicedByOrganisation.value(kBank).net(), Money::fromRials(270'000));
        auto range = f.ledger->rangeReport(f.supervisor, QDate(2025, 3, 1), QDate(2025, 3, 31));
        QVERIFY(range.ok());
        QCOMPARE(range->invoicedByOrganisation.value(kBank).feeAmount, Money::fromRials(270'000));
        ReportContext c;
        const QString csv = QString::fromUtf8(ReportExporter::dayCsv(*report, c));
        QVERIFY2(csv.contains(kBank + u",3,270000,0,0,270000"_s), qPrintable(csv));
        QVERIFY(ReportExporter::dayHtml(*report, c).contains(kBank));
        QVERIFY(QString::fromUtf8(ReportExporter::rangeCsv(*range, c)).contains(kBank));
        auto close = f.ledger->previewClose(f.supervisor, QDate(2025, 3, 22));
        QVERIFY2(close.ok(), qPrintable(whyNot(close)));
        const QJsonObject doc = QJsonDocument::fromJson(DayCloseDocument::encode(*close)).object();
        const QJsonArray invoiced = doc.value(u"invoiced_by_organisation"_s).toArray();
        QCOMPARE(invoiced.size(), 1);
        QCOMPARE(invoiced.first().toObject().value(u"organisation_id"_s).toString(), kBank);
        QVERIFY(ReportExporter::closeHtml(*close, c).contains(kBank));
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("code");
        QTest::newRow("checksum") << u"10380284792"_s << u"INV-IF-1001-1-000001"_s
                                  << int(PaymentMethod::Invoice) << u"invoice.payment_mismatch"_s;
        QTest::newRow("another invoice")
            << kBank << u"INV-IF-1001-1-000009"_s << int(PaymentMethod::Invoice)
            << u"invoice.payment_mismatch"_s;
        QTest::newRow("cash naming an organisation")
            << kBank << QString() << int(PaymentMethod::Cash) << u"invoice.payment_mismatch"_s;
    }

    void refusalsWriteNothing()
    {
        QFETCH(QString, organisation);
        QFETCH(QString, reference);
        QFETCH(int, method);
        QFETCH(QString, code);
        LedgerFixture& f = *m_f;
        Invoice header = *InvoiceStore(f.store->database()).nextHeader(u"IF-1001"_s, 1);
        header.organisationId = kBank;
        Payment payment{PaymentMethod(method), {}, reference, organisation};
        const QString before = tables(f);
        auto refused = f.ledger->recordInvoicedFee(
            f.clerk, FeeRequest{bankRequest(1), kTariffId, payment}, header);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), code);
        QCOMPARE(tables(f), before);
    }

    void paymentShapes_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("code");
        QTest::newRow("invoice ok")
            << int(PaymentMethod::Invoice) << u"۱۰۳۸۰۲۸۴۷۹۰"_s << u"INV-1"_s << QString();
        QTest::newRow("invoice checksum") << int(PaymentMethod::Invoice) << u"10380284792"_s
                                          << u"INV-1"_s << u"legal_entity_id.checksum"_s;
        QTest::newRow("invoice without number") << int(PaymentMethod::Invoice) << kBank << QString()
                                                << u"payment.invoice_number_missing"_s;
        QTest::newRow("cash with organisation") << int(PaymentMethod::Cash) << kBank << QString()
                                                << u"payment.unexpected_organisation"_s;
    }

    void paymentShapes()
    {
        QFETCH(int, method);
        QFETCH(QString, organisation);
        QFETCH(QString, reference);
        QFETCH(QString, code);
        auto normalized =
            Payment::normalized(Payment{PaymentMethod(method), {}, reference, organisation});
        if (code.isEmpty()) {
            QVERIFY(normalized.ok());
            QCOMPARE(normalized->organisationId, kBank);
        } else {
            QVERIFY(!normalized.ok());
            QCOMPARE(normalized.error().code(), code);
        }
    }

    void invoicePdfInPersian()
    {
        Invoice invoice;
        invoice.number = u"INV-IF-1001-1-000001"_s;
        invoice.counter = 1;
        invoice.organisationId = kBank;
        invoice.organisationName = u"بانک ملی شعبه چهارباغ"_s;
        invoice.mandateNumber = u"MN-1405-0001"_s;
        invoice.batchSha256 = QString(64, u'c');
        invoice.createdAt = tehran(2025, 3, 22, 10);
        for (int i = 1; i <= 40; ++i)
            invoice.lines << InvoiceLine{i,
                                         QUuid::createUuid().toString(QUuid::WithoutBraces),
                                         u"bank-inquiry"_s,
                                         Money::fromRials(90'000),
                                         i,
                                         i % 2 ? u"1404-KTD-%1"_s.arg(i, 6, 10, QChar(u'0'))
                                               : QString()};
        ReportContext c;
        c.officeName = u"دفتر پیشخوان شماره ۱۲ اصفهان"_s;
        c.officeCode = u"IF-1001"_s;
        c.counter = 1;
        c.generatedAt = tehran(2025, 3, 22, 11);
        c.serviceNames.insert(u"bank-inquiry"_s, u"استعلام بانک"_s);
        const QString dir = QDir::current().filePath(u"ledger-render"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString pdf = QDir(dir).filePath(u"invoice.pdf"_s);
        QVERIFY(InvoiceDocument::pdf(invoice, c, pdf).ok());
        const QString text = key(pdfText(pdf));
        QVERIFY2(!text.isEmpty(), "pdftotext returned nothing");
        for (const QString& needle :
             {u"INV-IF-1001-1-000001"_s, u"صورت‌حساب"_s, u"بانک ملی شعبه چهارباغ"_s,
              kBank, u"MN-1405-0001"_s, u"استعلام بانک"_s, u"1404-KTD-000001"_s,
              u"1404-KTD-000039"_s, u"در صف ارسال"_s, u"۳۶۰٬۰۰۰"_s})
            QVERIFY2(text.contains(key(needle)), qPrintable(needle));
        QProcess p;
        p.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"100"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                                u"-singlefile"_s, pdf, QDir(dir).filePath(u"invoice"_s)});
        p.waitForFinished(60000);
        QVERIFY(QFileInfo(QDir(dir).filePath(u"invoice.png"_s)).size() > 1000);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<LedgerFixture> m_f;
};

QTEST_MAIN(TestInvoiceLedger)
#include "tst_invoice_ledger.moc"
