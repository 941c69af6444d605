// The property file (F5): the answer of a property-file inquiry parsed into values, from the
// shape documented in docs/api.md §4.9 and from every sample property the sandbox answers with;
// the file of a request in each state; the audit event that goes with its fee. No display.
#include "counter/PropertyFile.h"
#include "counter/PropertyInquiry.h"
#include "sandbox/PropertyRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

// The sandbox's answer for 6-12-345-17-0-0-0 (resources/sandbox/properties.json through
// PropertyRegistry::present), trimmed to one plan and two permits.
const char kReply[] = R"({"sample_data": true,
  "renovation_code": {"district": 6, "area": 12, "block": 345, "property": 17,
                      "building": 0, "apartment": 0, "shop": 0},
  "renovation_code_text": "6-12-345-17-0-0-0",
  "registered_plate": {"section": 14, "main": 2153, "sub": 47}, "district": 6,
  "address_fa": "خیابان چهارباغ بالا، کوچه ۱۲، پلاک ۱۷",
  "address_en": "Chaharbagh-e Bala St, Alley 12, No. 17",
  "land_use": "residential", "land_area_m2": 312, "permitted_height_m": 16.5,
  "permitted_floors": 5, "density_percent": 180, "setback_m": 0.0, "levy_debt_rials": 0,
  "plans": [{"kind": "street_widening", "title_fa": "تعریض خیابان چهارباغ بالا",
             "title_en": "Widening of Chaharbagh-e Bala St", "status": "approved",
             "distance_m": 40}],
  "permits": [{"number": "7312", "type": "building_permit", "issued_jalali": "1375/06/14",
               "issued_on": "1996-09-04", "status": "completed", "floors": 3},
              {"number": "139812", "type": "building_permit", "issued_jalali": "1398/03/21",
               "issued_on": "2019-06-11", "status": "issued", "floors": 5,
               "note_fa": "تجدید بنا"}]})";

QJsonObject reply()
{
    return QJsonDocument::fromJson(QByteArray(kReply)).object();
}

} // namespace

class TestPropertyFile : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheDocumentedReply()
    {
        const QJsonObject json = reply();
        QVERIFY(!json.isEmpty());
        const auto file = PropertyFile::parse(json);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().message()));
        QVERIFY(file->sampleData);
        QCOMPARE(file->renovationCode, u"6-12-345-17-0-0-0"_s);
        QCOMPARE(file->plateSection, 14);
        QCOMPARE(file->plateMain, 2153);
        QCOMPARE(file->plateSub, 47);
        QCOMPARE(file->district, 6);
        QCOMPARE(file->permittedHeightM, 16.5);
        QCOMPARE(file->permittedFloors, 5);
        QCOMPARE(file->densityPercent, 180);
        QCOMPARE(file->landAreaM2, 312.0);
        QCOMPARE(file->levyDebt, Money::fromRials(0));
        QCOMPARE(file->plans.size(), 1);
        QCOMPARE(file->plans[0].kind, u"street_widening"_s);
        QCOMPARE(file->plans[0].status, u"approved"_s);
        QCOMPARE(file->plans[0].distanceM, 40.0);
        QCOMPARE(file->permits.size(), 2);
        QCOMPARE(file->permits[0].number, u"7312"_s);
        QCOMPARE(file->permits[0].issuedOn, QDate(1996, 9, 4));
        QCOMPARE(file->permits[0].floors, 3);
        QCOMPARE(file->permits[1].status, u"issued"_s);
        QCOMPARE(file->permits[1].noteFa, u"تجدید بنا"_s);
    }

    void codeTextFromTheObjectWhenAbsent()
    {
        QJsonObject json = reply();
        json.remove(u"renovation_code_text"_s);
        const auto file = PropertyFile::parse(json);
        QVERIFY(file);
        QCOMPARE(file->renovationCode, u"6-12-345-17-0-0-0"_s);
    }

    void refusesWhatIsNotAPropertyFile_data()
    {
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QJsonValue>("plans");
        QTest::newRow("no height") << u"permitted_height_m"_s << QJsonValue();
        QTest::newRow("no floors") << u"permitted_floors"_s << QJsonValue();
        QTest::newRow("no code") << u"renovation_code"_s << QJsonValue();
        QTest::newRow("plan not object") << QString() << QJsonValue(QJsonArray{1});
    }

    void refusesWhatIsNotAPropertyFile()
    {
        QFETCH(QString, remove);
        QFETCH(QJsonValue, plans);
        QJsonObject json = reply();
        if (remove == u"renovation_code"_s)
            json.remove(u"renovation_code_text"_s);
        if (!remove.isEmpty())
            json.remove(remove);
        if (!plans.isUndefined() && !plans.isNull())
            json.insert(u"plans"_s, plans);
        const auto file = PropertyFile::parse(json);
        QVERIFY(!file);
        QCOMPARE(file.error().code(), u"property_file.malformed"_s);
    }

    // Every sample property of the sandbox, as the sandbox presents it, is readable.
    void everySandboxSampleParses()
    {
        QFile f(QStringLiteral(PISHKHAN_SOURCE_DIR "/resources/sandbox/properties.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray all =
            QJsonDocument::fromJson(f.readAll()).object().value(u"properties"_s).toArray();
        QVERIFY(!all.isEmpty());
        for (const QJsonValue v : all) {
            const QJsonObject presented = sandbox::PropertyRegistry::present(v.toObject());
            const auto file = PropertyFile::parse(presented);
            QVERIFY2(file, qPrintable(file ? QString() : file.error().message()));
            QVERIFY(file->permittedHeightM > 0);
            QVERIFY(file->permittedFloors > 0);
            for (const PropertyPermit& p : file->permits)
                QVERIFY2(p.issuedOn.isValid(), qPrintable(p.number));
        }
    }

    // The property named in the audit trail, whatever shape the form's value took; the
    // citizen's code never in full.
    void auditEventNamesThePropertyAndMasksTheCitizen_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("property");
        QTest::newRow("renovation code object")
            << uR"({"renovation_code":{"district":6,"area":12,"block":345,"property":17,)"
               uR"("building":0,"apartment":0,"shop":0}})"_s
            << u"6-12-345-17-0-0-0"_s;
        QTest::newRow("renovation code text")
            << uR"({"renovation_code":"7-3-88-41-0-0-0"})"_s << u"7-3-88-41-0-0-0"_s;
        QTest::newRow("plate only")
            << uR"({"registered_plate":{"section":14,"main":2153,"sub":47}})"_s << u"14/2153/47"_s;
    }
    void auditEventNamesThePropertyAndMasksTheCitizen()
    {
        QFETCH(QString, fields);
        QFETCH(QString, property);
        const AuditEvent event = PropertyInquiry::auditEvent(
            u"req-1"_s, u"0499370899"_s, QJsonDocument::fromJson(fields.toUtf8()).object());
        QCOMPARE(event.kind, AuditKind::PropertyInquiry);
        const QJsonObject detail = QJsonDocument::fromJson(event.detail.toUtf8()).object();
        QCOMPARE(detail.value(u"property"_s).toString(), property);
        QCOMPARE(detail.value(u"request_id"_s).toString(), u"req-1"_s);
        QVERIFY(!event.detail.contains(u"0499370899"_s));
        QVERIFY(detail.value(u"national_code"_s).toString().contains(u'*'));
    }

    // Only the property-file service counts as a property inquiry.
    void onlyThePropertyFileServiceIsAnInquiry()
    {
        QVERIFY(PropertyInquiry::isPropertyInquiry(u"property-file"_s));
        QVERIFY(!PropertyInquiry::isPropertyInquiry(u"permitted-height"_s));
        QVERIFY(!PropertyInquiry::isPropertyInquiry(QString()));
    }

    // The file comes from an answered request only; waiting and refused requests say why.
    void fileOfARequest_data()
    {
        QTest::addColumn<QString>("status"); // empty: not accepted yet
        QTest::addColumn<bool>("isFinal");
        QTest::addColumn<QString>("error"); // empty: the file parses
        QTest::newRow("queued") << QString() << false << u"property_file.waiting"_s;
        QTest::newRow("received") << u"received"_s << false << u"property_file.waiting"_s;
        QTest::newRow("in review") << u"in_review"_s << false << u"property_file.waiting"_s;
        QTest::newRow("rejected") << u"rejected"_s << true << u"property_file.refused"_s;
        QTest::newRow("cancelled") << u"cancelled"_s << true << u"property_file.refused"_s;
        QTest::newRow("done") << u"done"_s << true << QString();
    }
    void fileOfARequest()
    {
        QFETCH(QString, status);
        QFETCH(bool, isFinal);
        QFETCH(QString, error);
        FollowUpRecord record;
        record.request.requestId = u"req-1"_s;
        record.request.serviceId = u"property-file"_s;
        if (!status.isEmpty()) {
            RequestProgressStore::Progress p;
            p.status = status;
            p.isFinal = isFinal;
            if (status == u"done")
                p.resultJson = u"{\"data\":"_s + QString::fromUtf8(kReply) + u'}';
            record.progress = p;
        }
        const auto file = PropertyInquiry::fileOf(record);
        if (error.isEmpty()) {
            QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().code()));
            QCOMPARE(file->renovationCode, u"6-12-345-17-0-0-0"_s);
            QVERIFY(file->permittedHeightM > 0);
        } else {
            QVERIFY(!file.ok());
            QCOMPARE(file.error().code(), error);
            QVERIFY(!file.error().userMessage().isEmpty());
        }
    }
};

} // namespace pishkhan

QTEST_GUILESS_MAIN(pishkhan::TestPropertyFile)
#include "tst_property_file.moc"
