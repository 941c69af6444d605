#include "AnswerDocument.h"

#include "AnswerForm.h"
#include "DeskRuntime.h"
#include "FollowUpLookup.h"
#include "PropertyInquiry.h"
#include "ServiceCatalogue.h"
#include "core/DigitMask.h"
#include "core/MunicipalContact.h"
#include "core/SolarHijri.h"
#include "ledger/DocumentStyle.h"
#include "ledger/LedgerService.h"
#include "ledger/QrCode.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

using K = ReceiptLabels::Key;

const QUrl kQrUrl(u"pishkhan-qr:answer"_s);

QString row(const QString& labelHtml, const QString& valueHtml)
{
    return u"<tr><td>"_s + labelHtml + u"</td><td><b>"_s + valueHtml + u"</b></td></tr>"_s;
}

QString tableStart(AnswerDocument::Language lang, int border = 0)
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\""_s +
           QString::number(border) + u"\" dir=\""_s + DocumentStyle::direction(lang) + u"\">"_s;
}

QString trainingMark(AnswerDocument::Language lang)
{
    return u"<p align=\"center\" style=\"margin:2px; font-size:x-large\"><b>"_s +
           DocumentStyle::label(K::TrainingMark, lang) + u"</b></p>"_s;
}

} // namespace

QString AnswerDocument::qrText(const AnswerInput& input)
{
    const QString hash = input.result.value(u"answer_hash"_s).toString();
    if (input.trackingCode.isEmpty() || hash.isEmpty())
        return {};
    return MunicipalContact::verifyUrl(input.trackingCode, hash);
}

QString AnswerDocument::formHtml(const AnswerForm& form, Language lang)
{
    QString h = tableStart(lang);
    QString lists;
    for (const AnswerLine& line : form.lines) {
        if (line.isList && !line.rows.isEmpty()) {
            // A list gets its own table below the single values, one row per element.
            lists += u"<p style=\"margin-top:6px; margin-bottom:2px\"><b>"_s +
                     DocumentStyle::escape(line.label) + u"</b></p>"_s + tableStart(lang, 1) +
                     u"<tr>"_s;
            for (const QString& column : line.columns)
                lists += u"<th>"_s + DocumentStyle::escape(column) + u"</th>"_s;
            lists += u"</tr>"_s;
            for (const QStringList& cells : line.rows) {
                lists += u"<tr>"_s;
                for (const QString& cell : cells)
                    lists += u"<td>"_s + DocumentStyle::escape(cell) + u"</td>"_s;
                lists += u"</tr>"_s;
            }
            lists += u"</table>"_s;
            continue;
        }
        h += row(DocumentStyle::escape(line.label), DocumentStyle::escape(line.value));
    }
    return h + u"</table>"_s + lists;
}

std::optional<AnswerInput> AnswerDocument::forRequest(const FollowUpRecord& record,
                                                      const ServiceCatalogue& catalogue)
{
    if (!record.progress || record.progress->status != u"done" ||
        record.progress->resultJson.isEmpty())
        return std::nullopt;
    AnswerInput in;
    const ServiceDefinition* service = catalogue.find(record.request.serviceId);
    in.kind = PropertyInquiry::isPropertyInquiry(record.request.serviceId)
                  ? DocumentKind::PropertyFile
                  : DocumentKind::Answer;
    in.serviceId = record.request.serviceId;
    in.serviceName = service ? service->nameFa : record.request.serviceId;
    if (service)
        in.fields = service->answerFields;
    in.trackingCode = record.progress->trackingCode.isEmpty() ? record.request.trackingCode
                                                              : record.progress->trackingCode;
    in.nationalCode = record.request.nationalCode;
    in.result = QJsonDocument::fromJson(record.progress->resultJson.toUtf8()).object();
    for (const RequestProgressStore::StatusEvent& event : record.progress->history)
        if (event.status == u"done")
            in.answeredAt = event.at;
    return in;
}

void AnswerDocument::stamp(AnswerInput& in, DeskRuntime& runtime, qint64 now)
{
    if (const LedgerService* ledger = runtime.ledger()) {
        in.officeName = ledger->settings().officeName;
        in.officeCode = ledger->settings().officeCode;
        in.zone = ledger->settings().zone;
    }
    in.training = runtime.isTraining();
    in.printedAt = now;
}

QString AnswerDocument::html(const AnswerInput& in, Language lang)
{
    const bool persian = lang == Language::Persian;
    const auto digits = persian ? SolarHijri::Digits::Persian : SolarHijri::Digits::Latin;
    const QTimeZone zone = in.zone.isValid() ? in.zone : SolarHijri::officeTimeZone();
    const AnswerForm form = AnswerForm::fromResult(in.fields, in.result, lang);

    QString h = u"<html><body dir=\""_s + DocumentStyle::direction(lang) + u"\">"_s;
    if (in.training)
        h += trainingMark(lang);
    h += u"<p align=\"center\" style=\"margin:0; font-size:large\"><b>"_s +
         DocumentStyle::label(K::MunicipalityName, lang) + u"</b></p>"_s;
    h += u"<p align=\"center\" style=\"margin-top:2px\"><b>"_s +
         DocumentStyle::label(
             in.kind == DocumentKind::PropertyFile ? K::PropertyFileTitle : K::AnswerTitle, lang) +
         u"</b></p><hr/>"_s + tableStart(lang);
    if (!in.serviceName.isEmpty())
        h += row(DocumentStyle::label(K::Service, lang), DocumentStyle::escape(in.serviceName));
    if (!in.trackingCode.isEmpty())
        h += row(DocumentStyle::label(K::TrackingCode, lang), DocumentStyle::code(in.trackingCode));
    if (!in.nationalCode.isEmpty())
        h += row(DocumentStyle::label(K::Citizen, lang),
                 DocumentStyle::code(DigitMask::mask(in.nationalCode)));
    if (in.answeredAt > 0)
        h += row(DocumentStyle::label(K::AnsweredAt, lang),
                 DocumentStyle::code(SolarHijri::formatEpoch(in.answeredAt, zone, digits)));
    if (in.printedAt > 0)
        h += row(DocumentStyle::label(K::PrintedAt, lang),
                 DocumentStyle::code(SolarHijri::formatEpoch(in.printedAt, zone, digits)));
    if (!in.officeCode.isEmpty())
        h +=
            row(DocumentStyle::label(K::Office, lang),
                DocumentStyle::escape(in.officeName) + u" "_s + DocumentStyle::code(in.officeCode));
    h += u"</table><hr/>"_s;
    if (!form.summary.isEmpty())
        h += u"<p style=\"margin:2px\"><b>"_s + DocumentStyle::label(K::AnswerSummary, lang) +
             u"</b> "_s + DocumentStyle::escape(form.summary) + u"</p>"_s;
    h += formHtml(form, lang) + u"<hr/>"_s;
    if (!qrText(in).isEmpty()) {
        h += u"<p align=\"center\"><img src=\""_s + kQrUrl.toString() + u"\"/></p>"_s;
        if (in.training)
            h += trainingMark(lang);
        h += u"<p align=\"center\" style=\"margin:0\">"_s +
             DocumentStyle::label(K::VerifyNote, lang) + u"</p>"_s;
        h += u"<p align=\"center\" style=\"margin:0; font-size:small\">"_s +
             DocumentStyle::label(K::AnswerHash, lang) + u" "_s +
             DocumentStyle::code(form.answerHash) + u"</p>"_s;
    } else if (in.trackingCode.isEmpty()) {
        h += u"<p align=\"center\" style=\"margin:0\">"_s +
             DocumentStyle::label(K::ReferenceCopyNote, lang) + u"</p>"_s;
    }
    h += tableStart(lang);
    h += row(DocumentStyle::label(K::FollowUpSite, lang),
             DocumentStyle::code(MunicipalContact::followUpSite()));
    h += row(DocumentStyle::label(K::SupportLine, lang),
             DocumentStyle::code(MunicipalContact::supportLine()));
    h += u"</table></body></html>"_s;
    return h;
}

Result<PrintableDocument> AnswerDocument::printable(const AnswerInput& in, Language lang)
{
    PrintableDocument doc;
    doc.kind =
        in.kind == DocumentKind::PropertyFile ? DocumentKind::PropertyFile : DocumentKind::Answer;
    doc.title =
        ReceiptLabels::text(
            doc.kind == DocumentKind::PropertyFile ? K::PropertyFileTitle : K::AnswerTitle, lang) +
        (in.trackingCode.isEmpty() ? QString() : u" "_s + in.trackingCode);
    doc.reference = in.trackingCode;
    doc.rightToLeft = lang == Language::Persian;
    doc.fontFamily = DocumentStyle::fontFamily();
    const QString qr = qrText(in);
    if (!qr.isEmpty()) {
        // The verify address is about 150 characters: 4 px modules keep it near 30 mm on A5.
        Result<QImage> image = QrCode::image(qr, 4);
        if (!image)
            return image.error();
        doc.images.insert(kQrUrl, *image);
    }
    doc.html = html(in, lang);
    return doc;
}

} // namespace pishkhan
