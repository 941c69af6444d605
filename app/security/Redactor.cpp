#include "Redactor.h"

#include "core/DigitMask.h"

#include <QRegularExpression>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression& keyedSecret()
{
    // key, optional closing quote, separator, optional opening quote, then the value up to a
    // quote, comma, brace, ampersand or whitespace. "Bearer xyz" has a space as separator.
    static const QRegularExpression re(
        uR"((?i)((?:"|')?(?:[a-z_\-]*(?:token|otp|password|passwd|pwd|secret|pin|private_?key|api_?key|activation_?code|one_?time_?code|authorization)[a-z_\-]*|code|key)(?:"|')?\s*[:=]\s*(?:"|')?(?:bearer\s+)?)([^"'\s,&}]+))"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression& bearer()
{
    static const QRegularExpression re(uR"((?i)(\bbearer\s+)([^"'\s,&}]+))"_s);
    return re;
}

const QRegularExpression& digitRun()
{
    static const QRegularExpression re(uR"(\d(?:[ \-\x{200C}]?\d){7,})"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression& shortKeyedDigits()
{
    // Short numeric values after words like "code 4821" that the keyed rule misses because of
    // the wording ("code is 4821"): 4-7 digits right after code/otp/pin within a few words.
    static const QRegularExpression re(uR"((?i)\b(code|otp|pin|کد)\b([^\d\n]{0,12})(\d{4,7})\b)"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression& opaque()
{
    static const QRegularExpression re(uR"([A-Za-z0-9+/_\-=]{24,})"_s);
    return re;
}

template<typename Fn>
QString replaceAll(const QString& text, const QRegularExpression& re, Fn replacement)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement(m);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString Redactor::redact(const QString& text)
{
    QString s = replaceAll(text, keyedSecret(), [](const QRegularExpressionMatch& m) -> QString {
        return m.captured(1) + u"[redacted]"_s;
    });
    s = replaceAll(s, bearer(), [](const QRegularExpressionMatch& m) -> QString {
        return m.captured(1) + u"[redacted]"_s;
    });
    s = replaceAll(s, shortKeyedDigits(), [](const QRegularExpressionMatch& m) -> QString {
        return m.captured(1) + m.captured(2) + u"[redacted]"_s;
    });
    s = replaceAll(s, opaque(), [](const QRegularExpressionMatch& m) -> QString {
        const QString v = m.captured(0);
        bool letter = false, digit = false;
        for (QChar c : v) {
            letter = letter || c.isLetter();
            digit = digit || c.isDigit();
        }
        return letter && digit ? u"[redacted]"_s : v;
    });
    s = replaceAll(s, digitRun(), [](const QRegularExpressionMatch& m) -> QString {
        return DigitMask::mask(m.captured(0));
    });
    return s;
}

} // namespace pishkhan
