#pragma once

#include <QString>
#include <QStringView>

namespace pishkhan {

// Text helpers for what counters actually type: every mix of Persian, Arabic-Indic and ASCII
// digits, Arabic letters from Arabic keyboard layouts, and invisible bidi marks picked up by
// copy and paste. Identifiers and stored text use ASCII digits; Persian digits are for display.
class PersianText
{
public:
    PersianText() = delete;

    // Persian (U+06F0–06F9) and Arabic-Indic (U+0660–0669) digits become ASCII; nothing else
    // changes.
    [[nodiscard]] static QString foldDigits(QStringView text);

    // ASCII (and Arabic-Indic) digits become Persian digits, for display in a Persian UI.
    [[nodiscard]] static QString toPersianDigits(QStringView text);

    // Invisible characters that never belong in stored data: ZWSP, ZWJ, LRM/RLM, ALM,
    // LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI, word joiner, BOM. ZWNJ is not among them: it is a
    // letter-shaping character of Persian words.
    [[nodiscard]] static bool isBidiOrInvisibleMark(QChar c);

    // Identifier field input → folded digits with every space (any Unicode space), ZWNJ and
    // bidi/invisible mark removed. Other characters (letters, '+', '-') are left for the
    // identifier's own parser to accept or refuse.
    [[nodiscard]] static QString cleanIdentifier(QStringView input);

    // True when text is non-empty and only ASCII 0–9.
    [[nodiscard]] static bool isAsciiDigits(QStringView text);

    // Normalised Persian text for storage and search: Arabic ي ى → ی, ك → ک, digits folded to
    // ASCII, bidi marks removed, whitespace runs collapsed to one space, ZWNJ kept only between
    // two letters (repeats collapsed), trimmed, NFC.
    [[nodiscard]] static QString normalize(QStringView text);

    // normalize() after NFKC and without tatweel, for comparing text that came back from a PDF
    // as Arabic presentation forms with text typed at the counter. Not for storage.
    [[nodiscard]] static QString comparisonKey(QStringView text);

    // Wraps text in LRI … PDI so a Latin code or a digit group keeps its left-to-right order
    // inside a right-to-left sentence.
    [[nodiscard]] static QString isolateLtr(QStringView text);
};

} // namespace pishkhan
