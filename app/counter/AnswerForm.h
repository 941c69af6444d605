#pragma once

#include "AnswerField.h"
#include "ledger/ReceiptLabels.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pishkhan {

// One labelled line of an answer as screen and paper show it. Values are plain text (not
// HTML); codes, dates and permit numbers come wrapped in LRI … PDI so they stay left to right
// inside a Persian line.
struct AnswerLine
{
    QString key;
    QString label; // the catalogue's label; the raw key when the catalogue does not know it
    QString value;
    bool known = true;
    // A list (permits, plans): its column labels and one row of formatted cells per element;
    // value is empty, or "none" for an empty list.
    bool isList = false;
    QStringList columns;
    QList<QStringList> rows;
};

// A municipal answer (result of docs/api.md §4.9: summary, data, answer_hash) turned into
// labelled, formatted lines by the service's answer fields: Jalali dates in the Solar Hijri
// calendar, amounts in toman, heights in metres, status codes by their names. A member the
// catalogue does not describe still shows, under its raw key, so nothing the municipality said
// is lost on the way to the citizen.
class AnswerForm
{
public:
    using Language = ReceiptLabels::Language;

    QString summary;
    QString answerHash; // empty when the backend sent none
    QJsonObject data;
    QList<AnswerLine> lines;

    [[nodiscard]] static AnswerForm fromResult(const QList<AnswerField>& fields,
                                               const QJsonObject& result, Language language);
    // The lines of `data` alone (a property file fetched directly has no result envelope).
    [[nodiscard]] static QList<AnswerLine> linesOf(const QList<AnswerField>& fields,
                                                   const QJsonObject& data, Language language);

    // One value by its field's type; "—" for null or absent.
    [[nodiscard]] static QString format(const AnswerField& field, const QJsonValue& value,
                                        Language language);
    // A value no field describes: text, number, yes/no, or compact JSON.
    [[nodiscard]] static QString formatUnknown(const QJsonValue& value, Language language);
};

} // namespace pishkhan
