// The catalogue's form fields: the identifier types (postal code, Sheba, card, legal-entity id)
// with every public vector, a registered plate typed as three parts, text normalised before it
// is checked and sent, choices, the picker's notes on a service, and the service search over
// the sandbox catalogue.

#include "SandboxCatalogue.h"
#include "counter/FieldSchema.h"
#include "counter/ServiceCatalogue.h"
#include "counter/ServiceDefinition.h"
#include "sandbox/FormValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using namespace pishkhan::test;

namespace {

FieldSchema fieldOf(const QString& type, bool required = true)
{
    FieldSchema f;
    f.name = u"the_field"_s;
    f.type = *fieldTypeFromName(type);
    f.required = required;
    return f;
}

} // namespace

class TestFieldSchema : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void typeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::newRow("postal_code") << u"postal_code"_s << int(FieldType::PostalCode);
        QTest::newRow("sheba") << u"sheba"_s << int(FieldType::Sheba);
        QTest::newRow("card_number") << u"card_number"_s << int(FieldType::CardNumber);
        QTest::newRow("legal_entity_id") << u"legal_entity_id"_s << int(FieldType::LegalEntityId);
        QTest::newRow("registered_plate")
            << u"registered_plate"_s << int(FieldType::RegisteredPlate);
    }
    void typeNames()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        const auto parsed = fieldTypeFromName(name);
        QVERIFY(parsed);
        QCOMPARE(int(*parsed), type);
        const auto field = FieldSchema::fromJson(
            QJsonObject{{u"name"_s, u"x"_s}, {u"type"_s, name}, {u"label_fa"_s, u"ایکس"_s}});
        QVERIFY(field);
        QCOMPARE(int(field->type), type);
        QVERIFY(!fieldTypeFromName(name.toUpper()));
    }

    // Every valid vector of shared/domain/identifiers.md, as typed at a counter, gives the
    // canonical value to send.
    void validValues_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("sent");
        const auto row = [](const char* tag, const QString& type, const QString& input,
                            const QString& sent) { QTest::newRow(tag) << type << input << sent; };
        row("postal 1", u"postal_code"_s, u"1193653471"_s, u"1193653471"_s);
        row("postal 2", u"postal_code"_s, u"3354355599"_s, u"3354355599"_s);
        row("postal hyphen persian", u"postal_code"_s, u"۱۱۹۳۶-۵۳۴۷۱"_s, u"1193653471"_s);
        row("postal arabic-indic spaced", u"postal_code"_s, u" ٣٣٥٤٣ ٥٥٥٩٩ "_s, u"3354355599"_s);
        row("postal bidi marks", u"postal_code"_s, u"\u200E1193653471\u200F"_s, u"1193653471"_s);
        row("sheba 1", u"sheba"_s, u"IR820540102680020817909002"_s,
            u"IR820540102680020817909002"_s);
        row("sheba 2", u"sheba"_s, u"IR550570022080013447370101"_s,
            u"IR550570022080013447370101"_s);
        row("sheba lower grouped", u"sheba"_s, u"ir82 0540 1026 8002 0817 9090 02"_s,
            u"IR820540102680020817909002"_s);
        row("sheba persian digits", u"sheba"_s, u"IR۵۵۰۵۷۰۰۲۲۰۸۰۰۱۳۴۴۷۳۷۰۱۰۱"_s,
            u"IR550570022080013447370101"_s);
        row("sheba digits only", u"sheba"_s, u"820540102680020817909002"_s,
            u"IR820540102680020817909002"_s);
        row("card 1", u"card_number"_s, u"6037701689095443"_s, u"6037701689095443"_s);
        row("card 2", u"card_number"_s, u"6219861034529007"_s, u"6219861034529007"_s);
        row("card grouped persian", u"card_number"_s, u"۶۰۳۷-۷۰۱۶-۸۹۰۹-۵۴۴۳"_s,
            u"6037701689095443"_s);
        row("card spaced arabic-indic", u"card_number"_s, u"٦٢١٩ ٨٦١٠ ٣٤٥٢ ٩٠٠٧"_s,
            u"6219861034529007"_s);
        const QStringList legal = {u"10380284790"_s, u"10100387143"_s, u"77111986110"_s,
                                   u"18061055669"_s, u"15292247120"_s, u"42118547230"_s};
        for (const QString& id : legal)
            QTest::addRow("legal %s", qPrintable(id)) << u"legal_entity_id"_s << id << id;
        row("legal persian", u"legal_entity_id"_s, u"۱۰۳۸۰۲۸۴۷۹۰"_s, u"10380284790"_s);
        row("legal arabic-indic", u"legal_entity_id"_s, u"١٠٣٨٠٢٨٤٧٩٠"_s, u"10380284790"_s);
    }
    void validValues()
    {
        QFETCH(QString, type);
        QFETCH(QString, input);
        QFETCH(QString, sent);
        const auto value = fieldOf(type).validate(input);
        QVERIFY2(value, qPrintable(value ? QString() : value.error().code()));
        QCOMPARE(value->toString(), sent);
    }

    // Every invalid vector of identifiers.md is refused with the core type's error, which names
    // the field and has a sentence for the clerk.
    void invalidValues_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        const auto row = [](const QString& type, const QString& input, const QString& code) {
            QTest::addRow("%s %s", qPrintable(type), qPrintable(input)) << type << input << code;
        };
        row(u"postal_code"_s, u"1111111111"_s, u"postal_code.repeated"_s);
        row(u"postal_code"_s, u"0423437584"_s, u"postal_code.shape"_s);
        row(u"postal_code"_s, u"142386473"_s, u"postal_code.length"_s);
        row(u"postal_code"_s, u"11936-5347a"_s, u"postal_code.characters"_s);
        row(u"card_number"_s, u"6219861034529008"_s, u"card.checksum"_s);
        row(u"card_number"_s, u"621986103452900"_s, u"card.length"_s);
        row(u"sheba"_s, u"IR012345678901234567890123"_s, u"sheba.checksum"_s);
        row(u"sheba"_s, u"DE820540102680020817909002"_s, u"sheba.country"_s);
        row(u"sheba"_s, u"IR82054010268002081790900"_s, u"sheba.length"_s);
        for (const char* id : {"10380284792", "10380285692", "09748208301", "11111111111",
                               "84735069516", "65399567978"})
            row(u"legal_entity_id"_s, QString::fromLatin1(id), u"legal_entity_id."_s);
        row(u"legal_entity_id"_s, u"1038028479"_s, u"legal_entity_id.length"_s);
        row(u"registered_plate"_s, u"0/123/4"_s, u"plate.section"_s);
        row(u"registered_plate"_s, u"/123/4"_s, u"plate.section"_s);
        row(u"registered_plate"_s, u"5//4"_s, u"plate.main"_s);
        row(u"registered_plate"_s, u"5/0/"_s, u"plate.main"_s);
        row(u"registered_plate"_s, u"5/123/1234567890"_s, u"plate.sub"_s);
        row(u"registered_plate"_s, u"5 123"_s, u"plate.missing"_s);
        row(u"registered_plate"_s, u"5/1/2/3"_s, u"plate.shape"_s);
    }
    void invalidValues()
    {
        QFETCH(QString, type);
        QFETCH(QString, input);
        QFETCH(QString, code);
        const auto value = fieldOf(type).validate(input);
        QVERIFY(!value);
        QVERIFY2(value.error().code().startsWith(code), qPrintable(value.error().code()));
        QCOMPARE(value.error().field(), u"the_field"_s);
        QVERIFY(!value.error().userMessage().isEmpty());
        // Optional or not, a wrong value is refused; only an empty one may be left out.
        QVERIFY(!fieldOf(type, false).validate(input));
    }

    void emptyValues_data()
    {
        QTest::addColumn<QString>("type");
        for (const char* type : {"postal_code", "sheba", "card_number", "legal_entity_id",
                                 "registered_plate", "choice"})
            QTest::newRow(type) << QString::fromLatin1(type);
    }
    void emptyValues()
    {
        QFETCH(QString, type);
        FieldSchema required = fieldOf(type, true);
        FieldSchema optional = fieldOf(type, false);
        required.choices = optional.choices = {{u"a"_s, u"الف"_s, u"A"_s}};
        // What an untouched form holds: nothing, spaces, or three empty plate parts.
        for (const QString& empty :
             {QString(), u"   "_s, required.joinParts({QString(), QString(), QString()})}) {
            const auto missing = required.validate(empty);
            QVERIFY(!missing);
            QCOMPARE(missing.error().code(), u"form.required"_s);
            QCOMPARE(missing.error().field(), u"the_field"_s);
            const auto left = optional.validate(empty);
            QVERIFY(left);
            QVERIFY(left->isUndefined());
        }
    }

    // The three edits of a plate travel as one text: joined, split back, checked per part.
    void plateParts_data()
    {
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<QString>("joined");
        QTest::addColumn<int>("section");
        QTest::addColumn<int>("mainPlate");
        QTest::addColumn<int>("sub");
        QTest::newRow("ascii") << QStringList{u"14"_s, u"2153"_s, u"47"_s} << u"14/2153/47"_s << 14
                               << 2153 << 47;
        QTest::newRow("persian digits")
            << QStringList{u"۵"_s, u"۱۲۳"_s, u"۴"_s} << u"۵/۱۲۳/۴"_s << 5 << 123 << 4;
        QTest::newRow("arabic-indic digits")
            << QStringList{u"٥"_s, u"١٢٣"_s, u"٤"_s} << u"٥/١٢٣/٤"_s << 5 << 123 << 4;
        QTest::newRow("no sub plate")
            << QStringList{u"5"_s, u"123"_s, QString()} << u"5/123/"_s << 5 << 123 << 0;
        QTest::newRow("spaces trimmed")
            << QStringList{u" 5 "_s, u"123 "_s, u" 4"_s} << u"5/123/4"_s << 5 << 123 << 4;
        QTest::newRow("leading zeros")
            << QStringList{u"05"_s, u"0123"_s, u"0"_s} << u"05/0123/0"_s << 5 << 123 << 0;
    }
    void plateParts()
    {
        QFETCH(QStringList, parts);
        QFETCH(QString, joined);
        QFETCH(int, section);
        QFETCH(int, mainPlate);
        QFETCH(int, sub);
        const FieldSchema plate = fieldOf(u"registered_plate"_s);
        QCOMPARE(plate.partCount(), 3);
        QCOMPARE(plate.joinParts(parts), joined);
        QStringList trimmed;
        for (const QString& p : parts)
            trimmed.append(p.trimmed());
        QCOMPARE(plate.splitParts(joined), trimmed);
        const auto value = plate.validate(joined);
        QVERIFY2(value, qPrintable(value ? QString() : value.error().code()));
        const QJsonObject o = value->toObject();
        QCOMPARE(o.value(u"section"_s).toInt(), section);
        QCOMPARE(o.value(u"main"_s).toInt(), mainPlate);
        QCOMPARE(o.value(u"sub"_s).toInt(), sub);
    }

    // A plate kept as free text (older drafts, a rejected request) still splits into its parts.
    void plateSplitsFreeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("hyphens") << u"14-2153-47"_s << QStringList{u"14"_s, u"2153"_s, u"47"_s};
        QTest::newRow("labelled deed style")
            << u"پلاک ۴ فرعی از ۱۲۳ اصلی بخش ۵"_s << QStringList{u"5"_s, u"123"_s, u"4"_s};
        QTest::newRow("labelled without sub")
            << u"بخش ۵ اصلی ۱۲۳"_s << QStringList{u"5"_s, u"123"_s, QString()};
        QTest::newRow("unreadable kept whole")
            << u"سند قدیمی"_s << QStringList{u"سند قدیمی"_s, QString(), QString()};
        QTest::newRow("empty") << QString() << QStringList{QString(), QString(), QString()};
    }
    void plateSplitsFreeText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, parts);
        QCOMPARE(fieldOf(u"registered_plate"_s).splitParts(text), parts);
    }

    void otherTypesHaveOnePart()
    {
        for (const char* type : {"text", "postal_code", "sheba", "choice", "renovation_code"}) {
            const FieldSchema f = fieldOf(QString::fromLatin1(type));
            QCOMPARE(f.partCount(), 1);
            QCOMPARE(f.joinParts({u"abc"_s}), u"abc"_s);
            QCOMPARE(f.splitParts(u"abc"_s), QStringList{u"abc"_s});
        }
    }

    // What is sent is normalised: Persian letters for Arabic ones, ASCII digits, one space,
    // ZWNJ only inside words, no bidi marks.
    void textIsNormalised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("sent");
        QTest::newRow("arabic yeh and kaf") << u"كوي مالكي"_s << u"کوی مالکی"_s;
        QTest::newRow("alef maksura") << u"مصطفى"_s << u"مصطفی"_s;
        QTest::newRow("spaces collapsed and trimmed")
            << u"  خیابان   آزادی\t کوچه  "_s << u"خیابان آزادی کوچه"_s;
        QTest::newRow("nbsp") << u"خیابان\u00A0آزادی"_s << u"خیابان آزادی"_s;
        QTest::newRow("zwnj kept inside a word") << u"می\u200Cشود"_s << u"می\u200Cشود"_s;
        QTest::newRow("zwnj repeats collapsed") << u"می\u200C\u200Cشود"_s << u"می\u200Cشود"_s;
        QTest::newRow("stray zwnj next to a space") << u"می \u200Cشود"_s << u"می شود"_s;
        QTest::newRow("zwnj at the end") << u"کتاب\u200C"_s << u"کتاب"_s;
        QTest::newRow("persian digits") << u"پلاک ۱۲ واحد ٣"_s << u"پلاک 12 واحد 3"_s;
        QTest::newRow("bidi marks") << u"\u200Fتهران\u200E"_s << u"تهران"_s;
    }
    void textIsNormalised()
    {
        QFETCH(QString, input);
        QFETCH(QString, sent);
        const auto value = fieldOf(u"text"_s).validate(input);
        QVERIFY(value);
        QCOMPARE(value->toString(), sent);
    }

    void choiceSendsTheValue_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("sent");
        QTest::newRow("value") << u"residential"_s << u"residential"_s;
        QTest::newRow("persian label") << u"مسکونی"_s << u"residential"_s;
        QTest::newRow("label typed with arabic yeh") << u"تجاري"_s << u"commercial"_s;
        QTest::newRow("english label") << u"Commercial"_s << u"commercial"_s;
        QTest::newRow("unknown") << u"industrial"_s << QString();
    }
    void choiceSendsTheValue()
    {
        QFETCH(QString, input);
        QFETCH(QString, sent);
        FieldSchema f = fieldOf(u"choice"_s);
        f.choices = {{u"residential"_s, u"مسکونی"_s, u"Residential"_s},
                     {u"commercial"_s, u"تجاری"_s, u"Commercial"_s}};
        const auto value = f.validate(input);
        if (sent.isEmpty()) {
            QVERIFY(!value);
            QCOMPARE(value.error().code(), u"form.choice"_s);
            return;
        }
        QVERIFY(value);
        QCOMPARE(value->toString(), sent);
    }

    void pickerNotes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("english");
        QTest::addColumn<QString>("persianPilot");
        QTest::newRow("public") << u"property-file"_s << QStringList{u"For citizens"_s}
                                << QString();
        QTest::newRow("engineers")
            << u"violation-registration"_s
            << QStringList{u"For supervising engineers with a licence number"_s} << QString();
        QTest::newRow("pilot") << u"refund-request"_s
                               << QStringList{u"For citizens"_s, u"Pilot: districts 6, 7 and 12"_s}
                               << u"Pilot: districts ۶، ۷ و ۱۲"_s;
    }
    void pickerNotes()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, english);
        QFETCH(QString, persianPilot);
        const ServiceCatalogue catalogue = sandboxCatalogue();
        const ServiceDefinition* s = catalogue.find(id);
        QVERIFY(s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(s->pickerNotes(), english);
        // No translator is loaded here: the Persian sentence is checked on screen by
        // tst_serve_forms; this checks the digits and separators chosen for Persian.
        QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
        QCOMPARE(s->pilotText(), persianPilot);
    }

    void onePilotDistrict()
    {
        ServiceDefinition s;
        s.pilot = true;
        s.districts = {12};
        QCOMPARE(s.pilotText(), u"Pilot: district 12"_s);
        s.districts = {12, 6};
        QCOMPARE(s.pilotText(), u"Pilot: districts 6 and 12"_s);
        s.pilot = false;
        QVERIFY(s.pilotText().isEmpty());
        s.audience = u"robots"_s;
        QVERIFY(s.pickerNotes().isEmpty());
    }

    // The sandbox catalogue asks for the new identifiers where a real service would, never as a
    // required field of a form the existing journeys fill.
    void catalogueUsesTheNewTypes_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("type");
        QTest::newRow("refund to a sheba")
            << u"refund-request"_s << u"refund_sheba"_s << int(FieldType::Sheba);
        QTest::newRow("postal code of the property")
            << u"renovation-code-assignment"_s << u"postal_code"_s << int(FieldType::PostalCode);
        QTest::newRow("card that paid")
            << u"payment-verification"_s << u"payer_card"_s << int(FieldType::CardNumber);
        QTest::newRow("company of a business")
            << u"business-levy"_s << u"company_national_id"_s << int(FieldType::LegalEntityId);
    }
    void catalogueUsesTheNewTypes()
    {
        QFETCH(QString, service);
        QFETCH(QString, field);
        QFETCH(int, type);
        const ServiceCatalogue catalogue = sandboxCatalogue();
        QCOMPARE(catalogue.services().size(), 34);
        const ServiceDefinition* s = catalogue.find(service);
        QVERIFY(s);
        bool found = false;
        for (const FieldSchema& f : s->fields) {
            if (f.name != field)
                continue;
            found = true;
            QCOMPARE(int(f.type), type);
            QVERIFY(!f.required);
            QVERIFY(!f.labelFa.isEmpty());
        }
        QVERIFY(found);
    }

    // The picker's search over the sandbox catalogue, typed every way a counter types.
    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // an id among the results; empty = every service
        const auto row = [](const char* tag, const QString& query, const QString& id) {
            QTest::newRow(tag) << query << id;
        };
        row("as written", u"پرونده ملک"_s, u"property-file"_s);
        row("arabic kaf", u"پرونده ملك"_s, u"property-file"_s);
        row("zwnj between words", u"پرونده\u200Cملک"_s, u"property-file"_s);
        row("no space", u"پروندهملک"_s, u"property-file"_s);
        row("space for zwnj", u"طرح های توسعه"_s, u"surrounding-plans"_s);
        row("no zwnj", u"طرحهای توسعه"_s, u"surrounding-plans"_s);
        row("arabic yeh", u"اصالت فيش"_s, u"payment-verification"_s);
        row("teh marbuta", u"استرداد وجة"_s, u"refund-request"_s);
        row("alef hamza", u"أستعلام ارتفاع"_s, u"permitted-height"_s);
        row("ascii digits", u"ماده 100"_s, u"article-100-case-status"_s);
        row("persian digits", u"ماده ۱۰۰"_s, u"article-100-case-status"_s);
        row("arabic-indic digits", u"ماده ١٠٠"_s, u"article-100-case-status"_s);
        row("english any case", u"PROPERTY File"_s, u"property-file"_s);
        row("id", u"refund-request"_s, u"refund-request"_s);
        row("empty", QString(), QString());
        row("spaces", u"     "_s, QString());
        row("punctuation", u" ، ؟ ... ! - "_s, QString());
        row("zwnj only", u"\u200C"_s, QString());
    }
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const ServiceCatalogue catalogue = sandboxCatalogue();
        const auto found = catalogue.search(query);
        if (expected.isEmpty()) {
            QCOMPARE(found.size(), catalogue.search({}).size());
            QVERIFY(found.size() >= 30);
            return;
        }
        QStringList ids;
        for (const ServiceDefinition* s : found)
            ids.append(s->id);
        QVERIFY2(ids.contains(expected), qPrintable(ids.join(u' ')));
        QVERIFY(ids.size() < catalogue.search({}).size());
    }

    // The sandbox checks the same four types with the same core rules: what the client sends
    // passes, what the client refuses is field-invalid naming the field, a non-string is
    // field-type; card, Sheba and postal code are kept masked.
    void sandboxValidator_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem"); // empty = accepted
        QTest::addColumn<QString>("stored");
        const auto row = [](const char* tag, const char* type, const QJsonValue& value,
                            const QString& problem, const QString& stored = {}) {
            QTest::newRow(tag) << QString::fromLatin1(type) << value << problem << stored;
        };
        row("postal", "postal_code", u"1193653471"_s, {}, u"11936-*****"_s);
        row("postal persian", "postal_code", u"۳۳۵۴۳-۵۵۵۹۹"_s, {}, u"33543-*****"_s);
        row("postal repeated", "postal_code", u"1111111111"_s, u"field-invalid"_s);
        row("postal shape", "postal_code", u"0423437584"_s, u"field-invalid"_s);
        row("postal short", "postal_code", u"142386473"_s, u"field-invalid"_s);
        row("postal number", "postal_code", 1193653471.0, u"field-type"_s);
        row("sheba", "sheba", u"IR820540102680020817909002"_s, {},
            u"IR82 **** **** **** **** **90 02"_s);
        row("sheba checksum", "sheba", u"IR012345678901234567890123"_s, u"field-invalid"_s);
        row("sheba object", "sheba", QJsonObject{}, u"field-type"_s);
        row("card", "card_number", u"6219861034529007"_s, {}, u"6219-86**-****-9007"_s);
        row("card luhn", "card_number", u"6219861034529008"_s, u"field-invalid"_s);
        row("card number", "card_number", 6219861034529007.0, u"field-type"_s);
        row("legal", "legal_entity_id", u"10380284790"_s, {}, u"10380284790"_s);
        for (const char* id : {"10380284792", "10380285692", "09748208301", "11111111111",
                               "84735069516", "65399567978"})
            QTest::addRow("legal %s", id)
                << u"legal_entity_id"_s << QJsonValue(QString::fromLatin1(id)) << u"field-invalid"_s
                << QString();
        row("legal bool", "legal_entity_id", true, u"field-type"_s);
    }
    void sandboxValidator()
    {
        QFETCH(QString, type);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        QFETCH(QString, stored);
        const QJsonObject service{
            {u"fields"_s, QJsonArray{QJsonObject{
                              {u"name"_s, u"x"_s}, {u"type"_s, type}, {u"required"_s, false}}}}};
        sandbox::FormValidator::Checked checked;
        const auto found = sandbox::FormValidator::check(service, QJsonObject{{u"x"_s, value}},
                                                         u"/fields"_s, checked);
        if (problem.isEmpty()) {
            QVERIFY2(!found, qPrintable(found ? found->detail() : QString()));
            QCOMPARE(checked.stored.value(u"x"_s).toString(), stored);
            // The client sends the same canonical value the sandbox works with.
            const auto client = fieldOf(type).validate(value.toString());
            QVERIFY(client);
            QCOMPARE(checked.normalised.value(u"x"_s), *client);
            return;
        }
        QVERIFY(found);
        QCOMPARE(found->slug(), problem);
        QCOMPARE(found->pointer(), u"/fields/x"_s);
        QVERIFY(found->detail().startsWith(u"x"_s));
        if (value.isString())
            QVERIFY(!fieldOf(type).validate(value.toString())); // the client refuses it too
    }

    void searchNeverCrashes()
    {
        const ServiceCatalogue catalogue = sandboxCatalogue();
        const QList<QString> odd = {QString(QChar(0xD800)), u"\uFFFF\u0000"_s,
                                    QString(5000, u'ك'),    u"🏠🏠"_s,
                                    u"\u202E\u2066"_s,      u"%s %n \\"_s};
        for (const QString& q : odd)
            (void)catalogue.search(q);
        QVERIFY(catalogue.search(u"no such service at all"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldSchema)
#include "tst_field_schema.moc"
