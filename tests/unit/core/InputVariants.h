#pragma once

// Ways a counter keyboard or a copy-and-paste mangles an ASCII identifier. Every valid vector
// is run through all of them, so a parser cannot pass with ASCII digits alone.

#include <QList>
#include <QString>

namespace pishkhan::test {

struct InputVariant
{
    const char* name;
    QString text;
};

inline QString mapDigits(const QString& ascii, char16_t zero)
{
    QString out;
    for (const QChar c : ascii)
        out.append(c.isDigit() && c.unicode() < 128 ? QChar(char16_t(zero + (c.unicode() - u'0')))
                                                    : c);
    return out;
}

inline QString everyN(const QString& text, qsizetype n, QChar insert)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && i % n == 0)
            out.append(insert);
        out.append(text.at(i));
    }
    return out;
}

inline QList<InputVariant> inputVariants(const QString& ascii)
{
    const QChar zwnj(0x200C), lrm(0x200E), rlm(0x200F), lri(0x2066), pdi(0x2069), rle(0x202B),
        pdf(0x202C), nbsp(0x00A0);
    return {
        {"ascii", ascii},
        {"persian", mapDigits(ascii, 0x06F0)},
        {"arabic-indic", mapDigits(ascii, 0x0660)},
        {"mixed", mapDigits(ascii.left(ascii.size() / 2), 0x06F0) +
                      mapDigits(ascii.mid(ascii.size() / 2), 0x0660)},
        {"spaces", QStringLiteral("  ") + everyN(ascii, 3, u' ') + QStringLiteral(" ")},
        {"nbsp", everyN(ascii, 4, nbsp)},
        {"zwnj", everyN(mapDigits(ascii, 0x06F0), 2, zwnj)},
        {"lrm-rlm", lrm + ascii + rlm},
        {"isolate", lri + mapDigits(ascii, 0x06F0) + pdi},
        {"embedding", rle + everyN(ascii, 5, lrm) + pdf},
    };
}

} // namespace pishkhan::test
