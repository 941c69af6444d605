#include "AnswerForm.h"

#include "core/Money.h"
#include "core/PersianText.h"
#include "core/SolarHijri.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

using K = ReceiptLabels::Key;

bool isPersian(AnswerForm::Language language)
{
    return language == AnswerForm::Language::Persian;
}

QLocale localeOf(AnswerForm::Language language)
{
    return isPersian(language) ? QLocale(QLocale::Persian, QLocale::Iran)
                               : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString numberText(double value, AnswerForm::Language language)
{
    const QLocale locale = localeOf(language);
    if (value == double(qint64(value)))
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', 2).remove(QRegularExpression(u"[0۰]+$"_s));
}

QString plainText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return QString::fromUtf8(
        QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

// "1375/06/14" (Solar Hijri) or "1996-09-04" (ISO, Gregorian) to the Solar Hijri date in the
// document's digits; anything else as it came.
QString jalaliText(const QJsonValue& value, AnswerForm::Language language)
{
    const QString text = value.toString();
    // A Solar Hijri date is written with slashes; an ISO date with dashes and a year after
    // 1600 (QDate reads "1375/06/14" as a date of its own, so the shape decides, not a parse).
    QDate date;
    if (text.contains(u'/')) {
        const Result<QDate> parsed = SolarHijri::parse(text);
        if (parsed)
            date = *parsed;
    } else if (text.size() == 10 && text.at(4) == u'-') {
        date = QDate::fromString(text, Qt::ISODate);
    }
    if (!date.isValid())
        return PersianText::isolateLtr(text);
    return PersianText::isolateLtr(SolarHijri::formatDate(
        date, isPersian(language) ? SolarHijri::Digits::Persian : SolarHijri::Digits::Latin));
}

bool shown(const AnswerField& field)
{
    return field.type != AnswerFieldType::Hidden;
}

} // namespace

QString AnswerForm::formatUnknown(const QJsonValue& value, Language language)
{
    if (value.isNull() || value.isUndefined())
        return u"—"_s;
    if (value.isBool())
        return ReceiptLabels::text(value.toBool() ? K::Yes : K::No, language);
    if (value.isDouble())
        return numberText(value.toDouble(), language);
    if (value.isString())
        return value.toString();
    return PersianText::isolateLtr(plainText(value));
}

QString AnswerForm::format(const AnswerField& field, const QJsonValue& value, Language language)
{
    if (value.isNull() || value.isUndefined())
        return u"—"_s;
    switch (field.type) {
    case AnswerFieldType::Text:
    case AnswerFieldType::Hidden:
        return formatUnknown(value, language);
    case AnswerFieldType::Number:
        return value.isDouble() ? numberText(value.toDouble(), language)
                                : formatUnknown(value, language);
    case AnswerFieldType::YesNo:
        return value.isBool() ? ReceiptLabels::text(value.toBool() ? K::Yes : K::No, language)
                              : formatUnknown(value, language);
    case AnswerFieldType::JalaliDate:
        return jalaliText(value, language);
    case AnswerFieldType::Money:
        if (!value.isDouble())
            return formatUnknown(value, language);
        return isPersian(language) ? Money::fromRials(value.toInteger()).displayToman()
                                   : Money::fromRials(value.toInteger()).displayTomanEnglish();
    case AnswerFieldType::HeightM:
        if (!value.isDouble())
            return formatUnknown(value, language);
        return numberText(value.toDouble(), language) + u' ' +
               ReceiptLabels::text(K::Metre, language);
    case AnswerFieldType::PermitNumber:
        return PersianText::isolateLtr(plainText(value));
    case AnswerFieldType::StatusValue:
        return field.valueName(plainText(value), isPersian(language));
    case AnswerFieldType::List:
        return formatUnknown(value, language);
    }
    return formatUnknown(value, language);
}

QList<AnswerLine> AnswerForm::linesOf(const QList<AnswerField>& fields, const QJsonObject& data,
                                      Language language)
{
    QList<AnswerLine> lines;
    const bool persian = isPersian(language);
    QStringList described;
    for (const AnswerField& field : fields) {
        described.append(field.key);
        if (!data.contains(field.key) || !shown(field))
            continue;
        AnswerLine line;
        line.key = field.key;
        line.label = persian || field.labelEn.isEmpty() ? field.labelFa : field.labelEn;
        const QJsonValue value = data.value(field.key);
        if (field.type == AnswerFieldType::List && value.isArray()) {
            line.isList = true;
            // Described members first, in catalogue order; members it does not describe after
            // them under their raw keys.
            QList<const AnswerField*> columns;
            QStringList extraKeys;
            for (const AnswerField& item : field.items)
                if (shown(item)) {
                    columns.append(&item);
                    line.columns.append(persian || item.labelEn.isEmpty() ? item.labelFa
                                                                          : item.labelEn);
                }
            const QJsonArray elements = value.toArray();
            for (const QJsonValue& element : elements)
                for (const QString& key : element.toObject().keys()) {
                    const bool known =
                        std::any_of(field.items.cbegin(), field.items.cend(),
                                    [&](const AnswerField& i) { return i.key == key; });
                    if (!known && !extraKeys.contains(key))
                        extraKeys.append(key);
                }
            line.columns.append(extraKeys);
            for (const QJsonValue& element : elements) {
                const QJsonObject o = element.toObject();
                QStringList row;
                for (const AnswerField* item : columns)
                    row.append(format(*item, o.value(item->key), language));
                for (const QString& key : extraKeys)
                    row.append(formatUnknown(o.value(key), language));
                line.rows.append(row);
            }
            if (elements.isEmpty())
                line.value = ReceiptLabels::text(K::NoneListed, language);
        } else {
            line.value = format(field, value, language);
        }
        lines.append(line);
    }
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (described.contains(it.key()))
            continue;
        AnswerLine line;
        line.key = it.key();
        line.label = it.key();
        line.known = false;
        line.value = formatUnknown(it.value(), language);
        lines.append(line);
    }
    return lines;
}

AnswerForm AnswerForm::fromResult(const QList<AnswerField>& fields, const QJsonObject& result,
                                  Language language)
{
    AnswerForm form;
    const QString fa = result.value(u"summary_fa"_s).toString();
    const QString en = result.value(u"summary_en"_s).toString();
    form.summary = isPersian(language) || en.isEmpty() ? fa : en;
    form.answerHash = result.value(u"answer_hash"_s).toString();
    form.data = result.value(u"data"_s).toObject();
    form.lines = linesOf(fields, form.data, language);
    // Members of the envelope itself that this contract does not know still show.
    static const QStringList kEnvelope{u"summary_fa"_s, u"summary_en"_s, u"data"_s,
                                       u"answer_hash"_s};
    for (auto it = result.begin(); it != result.end(); ++it)
        if (!kEnvelope.contains(it.key()))
            form.lines.append(
                {it.key(), it.key(), formatUnknown(it.value(), language), false, false, {}, {}});
    return form;
}

} // namespace pishkhan
