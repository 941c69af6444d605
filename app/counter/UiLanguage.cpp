#include "UiLanguage.h"

#include "core/PersianText.h"

#include <QChar>

#include <QLocale>

namespace pishkhan {

bool UiLanguage::isPersian()
{
    return QLocale().language() == QLocale::Persian;
}

QString UiLanguage::pick(const QString& fa, const QString& en)
{
    if (isPersian())
        return fa.isEmpty() ? en : fa;
    return en.isEmpty() ? fa : en;
}

QString UiLanguage::digits(const QString& text)
{
    return isPersian() ? PersianText::toPersianDigits(text) : text;
}

QString UiLanguage::code(const QString& text)
{
    // Qt 6.4's text layout does not honour the LRI…PDI isolates for widgets (seen on screen:
    // "091*****789" came out as "789*****091"), so widgets get a left-to-right embedding
    // override (LRO…PDF): a code has no right-to-left letter, so forcing every character left to
    // right is exact. Documents rendered for print keep the isolates.
    if (!isPersian())
        return text;
    return QChar(0x202D) + text + QChar(0x202C);
}

} // namespace pishkhan
