// The answer the citizen paid for: the catalogue's answer fields (parsed, a bad one refused as
// an Error), each value formatted by its type, the sandbox's answer of each inquiry kind fully
// described by the catalogue, the answer hash, and the printed answer and property file read
// back with pdftotext (Persian labels, Solar Hijri dates, figures, masked citizen, tracking
// code, training mark). PNGs of page 1 land in <build>/answer-render for a person to look at.
#include "PdfText.h"

#include "core/AnswerHash.h"
#include "core/MunicipalContact.h"
#include "core/PersianText.h"
#include "counter/AnswerDocument.h"
#include "counter/AnswerForm.h"
#include "counter/ServiceCatalogue.h"
#include "print/PdfDocumentWriter.h"
#include "sandbox/PropertyRegistry.h"
#include "sandbox/RequestLifecycle.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kTracking = u"1404-KTD-000042"_s;
const QString kNationalCode = u"0083870899"_s;

QByteArray readSource(const char* relative)
{
    QFile f(QStringLiteral(PISHKHAN_SOURCE_DIR "/") + QLatin1StringView(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject renovation(const QString& text)
{
    const QStringList p = text.split(u'-');
    static const char* names[] = {"district", "area",      "block", "property",
                                  "building", "apartment", "shop"};
    QJsonObject o;
    for (int i = 0; i < 7; ++i)
        o.insert(QLatin1StringView(names[i]), p.value(i).toInt());
    return o;
}

qint64 tehranMs(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Asia/Tehran")).toMSecsSinceEpoch();
}

} // namespace

class TestAnswerDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyServiceDescribesItsAnswer();
    void badAnswerFieldIsAnError_data();
    void badAnswerFieldIsAnError();
    void formatsByType_data();
    void formatsByType();
    void unknownKeysStillShow();
    void sandboxShapesPerInquiry_data();
    void sandboxShapesPerInquiry();
    void answerHashIsCanonical();
    void printedAnswer_data();
    void printedAnswer();

private:
    // The sandbox's result for a service and property, with its hash, as the desk receives it.
    QJsonObject answerOf(const QString& serviceId, const QString& renovationCode,
                         QJsonObject fields = {});
    ServiceCatalogue m_catalogue;
    QJsonObject m_catalogueJson;
    std::optional<sandbox::PropertyRegistry> m_properties;
    QString m_out;
};

void TestAnswerDocument::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
        QFAIL("pdftotext/pdftoppm missing (Debian package: poppler-utils)");
    const QByteArray json = readSource("resources/sandbox/catalogue.json");
    auto parsed = ServiceCatalogue::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().detail()));
    m_catalogue = *parsed;
    m_catalogueJson = QJsonDocument::fromJson(json).object();
    auto props = sandbox::PropertyRegistry::load(
        QStringLiteral(PISHKHAN_SOURCE_DIR "/resources/sandbox/properties.json"));
    QVERIFY(props.ok());
    m_properties = *props;
    m_out = QStringLiteral(PISHKHAN_BINARY_DIR "/answer-render");
    QVERIFY(QDir().mkpath(m_out));
}

QJsonObject TestAnswerDocument::answerOf(const QString& serviceId, const QString& renovationCode,
                                         QJsonObject fields)
{
    QJsonObject service;
    for (const QJsonValue& v : m_catalogueJson.value(u"services"_s).toArray())
        if (v.toObject().value(u"id"_s).toString() == serviceId)
            service = v.toObject();
    if (!renovationCode.isEmpty())
        fields.insert(u"renovation_code"_s, renovation(renovationCode));
    QJsonObject result = sandbox::RequestLifecycle::plan(service, fields, *m_properties,
                                                         tehranMs(2025, 3, 22, 14, 5), 42)
                             .result;
    result.insert(u"answer_hash"_s,
                  AnswerHash::compute(kTracking, serviceId, result.value(u"data"_s).toObject()));
    return result;
}

void TestAnswerDocument::everyServiceDescribesItsAnswer()
{
    QCOMPARE(m_catalogue.services().size(), 34);
    for (const ServiceDefinition& s : m_catalogue.services())
        QVERIFY2(!s.answerFields.isEmpty(), qPrintable(s.id));
    const ServiceDefinition* permits = m_catalogue.find(u"building-permit-status"_s);
    QVERIFY(permits);
    const auto list = std::find_if(permits->answerFields.cbegin(), permits->answerFields.cend(),
                                   [](const AnswerField& f) { return f.key == u"permits"; });
    QVERIFY(list != permits->answerFields.cend());
    QCOMPARE(list->type, AnswerFieldType::List);
    QVERIFY(!list->items.isEmpty());
}

void TestAnswerDocument::badAnswerFieldIsAnError_data()
{
    QTest::addColumn<QByteArray>("answerFields");
    QTest::newRow("unknown type") << QByteArray(
        R"([{"key":"a","label_fa":"الف","type":"colour"}])");
    QTest::newRow("no key") << QByteArray(R"([{"label_fa":"الف","type":"text"}])");
    QTest::newRow("no label") << QByteArray(R"([{"key":"a","type":"text"}])");
    QTest::newRow("status without values")
        << QByteArray(R"([{"key":"a","label_fa":"الف","type":"status"}])");
    QTest::newRow("list without items")
        << QByteArray(R"([{"key":"a","label_fa":"الف","type":"list"}])");
    QTest::newRow("not an array") << QByteArray(R"({"key":"a"})");
    QTest::newRow("bad item of a list") << QByteArray(
        R"([{"key":"a","label_fa":"الف","type":"list","items":[{"key":"b","label_fa":"ب","type":"?"}]}])");
}

void TestAnswerDocument::badAnswerFieldIsAnError()
{
    QFETCH(QByteArray, answerFields);
    const QByteArray json =
        R"({"version":"t","services":[{"id":"x","name_fa":"خدمت","kind":"inquiry","fields":[],"answer_fields":)" +
        answerFields + "}]}";
    const auto parsed = ServiceCatalogue::parse(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), u"catalogue.answer_field"_s);
}

void TestAnswerDocument::formatsByType_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value"); // a JSON array of one value
    QTest::addColumn<bool>("persian");
    QTest::addColumn<QString>("expected");
    const QString lri = QString(QChar(0x2066));
    const QString pdi = QString(QChar(0x2069));
    const QByteArray status =
        R"({"key":"s","label_fa":"وضعیت","type":"status","values":[{"value":"completed","label_fa":"تکمیل شده","label_en":"Completed"}]})";
    QTest::newRow("text") << QByteArray(R"({"key":"t","label_fa":"ت","type":"text"})")
                          << QByteArray(R"(["خیابان چهارباغ"])") << true << u"خیابان چهارباغ"_s;
    QTest::newRow("number fa") << QByteArray(R"({"key":"n","label_fa":"ن","type":"number"})")
                               << QByteArray("[1250]") << true << u"۱٬۲۵۰"_s;
    QTest::newRow("number en") << QByteArray(R"({"key":"n","label_fa":"ن","type":"number"})")
                               << QByteArray("[1250]") << false << u"1,250"_s;
    QTest::newRow("yes") << QByteArray(R"({"key":"y","label_fa":"ب","type":"yes_no"})")
                         << QByteArray("[true]") << true << u"بله"_s;
    QTest::newRow("no en") << QByteArray(R"({"key":"y","label_fa":"ب","type":"yes_no"})")
                           << QByteArray("[false]") << false << u"No"_s;
    QTest::newRow("jalali 1370s") << QByteArray(
                                         R"({"key":"d","label_fa":"ت","type":"jalali_date"})")
                                  << QByteArray(R"(["1375/06/14"])") << true
                                  << lri + u"۱۳۷۵/۰۶/۱۴"_s + pdi;
    QTest::newRow("iso shown jalali")
        << QByteArray(R"({"key":"d","label_fa":"ت","type":"jalali_date"})")
        << QByteArray(R"(["1996-09-04"])") << true << lri + u"۱۳۷۵/۰۶/۱۴"_s + pdi;
    QTest::newRow("jalali latin") << QByteArray(
                                         R"({"key":"d","label_fa":"ت","type":"jalali_date"})")
                                  << QByteArray(R"(["1398/03/21"])") << false
                                  << lri + u"1398/03/21"_s + pdi;
    QTest::newRow("money toman") << QByteArray(R"({"key":"m","label_fa":"م","type":"money"})")
                                 << QByteArray("[18500000]") << true << u"۱٬۸۵۰٬۰۰۰ تومان"_s;
    QTest::newRow("money en") << QByteArray(R"({"key":"m","label_fa":"م","type":"money"})")
                              << QByteArray("[125000]") << false << u"12,500 toman"_s;
    QTest::newRow("height") << QByteArray(R"({"key":"h","label_fa":"ا","type":"height_m"})")
                            << QByteArray("[16.5]") << true << u"۱۶٫۵ متر"_s;
    QTest::newRow("height whole en")
        << QByteArray(R"({"key":"h","label_fa":"ا","type":"height_m"})") << QByteArray("[12]")
        << false << u"12 m"_s;
    QTest::newRow("permit number")
        << QByteArray(R"({"key":"p","label_fa":"ش","type":"permit_number"})")
        << QByteArray(R"(["139812-S"])") << true << lri + u"139812-S"_s + pdi;
    QTest::newRow("status fa") << status << QByteArray(R"(["completed"])") << true
                               << u"تکمیل شده"_s;
    QTest::newRow("status en") << status << QByteArray(R"(["completed"])") << false
                               << u"Completed"_s;
    QTest::newRow("status unknown value")
        << status << QByteArray(R"(["archived"])") << true << u"archived"_s;
    QTest::newRow("null") << QByteArray(R"({"key":"m","label_fa":"م","type":"money"})")
                          << QByteArray("[null]") << true << u"—"_s;
}

void TestAnswerDocument::formatsByType()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(bool, persian);
    QFETCH(QString, expected);
    auto f = AnswerField::fromJson(QJsonDocument::fromJson(field).object());
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().detail()));
    const QJsonValue v = QJsonDocument::fromJson(value).array().at(0);
    QCOMPARE(AnswerForm::format(
                 *f, v, persian ? AnswerForm::Language::Persian : AnswerForm::Language::English),
             expected);
}

void TestAnswerDocument::unknownKeysStillShow()
{
    const ServiceDefinition* debt = m_catalogue.find(u"debt-inquiry"_s);
    QVERIFY(debt);
    const QJsonObject result{
        {u"summary_fa"_s, u"بدهی"_s},
        {u"data"_s, QJsonObject{{u"levy_debt_rials"_s, 125000}, {u"new_member"_s, u"x"_s}}},
        {u"extra"_s, 7}};
    const AnswerForm form =
        AnswerForm::fromResult(debt->answerFields, result, AnswerForm::Language::Persian);
    QStringList labels;
    for (const AnswerLine& l : form.lines)
        labels << l.label;
    QVERIFY2(labels.contains(u"بدهی عوارض"_s), qPrintable(labels.join(u',')));
    QVERIFY2(labels.contains(u"new_member"_s), qPrintable(labels.join(u',')));
    QVERIFY2(labels.contains(u"extra"_s), qPrintable(labels.join(u',')));
    for (const AnswerLine& l : form.lines)
        if (l.key == u"new_member")
            QVERIFY(!l.known);
}

void TestAnswerDocument::sandboxShapesPerInquiry_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QStringList>("keys"); // members the answer's data must have
    QTest::addColumn<QString>("needle");   // a formatted value the form must show
    QTest::newRow("building permits, 1370s")
        << u"building-permit-status"_s << u"6-12-345-17-0-0-0"_s << QStringList{u"permits"_s}
        << u"۱۳۷۵/۰۶/۱۴"_s;
    QTest::newRow("completion certificate")
        << u"completion-certificate-status"_s << u"7-3-88-41-0-0-0"_s
        << QStringList{u"certificates"_s} << u"6109-C"_s;
    QTest::newRow("structural completion")
        << u"structural-completion-status"_s << u"7-5-210-9-1-4-0"_s
        << QStringList{u"certificates"_s} << u"8203-S"_s;
    QTest::newRow("notary") << u"notary-inquiry"_s << u"6-12-345-17-0-0-0"_s
                            << QStringList{u"transfer_allowed"_s, u"levy_debt_rials"_s,
                                           u"completion_certificate_number"_s}
                            << u"7312-C"_s;
    QTest::newRow("bank, debt") << u"bank-inquiry"_s << u"12-2-57-130-0-0-0"_s
                                << QStringList{u"transfer_allowed"_s, u"levy_debt_rials"_s}
                                << u"۴٬۸۰۰٬۰۰۰ تومان"_s;
    QTest::newRow("levy debt") << u"debt-inquiry"_s << u"6-14-102-3-0-0-0"_s
                               << QStringList{u"levy_debt_rials"_s, u"bill_id"_s}
                               << u"۱٬۲۵۰٬۰۰۰ تومان"_s;
    QTest::newRow("business levy") << u"business-levy"_s << u"6-12-345-17-0-0-0"_s
                                   << QStringList{u"levy_rials"_s} << u"۱٬۸۵۰٬۰۰۰ تومان"_s;
    QTest::newRow("permitted height") << u"permitted-height"_s << u"6-12-345-17-0-0-0"_s
                                      << QStringList{u"permitted_height_m"_s} << u"۱۶٫۵ متر"_s;
    QTest::newRow("property file") << u"property-file"_s << u"6-12-345-17-0-0-0"_s
                                   << QStringList{u"plans"_s, u"permits"_s} << u"تعریض معبر"_s;
}

void TestAnswerDocument::sandboxShapesPerInquiry()
{
    QFETCH(QString, service);
    QFETCH(QString, property);
    QFETCH(QStringList, keys);
    QFETCH(QString, needle);
    const QJsonObject result = answerOf(service, property);
    const QJsonObject data = result.value(u"data"_s).toObject();
    for (const QString& key : keys)
        QVERIFY2(data.contains(key), qPrintable(key));
    const ServiceDefinition* def = m_catalogue.find(service);
    QVERIFY(def);
    // Every member the sandbox answers with is one the catalogue describes.
    const AnswerForm form =
        AnswerForm::fromResult(def->answerFields, result, AnswerForm::Language::Persian);
    QString shown;
    for (const AnswerLine& line : form.lines) {
        QVERIFY2(line.known, qPrintable(service + u": undescribed "_s + line.key));
        shown += line.label + u' ' + line.value + u' ' + line.columns.join(u' ');
        for (const QStringList& row : line.rows)
            shown += row.join(u' ') + u' ';
    }
    QVERIFY2(PersianText::comparisonKey(shown).contains(PersianText::comparisonKey(needle)),
             qPrintable(shown));
    QCOMPARE(form.answerHash.size(), 64);
}

void TestAnswerDocument::answerHashIsCanonical()
{
    // Members in any order, the same hash; any changed value, another hash.
    const QJsonObject a = QJsonDocument::fromJson(R"({"b":1,"a":{"y":16.5,"x":"ی"}})").object();
    const QJsonObject b =
        QJsonDocument::fromJson(R"({ "a": {"x":"ی", "y":16.5}, "b":1 })").object();
    QCOMPARE(AnswerHash::compute(kTracking, u"s"_s, a), AnswerHash::compute(kTracking, u"s"_s, b));
    QCOMPARE(
        AnswerHash::canonical(kTracking, u"s"_s, a),
        QByteArray(
            R"({"data":{"a":{"x":"ی","y":16.5},"b":1},"service_id":"s","tracking_code":"1404-KTD-000042"})"));
    QJsonObject c = a;
    c.insert(u"b"_s, 2);
    QVERIFY(AnswerHash::compute(kTracking, u"s"_s, a) != AnswerHash::compute(kTracking, u"s"_s, c));
    QVERIFY(AnswerHash::isWellFormed(AnswerHash::compute(kTracking, u"s"_s, a)));
    QVERIFY(!AnswerHash::isWellFormed(u"ABC"_s));
}

void TestAnswerDocument::printedAnswer_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("property");
    QTest::addColumn<bool>("training");
    QTest::addColumn<bool>("direct"); // a property file looked up directly: no tracking code
    QTest::addColumn<QStringList>("needles");
    QTest::newRow("building permits")
        << u"answer-permits"_s << u"building-permit-status"_s << u"6-12-345-17-0-0-0"_s << false
        << false << QStringList{u"پروانه ساختمانی"_s, u"تاریخ صدور"_s, u"۱۳۷۵/۰۶/۱۴"_s, u"7312"_s,
                                u"139812"_s,          u"تکمیل شده"_s};
    QTest::newRow("notary, training")
        << u"answer-notary-training"_s << u"notary-inquiry"_s << u"12-2-57-130-0-0-0"_s << true
        << false << QStringList{u"بدهی عوارض"_s, u"۴٬۸۰۰٬۰۰۰ تومان"_s, u"انتقال سند بلامانع است"_s,
                                u"خیر"_s,        u"آموزشی"_s,          u"فاقد اعتبار"_s};
    QTest::newRow("property file")
        << u"property-file-answer"_s << u"property-file"_s << u"6-12-345-17-0-0-0"_s << false
        << false << QStringList{u"پرونده ملک"_s, u"ارتفاع مجاز"_s,
                                u"۱۶٫۵ متر"_s,   u"طرح‌های پیرامون ملک"_s,
                                u"۱۳۷۵/۰۶/۱۴"_s, u"7312-C"_s};
    QTest::newRow("property file, direct")
        << u"property-file-direct"_s << u"property-file"_s << u"7-3-88-41-0-0-0"_s << false << true
        << QStringList{u"پرونده ملک"_s, u"۱۳۷۲/۰۹/۰۱"_s, u"6109"_s, u"نسخه برای آگاهی"_s};
}

void TestAnswerDocument::printedAnswer()
{
    QFETCH(QString, name);
    QFETCH(QString, service);
    QFETCH(QString, property);
    QFETCH(bool, training);
    QFETCH(bool, direct);
    QFETCH(QStringList, needles);
    const ServiceDefinition* def = m_catalogue.find(service);
    QVERIFY(def);
    AnswerInput in;
    in.kind = service == u"property-file" ? DocumentKind::PropertyFile : DocumentKind::Answer;
    in.serviceName = def->nameFa;
    in.serviceId = service;
    in.fields = def->answerFields;
    in.officeName = u"دفتر پیشخوان شماره ۱۲ اصفهان"_s;
    in.officeCode = u"IF-1001"_s;
    in.printedAt = tehranMs(2025, 3, 23, 9, 30);
    in.training = training;
    const QJsonObject result = answerOf(service, property);
    if (direct) {
        in.result = QJsonObject{{u"data"_s, result.value(u"data"_s)}};
    } else {
        in.trackingCode = kTracking;
        in.nationalCode = kNationalCode;
        in.answeredAt = tehranMs(2025, 3, 22, 14, 5);
        in.result = result;
    }
    auto doc = AnswerDocument::printable(in, AnswerDocument::Language::Persian);
    QVERIFY(doc.ok());
    QCOMPARE(doc->kind, in.kind);
    QCOMPARE(doc->images.isEmpty(), direct);
    if (!direct) {
        const QString qr = AnswerDocument::qrText(in);
        QVERIFY(qr.startsWith(MunicipalContact::followUpSite()));
        QVERIFY(qr.contains(kTracking));
        QVERIFY(qr.contains(result.value(u"answer_hash"_s).toString()));
    }
    const QString pdf = m_out + u'/' + name + u".pdf"_s;
    QFile::remove(pdf);
    const Status written = PdfDocumentWriter::write(*doc, PaperSize::A5, pdf);
    QVERIFY(written.ok());
    const QString text = pdfText(pdf);
    needles << u"شهرداری اصفهان"_s << u"۱۴۰۴/۰۱/۰۳"_s << u"137"_s;
    if (!direct)
        needles << kTracking << u"******0899"_s << u"۱۴۰۴/۰۱/۰۲"_s;
    // A name with parentheses is not matched: bidi mirroring turns "(" into ")" in the glyphs.
    if (in.kind == DocumentKind::Answer)
        needles << def->nameFa << u"پاسخ استعلام شهروند"_s;
    const QStringList lost = missingFromPdfText(text, needles);
    QVERIFY2(lost.isEmpty(), qPrintable(u"missing "_s + lost.join(u" | "_s) + u"\n"_s + text));
    QVERIFY2(!text.contains(kNationalCode), "the national code is printed in full");
    QCOMPARE(PersianText::comparisonKey(text).contains(u"فاقد اعتبار"_s), training);
    QVERIFY(pdfToPng(pdf));
}

QTEST_MAIN(TestAnswerDocument)
#include "tst_answer_document.moc"
