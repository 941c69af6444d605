#include "PersianText.h"

namespace pishkhan {

namespace {

constexpr char16_t kZwnj = 0x200C;
constexpr char16_t kLri = 0x2066;
constexpr char16_t kPdi = 0x2069;

// -1 when c is not a digit of any of the three scripts a counter keyboard produces.
int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0x06F0 && u <= 0x06F9)
        return u - 0x06F0;
    if (u >= 0x0660 && u <= 0x0669)
        return u - 0x0660;
    return -1;
}

QChar foldLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x064A: // ARABIC LETTER YEH
    case 0x0649: // ARABIC LETTER ALEF MAKSURA
        return QChar(0x06CC);
    case 0x0643: // ARABIC LETTER KAF
        return QChar(0x06A9);
    default:
        return c;
    }
}

bool isSpaceLike(QChar c)
{
    // QChar::isSpace covers NBSP and the other Zs characters; tabs and newlines come from
    // pasting out of spreadsheets.
    return c.isSpace();
}

// A ZWNJ only shapes the letters on both its sides; next to a space, a digit or the end of the
// text it is a stray keystroke.
bool isWordChar(QChar c)
{
    // Diacritics (harakat) count: "مُ‌ست" keeps its ZWNJ after the damma.
    return c.isLetter() || c.isMark();
}

bool joinsLetters(QChar before, QChar after)
{
    return isWordChar(before) && isWordChar(after);
}

} // namespace

QString PersianText::foldDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const int d = digitValue(c);
        out.append(d >= 0 ? QChar(u'0' + d) : c);
    }
    return out;
}

QString PersianText::toPersianDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const int d = digitValue(c);
        out.append(d >= 0 ? QChar(char16_t(0x06F0 + d)) : c);
    }
    return out;
}

bool PersianText::isBidiOrInvisibleMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200B                     // ZERO WIDTH SPACE
           || u == 0x200D                  // ZERO WIDTH JOINER
           || u == 0x200E || u == 0x200F   // LRM, RLM
           || u == 0x061C                  // ARABIC LETTER MARK
           || (u >= 0x202A && u <= 0x202E) // LRE, RLE, PDF, LRO, RLO
           || (u >= 0x2066 && u <= 0x2069) // LRI, RLI, FSI, PDI
           || u == 0x2060                  // WORD JOINER
           || u == 0xFEFF;                 // BOM / ZWNBSP
}

QString PersianText::cleanIdentifier(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        if (isSpaceLike(c) || c.unicode() == kZwnj || isBidiOrInvisibleMark(c))
            continue;
        const int d = digitValue(c);
        out.append(d >= 0 ? QChar(u'0' + d) : c);
    }
    return out;
}

bool PersianText::isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

QString PersianText::normalize(QStringView text)
{
    // First pass: fold letters and digits, drop bidi marks, turn whitespace runs into single
    // spaces and ZWNJ runs into single ZWNJs.
    QString folded;
    folded.reserve(text.size());
    for (const QChar raw : text) {
        if (isBidiOrInvisibleMark(raw))
            continue;
        if (isSpaceLike(raw)) {
            if (!folded.isEmpty() && folded.back() != u' ')
                folded.append(u' ');
            continue;
        }
        if (raw.unicode() == kZwnj) {
            if (!folded.isEmpty() && folded.back() != QChar(kZwnj))
                folded.append(QChar(kZwnj));
            continue;
        }
        const int d = digitValue(raw);
        folded.append(d >= 0 ? QChar(u'0' + d) : foldLetter(raw));
    }

    // Second pass: keep a ZWNJ only where it sits between two letters.
    QString out;
    out.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c.unicode() == kZwnj) {
            const QChar before = out.isEmpty() ? QChar() : out.back();
            const QChar after = i + 1 < folded.size() ? folded.at(i + 1) : QChar();
            if (!joinsLetters(before, after))
                continue;
        }
        out.append(c);
    }
    return out.trimmed().normalized(QString::NormalizationForm_C);
}

QString PersianText::comparisonKey(QStringView text)
{
    QString decomposed = text.toString().normalized(QString::NormalizationForm_KC);
    decomposed.remove(QChar(0x0640)); // tatweel: justification only, no meaning
    return normalize(decomposed);
}

QString PersianText::isolateLtr(QStringView text)
{
    return QChar(kLri) + text + QChar(kPdi);
}

} // namespace pishkhan
