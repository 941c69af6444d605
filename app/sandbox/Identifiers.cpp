#include "Identifiers.h"

#include "core/DigitMask.h"
#include "core/MobileNumber.h"
#include "core/NationalCode.h"

#include <QCalendar>
#include <QRegularExpression>
#include <QStringList>

namespace pishkhan::sandbox {

namespace {

const char* const kRenovationParts[] = {"district", "area",      "block", "property",
                                        "building", "apartment", "shop"};

bool isIgnorable(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0x200C || c == 0x200E || c == 0x200F ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x00A0;
}

std::optional<qint64> nonNegativeInt(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 9999999999.0 || d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace

QString Identifiers::clean(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isIgnorable(c))
            continue;
        if (c >= 0x06F0 && c <= 0x06F9)
            out.append(QChar(u'0' + (c - 0x06F0)));
        else if (c >= 0x0660 && c <= 0x0669)
            out.append(QChar(u'0' + (c - 0x0660)));
        else
            out.append(ch);
    }
    return out;
}

std::optional<QString> Identifiers::nationalCode(const QString& text)
{
    auto code = NationalCode::parse(text);
    return code ? std::optional<QString>(code->canonical()) : std::nullopt;
}

std::optional<QString> Identifiers::mobile(const QString& text)
{
    auto number = MobileNumber::parse(text);
    return number ? std::optional<QString>(number->canonical()) : std::nullopt;
}

std::optional<QJsonObject> Identifiers::renovationCode(const QJsonValue& value)
{
    if (value.isString())
        return renovationCode(value.toString());
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject in = value.toObject();
    if (in.size() != 7)
        return std::nullopt;
    QJsonObject out;
    for (const char* part : kRenovationParts) {
        const auto n = nonNegativeInt(in.value(QLatin1StringView(part)));
        if (!n)
            return std::nullopt;
        out.insert(QLatin1StringView(part), static_cast<double>(*n));
    }
    const int district = out.value(QStringLiteral("district")).toInt();
    if (district < 1 || district > 16)
        return std::nullopt;
    return out;
}

std::optional<QJsonObject> Identifiers::renovationCode(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{1,6}(?:-[0-9]{1,6}){6}$"));
    const QString cleaned = clean(text);
    if (!shape.match(cleaned).hasMatch())
        return std::nullopt;
    const QStringList parts = cleaned.split(u'-');
    QJsonObject obj;
    for (int i = 0; i < 7; ++i)
        obj.insert(QLatin1StringView(kRenovationParts[i]), parts.at(i).toInt());
    return renovationCode(QJsonValue(obj));
}

QString Identifiers::renovationCodeText(const QJsonObject& code)
{
    QStringList parts;
    for (const char* part : kRenovationParts)
        parts.append(QString::number(code.value(QLatin1StringView(part)).toInteger()));
    return parts.join(u'-');
}

std::optional<QJsonObject> Identifiers::registeredPlate(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject in = value.toObject();
    if (in.size() != 3)
        return std::nullopt;
    const auto section = nonNegativeInt(in.value(QStringLiteral("section")));
    const auto main = nonNegativeInt(in.value(QStringLiteral("main")));
    const auto sub = nonNegativeInt(in.value(QStringLiteral("sub")));
    if (!section || !main || !sub || *section < 1 || *main < 1)
        return std::nullopt;
    return QJsonObject{{QStringLiteral("section"), static_cast<double>(*section)},
                       {QStringLiteral("main"), static_cast<double>(*main)},
                       {QStringLiteral("sub"), static_cast<double>(*sub)}};
}

std::optional<QDate> Identifiers::jalaliDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(1[0-9]{3})/([0-9]{2})/([0-9]{2})$"));
    const auto match = shape.match(clean(text));
    if (!match.hasMatch())
        return std::nullopt;
    const QCalendar jalali(QCalendar::System::Jalali);
    const QDate date = jalali.dateFromParts(match.captured(1).toInt(), match.captured(2).toInt(),
                                            match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString Identifiers::gregorianOfJalali(const QString& text)
{
    const auto date = jalaliDate(text);
    return date ? date->toString(Qt::ISODate) : QString();
}

QString Identifiers::mask(const QString& identifier)
{
    return DigitMask::mask(identifier);
}

} // namespace pishkhan::sandbox
