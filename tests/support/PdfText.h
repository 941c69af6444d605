#pragma once

// Reading a rendered PDF back for the document tests: pdftotext (poppler-utils) for
// the text, pdftoppm for a PNG of page 1 a person can look at.

#include "core/PersianText.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace pishkhan::test {

inline QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline bool pdfToPng(const QString& pdf)
{
    const QString base = pdf.left(pdf.size() - 4);
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"),
             QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
             QStringLiteral("-singlefile"), pdf, base});
    p.waitForFinished(60000);
    return QFileInfo(base + QStringLiteral(".png")).size() > 1000;
}

// Every needle must appear in the text once both are NFKC-normalised (comparisonKey also folds
// Persian digits, so "۱۴۰۴/۰۱/۰۲" and "1404/01/02" compare equal — but a code read backwards
// such as "000042-KTD-1404" does not). Spaces are dropped on both sides: pdftotext wraps each
// number run in LRE ... PDF and moves the space before the number inside that run, so
// "8,000 toman" comes back with the space on the wrong side: an extraction artefact, not the
// order of the characters.
inline QString pdfTextKey(const QString& text)
{
    QString k = PersianText::comparisonKey(text);
    k.remove(QRegularExpression(QStringLiteral("\\s")));
    k.remove(QChar(0x200C)); // pdftotext drops the zero-width non-joiner
    return k;
}

inline QStringList missingFromPdfText(const QString& text, const QStringList& needles)
{
    const QString hay = pdfTextKey(text);
    QStringList out;
    for (const QString& n : needles)
        if (!hay.contains(pdfTextKey(n)))
            out << n;
    return out;
}

} // namespace pishkhan::test
