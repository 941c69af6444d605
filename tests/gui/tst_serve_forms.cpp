// The catalogue's forms at the counter, by keyboard under Xvfb in Persian: each new identifier
// type (postal code, Sheba, card number, legal-entity id) and a registered plate's three parts
// typed wrong, the Persian error shown and the form refused, then typed right and accepted with
// the canonical value; a required choice left unset; the picker searched with Arabic letters,
// ZWNJ and Arabic-Indic digits, and its audience and pilot notes. One screenshot of a form with
// the new fields goes to <build>/gui-screenshots (and forms-shot.png next to the worktree).
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "counter/FieldSchema.h"
#include "counter/ServeFlow.h"
#include "ui/Localization.h"
#include "ui/ServeFormStep.h"
#include "ui/ServePage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using Step = ServeFlow::Step;

namespace {
const QString kRenovationCode = u"6-12-345-17-0-0-0"_s;
const QString kOwner = u"0499370899"_s;

QString persian(const char* english)
{
    return QCoreApplication::translate("Error", english);
}
} // namespace

class TestServeForms : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QStringList m_problems;

    ServeFlow* flow() { return m_desk.window().servePage()->flow(); }
    ui::ServeFormStep* form() { return m_desk.window().findChild<ui::ServeFormStep*>(); }
    QString hint(const QString& field)
    {
        auto* label = m_desk.find<QLabel>(u"fieldHint_"_s + field);
        return label ? label->text() : u"(no hint label)"_s;
    }
    QString error() { return m_desk.find<QLabel>(u"serveError"_s)->text(); }
    QListWidget* list() { return m_desk.find<QListWidget>(u"serviceList"_s); }
    QString currentService()
    {
        QListWidgetItem* item = list()->currentItem();
        return item ? item->data(Qt::UserRole).toString() : QString();
    }
    QStringList listed()
    {
        QStringList ids;
        for (int i = 0; i < list()->count(); ++i)
            ids.append(list()->item(i)->data(Qt::UserRole).toString());
        return ids;
    }
    // Types into whatever has the focus, as a clerk does after Tab.
    static void typeHere(const QString& text) { GuiDesk::keys(QApplication::focusWidget(), text); }
    static void clearHere()
    {
        QWidget* w = QApplication::focusWidget();
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(w, Qt::Key_Backspace);
    }

    // A new citizen, then the picker with the search typed in.
    void reachPicker()
    {
        m_desk.window().servePage()->startOver();
        QTRY_VERIFY(m_desk.find(u"citizenNationalCode"_s)->hasFocus());
        m_desk.type(u"citizenNationalCode"_s, kOwner);
        m_desk.enter(u"citizenNationalCode"_s);
        QTRY_VERIFY(m_desk.find(u"citizenMobile"_s)->hasFocus());
        GuiDesk::keys(m_desk.find(u"citizenMobile"_s), u"09123456789"_s);
        m_desk.enter(u"citizenMobile"_s);
        QCOMPARE(flow()->step(), Step::Service);
        QTRY_VERIFY(m_desk.find(u"serviceSearch"_s)->hasFocus());
    }
    void search(const QString& query) { m_desk.type(u"serviceSearch"_s, query); }
    // The picker searched with `query` shows `serviceId` first; Enter opens its form.
    void openForm(const QString& query, const QString& serviceId)
    {
        reachPicker();
        search(query);
        QCOMPARE(currentService(), serviceId);
        m_desk.enter(u"serviceSearch"_s);
        QCOMPARE(flow()->step(), Step::Form);
        QCOMPARE(flow()->service()->id, serviceId);
    }
    // Focus on a field's first editor, as Tab from the previous field gives it.
    void focusField(const QString& field)
    {
        QWidget* first = form()->editors(field).value(0);
        QVERIFY(first);
        first->setFocus();
        QTRY_VERIFY(first->hasFocus());
    }
    void typeField(const QString& field, const QString& text)
    {
        focusField(field);
        clearHere();
        typeHere(text);
    }
    // Enter refuses the form: the step stays, the field's hint names what is wrong in Persian.
    void refused(const QString& field, const QString& message)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(flow()->step(), Step::Form);
        QCOMPARE(hint(field), message);
        QVERIFY2(error().isEmpty(), qPrintable(error())); // said once, under the field
        QVERIFY(form()->editors(field).value(0)->hasFocus() ||
                form()->editors(field).contains(QApplication::focusWidget()));
    }
    void accepted()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY2(flow()->step() == Step::Consent, qPrintable(error()));
    }

private slots:
    void initTestCase()
    {
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.start(u"sara"_s, u"سارا محمدی"_s, kAdminPassword));
        QVERIFY(persian("This postal code does not exist; check the digits.") !=
                u"This postal code does not exist; check the digits."_s);
    }

    void pickerFindsVariants_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("service");
        QTest::newRow("teh marbuta") << u"استرداد وجة"_s << u"refund-request"_s;
        QTest::newRow("arabic kaf, zwnj") << u"پرونده\u200Cملك"_s << u"property-file"_s;
        QTest::newRow("no space") << u"پروندهملک"_s << u"property-file"_s;
        QTest::newRow("arabic-indic digits") << u"ماده ١٠٠"_s << u"article-100-case-status"_s;
        QTest::newRow("ascii digits") << u"ماده 100"_s << u"article-100-case-status"_s;
        QTest::newRow("arabic yeh and kaf") << u"تخصيص كد"_s << u"renovation-code-assignment"_s;
        QTest::newRow("space for zwnj") << u"طرح های توسعه"_s << u"surrounding-plans"_s;
    }
    void pickerFindsVariants()
    {
        QFETCH(QString, query);
        QFETCH(QString, service);
        if (!flow() || flow()->step() != Step::Service)
            reachPicker();
        search(query);
        QVERIFY2(listed().contains(service), qPrintable(listed().join(u' ')));
        QCOMPARE(currentService(), service);
    }

    void pickerWithoutWordsListsAll()
    {
        reachPicker();
        search(QString());
        const int all = list()->count();
        QVERIFY(all >= 30);
        for (const QString& q : {u"   "_s, u"، ؟ !"_s, u"\u200C"_s}) {
            search(q);
            QCOMPARE(list()->count(), all);
        }
    }

    void pickerShowsAudienceAndPilotDistricts()
    {
        reachPicker();
        search(u"استرداد وجه"_s);
        QCOMPARE(currentService(), u"refund-request"_s);
        const QString refund = list()->currentItem()->text();
        QVERIFY2(refund.contains(u"آزمایشی: مناطق ۶، ۷ و ۱۲"_s), qPrintable(refund));
        QVERIFY2(refund.contains(u"ویژه شهروندان"_s), qPrintable(refund));
        search(u"ثبت تخلفات"_s);
        QCOMPARE(currentService(), u"violation-registration"_s);
        const QString engineers = list()->currentItem()->text();
        QVERIFY2(engineers.contains(u"مهندسان ناظر دارای شماره پروانه"_s), qPrintable(engineers));
        QVERIFY(!engineers.contains(u"آزمایشی"_s));
        search(u"استرداد"_s);
        m_problems += m_desk.screenshot(u"serve-picker-notes"_s);
    }

    void postalCodeAndPlate()
    {
        openForm(u"تخصيص كد نوسازي"_s, u"renovation-code-assignment"_s);

        // The plate: three edits, Tab walks section → main → sub, digits left to right.
        const QList<QWidget*> parts = form()->editors(u"registered_plate"_s);
        QCOMPARE(parts.size(), 3);
        QTRY_VERIFY(parts.at(0)->hasFocus()); // the first field gets the focus
        for (QWidget* part : parts) {
            QVERIFY(qobject_cast<QLineEdit*>(part));
            QCOMPARE(part->layoutDirection(), Qt::LeftToRight);
        }
        // Right to left on screen: the section is right of the main plate, the sub left of it.
        QVERIFY(parts.at(0)->mapToGlobal(QPoint()).x() > parts.at(1)->mapToGlobal(QPoint()).x());
        QVERIFY(parts.at(1)->mapToGlobal(QPoint()).x() > parts.at(2)->mapToGlobal(QPoint()).x());

        typeHere(u"۰"_s); // section 0
        QTest::keyClick(parts.at(0), Qt::Key_Tab);
        QVERIFY(parts.at(1)->hasFocus());
        typeHere(u"۱۲۳"_s);
        QTest::keyClick(parts.at(1), Qt::Key_Tab);
        QVERIFY(parts.at(2)->hasFocus());
        typeHere(u"۴"_s);
        const QString sectionError = persian("The registration section must be a positive "
                                             "number.");
        QCOMPARE(hint(u"registered_plate"_s), sectionError);
        refused(u"registered_plate"_s, sectionError);
        QVERIFY(parts.at(0)->hasFocus()); // back to the part to correct
        // Letters do not go into a part at all.
        typeHere(u"ab"_s);
        QCOMPARE(qobject_cast<QLineEdit*>(parts.at(0))->text(), u"۰"_s);
        clearHere();
        typeHere(u"٥"_s); // Arabic-Indic five
        QVERIFY(hint(u"registered_plate"_s).isEmpty());
        QCOMPARE(form()->inputs().value(u"registered_plate"_s), u"٥/۱۲۳/۴"_s);
        QTest::keyClick(parts.at(0), Qt::Key_Tab);
        QTest::keyClick(parts.at(1), Qt::Key_Tab);
        QTest::keyClick(parts.at(2), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form()->editors(u"owner_national_code"_s).value(0));
        typeHere(kOwner);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeHere(u"تهران،  خيابان   آزادی،  كوچه ۱۲"_s);

        // Postal code: wrong shape, too short, then right with Persian digits and a hyphen.
        const QString shape = persian("This postal code does not exist; check the digits.");
        typeField(u"postal_code"_s, u"0423437584"_s);
        QCOMPARE(hint(u"postal_code"_s), shape);
        refused(u"postal_code"_s, shape);
        // The form refusing: the Persian error under the field and under the form.
        m_problems += m_desk.screenshot(u"serve-form-new-fields"_s);
        // A copy beside the worktree, for a person to look at.
        const QString copy = QStringLiteral(PISHKHAN_SOURCE_DIR "/../forms-shot.png");
        QFile::remove(copy);
        QVERIFY(QFile::copy(
            QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots/fa-serve-form-new-fields.png"),
            copy));

        typeField(u"postal_code"_s, u"142386473"_s);
        refused(u"postal_code"_s, persian("Postal code must be 10 digits."));
        typeField(u"postal_code"_s, u"1111111111"_s);
        refused(u"postal_code"_s, persian("A postal code cannot be one repeated digit."));
        typeField(u"postal_code"_s, u"۱۱۹۳۶-۵۳۴۷۱"_s);
        QVERIFY(hint(u"postal_code"_s).isEmpty());

        accepted();
        const QJsonObject sent = flow()->formValues();
        QCOMPARE(sent.value(u"postal_code"_s).toString(), u"1193653471"_s);
        const QJsonObject plate = sent.value(u"registered_plate"_s).toObject();
        QCOMPARE(plate.value(u"section"_s).toInt(), 5);
        QCOMPARE(plate.value(u"main"_s).toInt(), 123);
        QCOMPARE(plate.value(u"sub"_s).toInt(), 4);
        // Arabic yeh and kaf, doubled spaces: sent as Persian text with one space.
        QCOMPARE(sent.value(u"address_fa"_s).toString(), u"تهران، خیابان آزادی، کوچه 12"_s);
    }

    void plateFilledAsOneText()
    {
        openForm(u"تخصيص كد"_s, u"renovation-code-assignment"_s);
        form()->fill(u"registered_plate"_s, u"۱۴/۲۱۵۳/۴۷"_s);
        const QList<QWidget*> parts = form()->editors(u"registered_plate"_s);
        QCOMPARE(qobject_cast<QLineEdit*>(parts.at(0))->text(), u"۱۴"_s);
        QCOMPARE(qobject_cast<QLineEdit*>(parts.at(1))->text(), u"۲۱۵۳"_s);
        QCOMPARE(qobject_cast<QLineEdit*>(parts.at(2))->text(), u"۴۷"_s);
        // A draft or a rejected request refills the field's one text through field().
        form()->field(u"registered_plate"_s)->setText(u"14-2153-47"_s);
        QCOMPARE(qobject_cast<QLineEdit*>(parts.at(0))->text(), u"14"_s);
        QCOMPARE(qobject_cast<QLineEdit*>(parts.at(2))->text(), u"47"_s);
        QCOMPARE(form()->inputs().value(u"registered_plate"_s), u"14/2153/47"_s);
        // An empty sub part is a plate without a sub plate.
        focusField(u"registered_plate"_s);
        QTest::keyClick(parts.at(0), Qt::Key_Tab);
        QTest::keyClick(parts.at(1), Qt::Key_Tab);
        clearHere();
        QVERIFY(hint(u"registered_plate"_s).isEmpty());
        // The main plate cleared: its own error.
        parts.at(1)->setFocus();
        clearHere();
        QCOMPARE(hint(u"registered_plate"_s), persian("The main plate must be a positive number."));
        QCOMPARE(form()->inputs().size(), 4); // one text per field, whatever the editors
    }

    void sheba()
    {
        openForm(u"استرداد وجة"_s, u"refund-request"_s);
        QTRY_VERIFY(form()->editors(u"renovation_code"_s).value(0)->hasFocus());
        typeHere(kRenovationCode);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeHere(kOwner);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeHere(u"۱۲۳۴۵۶۷۸"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeHere(u"۱۴۰۳/۰۷/۱۵"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form()->editors(u"refund_sheba"_s).value(0));
        QCOMPARE(form()->editors(u"refund_sheba"_s).value(0)->layoutDirection(), Qt::LeftToRight);
        QVERIFY(
            !qobject_cast<QLineEdit*>(QApplication::focusWidget())->placeholderText().isEmpty());
        typeHere(u"IR012345678901234567890123"_s);
        const QString checksum = persian("This Sheba number is not valid; check the digits.");
        QCOMPARE(hint(u"refund_sheba"_s), checksum);
        refused(u"refund_sheba"_s, checksum);
        typeField(u"refund_sheba"_s, u"IR8205401026800208179090"_s);
        refused(u"refund_sheba"_s, persian("A Sheba number is IR followed by 24 digits."));
        typeField(u"refund_sheba"_s, u"ir82 ۰۵۴۰ ۱۰۲۶ ۸۰۰۲ ۰۸۱۷ ۹۰۹۰ ۰۲"_s);
        QVERIFY(hint(u"refund_sheba"_s).isEmpty());
        accepted();
        QCOMPARE(flow()->formValues().value(u"refund_sheba"_s).toString(),
                 u"IR820540102680020817909002"_s);
    }

    void cardNumber()
    {
        openForm(u"اصالت فيش"_s, u"payment-verification"_s);
        typeField(u"payment_reference"_s, u"12345678"_s);
        typeField(u"payment_date"_s, u"1403/07/15"_s);
        typeField(u"payer_card"_s, u"6219861034529008"_s);
        const QString luhn = persian("This card number is not valid; check the digits.");
        QCOMPARE(hint(u"payer_card"_s), luhn);
        refused(u"payer_card"_s, luhn);
        typeField(u"payer_card"_s, u"۶۰۳۷ ۷۰۱۶ ۸۹۰۹ ۵۴۴"_s);
        refused(u"payer_card"_s, persian("Card number must be 16 digits."));
        typeField(u"payer_card"_s, u"۶۰۳۷-۷۰۱۶-۸۹۰۹-۵۴۴۳"_s);
        QVERIFY(hint(u"payer_card"_s).isEmpty());
        accepted();
        QCOMPARE(flow()->formValues().value(u"payer_card"_s).toString(), u"6037701689095443"_s);
    }

    void legalEntityId()
    {
        openForm(u"عوارض كسب"_s, u"business-levy"_s);
        typeField(u"renovation_code"_s, kRenovationCode);
        typeField(u"guild_id"_s, u"١٢٣٤٥٦٧"_s);
        for (const QString& bad : {u"10380284792"_s, u"09748208301"_s, u"11111111111"_s}) {
            typeField(u"company_national_id"_s, bad);
            const QString shown = hint(u"company_national_id"_s);
            QVERIFY2(!shown.isEmpty() && shown.contains(u"شناسه"_s), qPrintable(shown));
            refused(u"company_national_id"_s, shown);
        }
        typeField(u"company_national_id"_s, u"1038028479"_s);
        refused(u"company_national_id"_s,
                persian("A legal entity's national id must be 11 digits."));
        typeField(u"company_national_id"_s, u"١٠٣٨٠٢٨٤٧٩٠"_s);
        QVERIFY(hint(u"company_national_id"_s).isEmpty());
        accepted();
        QCOMPARE(flow()->formValues().value(u"company_national_id"_s).toString(), u"10380284790"_s);
        QCOMPARE(flow()->formValues().value(u"guild_id"_s).toString(), u"1234567"_s);
    }

    void requiredChoice()
    {
        openForm(u"تقسيط"_s, u"installment-request"_s);
        typeField(u"renovation_code"_s, kRenovationCode);
        typeField(u"owner_national_code"_s, kOwner);
        auto* combo = qobject_cast<QComboBox*>(form()->editors(u"installments"_s).value(0));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3); // required: no empty entry, nothing chosen yet
        QCOMPARE(combo->itemText(1), u"۱۲ قسط"_s);
        QCOMPARE(combo->currentIndex(), -1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), combo);
        refused(u"installments"_s, persian("This field is required."));
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), u"۱۲ قسط"_s);
        QVERIFY(hint(u"installments"_s).isEmpty());
        QCOMPARE(form()->inputs().value(u"installments"_s), u"12"_s);
        accepted(); // Enter on the closed combo goes on
        QCOMPARE(flow()->formValues().value(u"installments"_s).toString(), u"12"_s);
    }

    // An optional choice starts on an empty first entry and sends nothing until one is picked;
    // the combo lists the Persian labels and sends the values.
    void optionalChoice()
    {
        FieldSchema choice;
        choice.name = u"usage"_s;
        choice.type = FieldType::Choice;
        choice.labelFa = u"کاربری"_s;
        choice.choices = {{u"residential"_s, u"مسکونی"_s, u"Residential"_s},
                          {u"commercial"_s, u"تجاری"_s, u"Commercial"_s}};
        ui::ServeFormStep step;
        step.showForm(u"آزمون"_s, {choice});
        auto* combo = qobject_cast<QComboBox*>(step.editors(u"usage"_s).value(0));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(combo->itemText(0).isEmpty());
        QCOMPARE(combo->itemText(2), u"تجاری"_s);
        QCOMPARE(step.inputs().value(u"usage"_s), QString());
        QVERIFY(choice.validate(step.inputs().value(u"usage"_s))->isUndefined());
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(step.inputs().value(u"usage"_s), u"commercial"_s);
        QCOMPARE(step.field(u"usage"_s)->text(), u"commercial"_s);
        step.fill(u"usage"_s, u"مسکونی"_s); // a label picks its entry too
        QCOMPARE(combo->currentIndex(), 1);
        step.field(u"usage"_s)->setText(QString()); // a draft without a choice
        QCOMPARE(combo->currentIndex(), 0);
    }

    void nothingEmptyOrClipped()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestServeForms)
#include "tst_serve_forms.moc"
