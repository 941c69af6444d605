#include "SearchKey.h"

#include "PersianText.h"

namespace pishkhan {

namespace {

// Letters an Arabic layout, a hamza or a forgotten madda makes differ from what the catalogue
// spells; not for storage (آب and اب are different words), only for finding a name.
QChar searchLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x0629: // TEH MARBUTA
    case 0x06C0: // HEH WITH YEH ABOVE
    case 0x06D5: // AE
        return QChar(0x0647);
    case 0x0623: // ALEF WITH HAMZA ABOVE
    case 0x0625: // ALEF WITH HAMZA BELOW
    case 0x0622: // ALEF WITH MADDA
    case 0x0671: // ALEF WASLA
        return QChar(0x0627);
    case 0x0624: // WAW WITH HAMZA
        return QChar(0x0648);
    case 0x0626: // YEH WITH HAMZA
        return QChar(0x06CC);
    default:
        return c;
    }
}

// Folds one word (no spaces inside) and drops everything that is not a letter or a digit.
QString foldWord(QStringView word)
{
    QString out;
    out.reserve(word.size());
    for (const QChar c : word) {
        if (c.isLetterOrNumber())
            out.append(searchLetter(c));
        // Diacritics, ZWNJ, hamza above (U+0654, a mark), punctuation, symbols: dropped.
    }
    return out.toCaseFolded();
}

} // namespace

SearchKey::SearchKey(QStringView query)
{
    const QString normal = PersianText::comparisonKey(query);
    for (const QStringView word : QStringView(normal).split(u' ', Qt::SkipEmptyParts)) {
        QString term = foldWord(word);
        if (!term.isEmpty())
            m_terms.append(std::move(term));
    }
}

bool SearchKey::matches(const QStringList& texts) const
{
    if (m_terms.isEmpty())
        return true;
    QStringList keys;
    keys.reserve(texts.size());
    for (const QString& text : texts)
        keys.append(fold(text));
    for (const QString& term : m_terms) {
        bool found = false;
        for (const QString& key : keys)
            found = found || key.contains(term);
        if (!found)
            return false;
    }
    return true;
}

QString SearchKey::fold(QStringView text)
{
    return foldWord(PersianText::comparisonKey(text));
}

} // namespace pishkhan
