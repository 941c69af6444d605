#include "Money.h"

#include "PersianText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

Error overflowError()
{
    return Error(u"money.overflow"_s, QT_TRANSLATE_NOOP("Error", "The amount is too large."));
}

// Digits of |value| with a separator every three digits; unsigned so INT64_MIN works too.
QString groupDigits(quint64 magnitude, QChar separator)
{
    const QString digits = QString::number(magnitude);
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.append(separator);
        out.append(digits.at(i));
    }
    return out;
}

quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

// Amount in toman as text: thousands grouped, a non-zero rial remainder as one decimal.
QString tomanText(qint64 rials, QChar group, QChar decimal, QChar minus)
{
    const quint64 abs = magnitude(rials);
    QString out = groupDigits(abs / 10, group);
    if (abs % 10 != 0)
        out += decimal + QString::number(abs % 10);
    return rials < 0 ? minus + out : out;
}

bool isGroupSeparator(QChar c)
{
    return c == u',' || c.unicode() == 0x066C || c.unicode() == 0x060C || c.isSpace() ||
           c.unicode() == 0x200C || c == u'\'';
}

} // namespace

Result<Money> Money::fromToman(qint64 toman)
{
    qint64 rials = 0;
    if (__builtin_mul_overflow(toman, qint64(10), &rials))
        return overflowError();
    return Money(rials);
}

Result<Money> Money::parse(QStringView input, Unit defaultUnit)
{
    QString text;
    for (const QChar c : input) {
        if (!PersianText::isBidiOrInvisibleMark(c))
            text.append(c);
    }
    text = PersianText::foldDigits(text).trimmed();

    // The unit word, if any, trails the number.
    Unit unit = defaultUnit;
    static const struct
    {
        QStringView word;
        Unit unit;
    } unitWords[] = {{u"تومان", Unit::Toman}, {u"تومن", Unit::Toman}, {u"toman", Unit::Toman},
                     {u"ریال", Unit::Rial},   {u"ريال", Unit::Rial},  {u"rials", Unit::Rial},
                     {u"rial", Unit::Rial}};
    for (const auto& w : unitWords) {
        if (text.endsWith(w.word, Qt::CaseInsensitive)) {
            unit = w.unit;
            text.chop(w.word.size());
            text = text.trimmed();
            break;
        }
    }
    if (text.isEmpty())
        return Error(u"money.empty"_s, QT_TRANSLATE_NOOP("Error", "Enter the amount."));

    // Split on separators; each group after the first must have three digits, so "12,00" is
    // refused instead of being read as 1,200 or 12,000.
    QStringList groups;
    QString current;
    for (const QChar c : std::as_const(text)) {
        if (isGroupSeparator(c)) {
            if (current.isEmpty() && !groups.isEmpty())
                continue; // "12 ,000": a run of separators counts once
            groups.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    groups.append(current);

    qint64 value = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString& group = groups.at(g);
        if (!PersianText::isAsciiDigits(group))
            return Error(u"money.shape"_s,
                         QT_TRANSLATE_NOOP("Error", "Enter the amount as a whole number, like "
                                                    "12,000."));
        if (g > 0 && group.size() != 3)
            return Error(u"money.grouping"_s,
                         QT_TRANSLATE_NOOP("Error", "Thousands separators must be three digits "
                                                    "apart, like 12,000."));
        for (const QChar c : group) {
            if (__builtin_mul_overflow(value, qint64(10), &value) ||
                __builtin_add_overflow(value, qint64(c.unicode() - u'0'), &value))
                return overflowError();
        }
    }
    return unit == Unit::Toman ? fromToman(value) : Result<Money>(Money(value));
}

Result<Money> Money::add(Money other) const
{
    qint64 sum = 0;
    if (__builtin_add_overflow(m_rials, other.m_rials, &sum))
        return overflowError();
    return Money(sum);
}

Result<Money> Money::subtract(Money other) const
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_rials, other.m_rials, &difference))
        return overflowError();
    return Money(difference);
}

Result<Money> Money::multiply(qint64 count) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_rials, count, &product))
        return overflowError();
    return Money(product);
}

QString Money::displayToman() const
{
    // U+066C ARABIC THOUSANDS SEPARATOR and U+066B ARABIC DECIMAL SEPARATOR, as QLocale's fa_IR
    // data uses; U+2212 MINUS SIGN for the rare negative (a void in a report).
    return PersianText::toPersianDigits(
               tomanText(m_rials, QChar(0x066C), QChar(0x066B), QChar(0x2212))) +
           u" تومان"_s;
}

QString Money::displayTomanEnglish() const
{
    return tomanText(m_rials, u',', u'.', u'-') + u" toman"_s;
}

QString Money::displayRials() const
{
    const QString digits = groupDigits(magnitude(m_rials), QChar(0x066C));
    return PersianText::toPersianDigits(m_rials < 0 ? QChar(0x2212) + digits : digits) + u" ریال"_s;
}

QString Money::displayRialsEnglish() const
{
    const QString digits = groupDigits(magnitude(m_rials), u',');
    return (m_rials < 0 ? QChar(u'-') + digits : digits) +
           (magnitude(m_rials) == 1 ? u" rial"_s : u" rials"_s);
}

} // namespace pishkhan
