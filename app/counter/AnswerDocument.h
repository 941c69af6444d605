#pragma once

#include "AnswerField.h"
#include "core/Result.h"
#include "ledger/ReceiptLabels.h"
#include "print/PrintableDocument.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace pishkhan {

class AnswerForm;
class DeskRuntime;
class ServiceCatalogue;
struct FollowUpRecord;

// What a printed answer shows, already resolved by the caller.
struct AnswerInput
{
    DocumentKind kind = DocumentKind::Answer; // Answer or PropertyFile
    QString serviceName;
    QString serviceId;
    QString trackingCode; // empty: no QR (an answer without its tracking code is a copy)
    QString nationalCode; // in full; the paper shows it masked
    QString officeName;
    QString officeCode;
    qint64 answeredAt = 0; // UTC epoch ms; 0 = not known
    qint64 printedAt = 0;  // UTC epoch ms
    QTimeZone zone;        // invalid = SolarHijri::officeTimeZone()
    QList<AnswerField> fields;
    // The backend's result (docs/api.md §4.9: summary_fa/en, data, answer_hash).
    QJsonObject result;
    bool training = false; // training mode: the paper says it is not valid
};

// The answer the citizen paid for, on paper: Isfahan Municipality, the service and tracking
// code, the citizen's national code masked, the answer's fields formatted by type (AnswerForm),
// the dates in the Solar Hijri calendar, and a QR holding the verify address (tracking code +
// answer hash, docs/api.md §4.17) so anyone can check it with the municipality. Training
// answers carry "training — not valid" at the top and beside the QR.
class AnswerDocument
{
public:
    using Language = ReceiptLabels::Language;

    AnswerDocument() = delete;

    // Error code: render.failed (the QR could not be made).
    [[nodiscard]] static Result<PrintableDocument> printable(const AnswerInput& input,
                                                             Language language);
    [[nodiscard]] static QString html(const AnswerInput& input, Language language);
    // What the QR holds: empty without a tracking code and answer hash.
    [[nodiscard]] static QString qrText(const AnswerInput& input);
    // The labelled fields as an HTML table (lists as tables of their own): what paper shows
    // and what the follow-up screen shows, so the two never differ.
    [[nodiscard]] static QString formHtml(const AnswerForm& form, Language language);

    // The answer of a followed-up request; nullopt until the municipality has answered it.
    [[nodiscard]] static std::optional<AnswerInput> forRequest(const FollowUpRecord& record,
                                                               const ServiceCatalogue& catalogue);
    // The office, the counter's training mode and the time of printing.
    static void stamp(AnswerInput& input, DeskRuntime& runtime, qint64 now);
};

} // namespace pishkhan
