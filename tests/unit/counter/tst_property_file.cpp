// PropertyFile (the property screen): the backend's property file parsed into values, from
// the reply documented in docs/api.md §4.10 and from every sample property the sandbox answers
// with; the lookup queries built from what a clerk types. No display.
#include "counter/PropertyFile.h"
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

    void queries_data()
    {
        QTest::addColumn<bool>("byPlate");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("query"); // k=v&k=v, or the error code
        QTest::newRow("code") << false << u"6-12-345-17-0-0-0"_s
                              << u"renovation_code=6-12-345-17-0-0-0"_s;
        QTest::newRow("code persian slashes")
            << false << u"۶/۱۲/۳۴۵/۱۷/۰/۰/۰"_s << u"renovation_code=6-12-345-17-0-0-0"_s;
        QTest::newRow("code empty") << false << QString() << u"renovation_code.empty"_s;
        QTest::newRow("code six parts")
            << false << u"6-12-345-17-0-0"_s << u"renovation_code.parts"_s;
        QTest::newRow("plate") << true << u"14/2153/47"_s
                               << u"plate_section=14&plate_main=2153&plate_sub=47"_s;
        QTest::newRow("plate labelled") << true << u"بخش ۱۴ اصلی ۲۱۵۳ فرعی ۴۷"_s
                                        << u"plate_section=14&plate_main=2153&plate_sub=47"_s;
        QTest::newRow("plate empty") << true << QString() << u"plate.empty"_s;
    }

    void queries()
    {
        QFETCH(bool, byPlate);
        QFETCH(QString, input);
        QFETCH(QString, query);
        const auto q = byPlate ? PropertyFile::queryByPlate(input)
                               : PropertyFile::queryByRenovationCode(input);
        if (!q) {
            QCOMPARE(q.error().code(), query);
            return;
        }
        QStringList parts;
        for (const auto& [k, v] : *q)
            parts.append(k + u'=' + v);
        QCOMPARE(parts.join(u'&'), query);
    }
};

} // namespace pishkhan

QTEST_GUILESS_MAIN(pishkhan::TestPropertyFile)
#include "tst_property_file.moc"
