#pragma once

#include "ReceiptLabels.h"
#include "core/Money.h"

#include <QFont>
#include <QString>

class QTextDocument;

namespace pishkhan {

// What receipts and reports share: the Persian-capable font (Noto Sans Arabic from
// fonts-noto-core, loaded from its file if fontconfig does not list it), HTML escaping, bidi
// isolation of codes, and amounts/numbers in the document's digits.
class DocumentStyle
{
public:
    using Language = ReceiptLabels::Language;

    DocumentStyle() = delete;

    [[nodiscard]] static QString fontFamily();
    [[nodiscard]] static QFont font(qreal pointSize);
    // Prepares doc for an RTL (Persian) or LTR document: default font, direction, no margin.
    static void setUp(QTextDocument& doc, Language language, qreal pointSize);

    [[nodiscard]] static QString escape(const QString& text);
    // LRI … PDI around escaped text: receipt numbers, tracking codes, terminal ids.
    [[nodiscard]] static QString code(const QString& text);
    [[nodiscard]] static QString toman(Money amount, Language language);
    [[nodiscard]] static QString number(qint64 value, Language language);
    [[nodiscard]] static QString label(ReceiptLabels::Key key, Language language);
    [[nodiscard]] static QString direction(Language language);
};

} // namespace pishkhan
