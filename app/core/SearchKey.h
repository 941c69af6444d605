#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace pishkhan {

// What a name search compares. Clerks type the same name many ways: Arabic yeh, kaf, teh
// marbuta or hamza forms from an Arabic layout, with or without ZWNJ or a space between the
// parts of a word, and digits in any of three scripts. A key folds all of these away, so a
// name is found however it was typed (examples in tests/unit/core/tst_searchkey.cpp).
class SearchKey
{
public:
    // The terms of a query: its words, each folded. A query of only spaces, punctuation or
    // invisible marks has no terms and matches everything.
    explicit SearchKey(QStringView query);

    [[nodiscard]] const QStringList& terms() const { return m_terms; }
    [[nodiscard]] bool isEmpty() const { return m_terms.isEmpty(); }

    // True when every term occurs in one of the texts. Spaces are ignored inside a text too,
    // so "درخواستها" finds "درخواست ها".
    [[nodiscard]] bool matches(const QStringList& texts) const;

    // The folded form of a text: PersianText::comparisonKey (NFKC, Persian ی/ک, ASCII digits),
    // then ة→ه, أ/إ/آ/ٱ→ا, ؤ→و, ئ→ی, ۀ→ه, diacritics, ZWNJ, spaces and punctuation removed,
    // case folded.
    [[nodiscard]] static QString fold(QStringView text);

private:
    QStringList m_terms;
};

} // namespace pishkhan
