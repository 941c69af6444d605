#include "ReceiptRenderer.h"

#include "print/PdfDocumentWriter.h"

#include "DocumentStyle.h"
#include "QrCode.h"
#include "core/MunicipalContact.h"
#include "core/SolarHijri.h"

#include <QTextDocument>
#include <QUrl>

namespace pishkhan {

using namespace Qt::StringLiterals;
using K = ReceiptLabels::Key;

namespace {

const QUrl kQrUrl(u"pishkhan-qr:tracking"_s);

// Label and value in two cells of one table row: a colon between a Persian label and a
// number is a bidi-neutral that text extraction glues to the number ("۸٬۰۰۰ :تومان").
QString row(K key, const QString& valueHtml, ReceiptLabels::Language lang)
{
    return u"<tr><td>"_s + DocumentStyle::label(key, lang) + u"</td><td><b>"_s + valueHtml +
           u"</b></td></tr>"_s;
}

QString tableStart(ReceiptLabels::Language lang)
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" dir=\""_s +
           DocumentStyle::direction(lang) + u"\">"_s;
}

QString trainingMark(ReceiptLabels::Language lang)
{
    return u"<p align=\"center\" style=\"margin:2px; font-size:x-large\"><b>"_s +
           DocumentStyle::label(K::TrainingMark, lang) + u"</b></p>"_s;
}

} // namespace

QString ReceiptRenderer::followUp(const ReceiptData& r, Language lang)
{
    // Where the citizen goes once out of the door: the site and the support line, the same
    // constants an answer prints.
    QString h = u"<hr/>"_s + tableStart(lang);
    h += row(K::FollowUpSite, DocumentStyle::code(MunicipalContact::followUpSite()), lang);
    h += row(K::SupportLine, DocumentStyle::code(MunicipalContact::supportLine()), lang);
    h += u"</table>"_s;
    if (r.training)
        h += trainingMark(lang);
    return h;
}

QString ReceiptRenderer::refundBody(const ReceiptData& r, Language lang)
{
    const bool persian = lang == Language::Persian;
    const QTimeZone zone = r.zone.isValid() ? r.zone : SolarHijri::officeTimeZone();
    const auto digits = persian ? SolarHijri::Digits::Persian : SolarHijri::Digits::Latin;
    QString h = u"<p align=\"center\" style=\"margin:0\">"_s +
                DocumentStyle::label(K::Office, lang) + u" "_s + DocumentStyle::code(r.officeCode) +
                u" — "_s + DocumentStyle::label(K::Counter, lang) + u" "_s +
                DocumentStyle::number(r.counter, lang) + u"</p>"_s;
    h += u"<p align=\"center\" style=\"margin-top:4px; font-size:large\"><b>"_s +
         DocumentStyle::label(K::RefundReceiptTitle, lang) + u"</b></p>"_s;
    h += u"<hr/>"_s + tableStart(lang);
    h += row(K::RefundOf, DocumentStyle::code(r.receiptNumber), lang);
    h += row(K::DateTime, DocumentStyle::code(SolarHijri::formatEpoch(r.refundedAt, zone, digits)),
             lang);
    h += row(K::Clerk, DocumentStyle::escape(r.clerkName), lang);
    h += row(K::Service, DocumentStyle::escape(r.serviceName), lang);
    h += row(K::Fee, DocumentStyle::escape(DocumentStyle::toman(r.fee, lang)), lang);
    h += row(K::RefundAmount, DocumentStyle::escape(DocumentStyle::toman(r.refundAmount, lang)),
             lang);
    h +=
        row(K::PaymentMethod,
            DocumentStyle::label(r.payment.method == PaymentMethod::Card ? K::Card : K::Cash, lang),
            lang);
    if (r.payment.method == PaymentMethod::Card) {
        h += row(K::Terminal, DocumentStyle::code(r.payment.terminalId), lang);
        h += row(K::ReversalReference, DocumentStyle::code(r.reversalReference), lang);
    }
    if (!r.trackingCode.isEmpty())
        h += row(K::TrackingCode, DocumentStyle::code(r.trackingCode), lang);
    h += row(K::Reason, DocumentStyle::escape(r.refundReason), lang);
    h += row(K::ApprovedBy, DocumentStyle::escape(r.approvedBy), lang);
    return h + u"</table>"_s + followUp(r, lang) + u"</body></html>"_s;
}

QString ReceiptRenderer::html(const ReceiptData& r, Language lang)
{
    const bool persian = lang == Language::Persian;
    const QTimeZone zone = r.zone.isValid() ? r.zone : SolarHijri::officeTimeZone();
    // Jalali dates in a Persian receipt; an English receipt shows the same calendar with Latin
    // digits so the two copies can be compared.
    const QString when = SolarHijri::formatEpoch(
        r.createdAt, zone, persian ? SolarHijri::Digits::Persian : SolarHijri::Digits::Latin);
    QString h = u"<html><body dir=\""_s + DocumentStyle::direction(lang) + u"\">"_s;
    if (r.training)
        h += trainingMark(lang);
    h += u"<p align=\"center\" style=\"margin:0\"><b>"_s + DocumentStyle::escape(r.officeName) +
         u"</b></p>"_s;
    if (r.refund)
        return h + refundBody(r, lang);
    h += u"<p align=\"center\" style=\"margin:0\">"_s + DocumentStyle::label(K::Office, lang) +
         u" "_s + DocumentStyle::code(r.officeCode) + u" — "_s +
         DocumentStyle::label(K::Counter, lang) + u" "_s + DocumentStyle::number(r.counter, lang) +
         u"</p>"_s;
    h += u"<p align=\"center\" style=\"margin-top:4px\"><b>"_s +
         DocumentStyle::label(K::ReceiptTitle, lang) + u"</b></p>"_s;
    if (r.copyNo > 0)
        // Large and plain: decoration such as "***" around it is glued to the number by bidi.
        h += u"<p align=\"center\" style=\"margin:2px; font-size:x-large\"><b>"_s +
             DocumentStyle::label(K::Copy, lang) + u" "_s + DocumentStyle::number(r.copyNo, lang) +
             u"</b></p>"_s;
    if (r.voided)
        h += u"<p align=\"center\" style=\"margin:2px; font-size:x-large\"><b>"_s +
             DocumentStyle::label(K::Voided, lang) + u"</b></p>"_s;
    h += u"<hr/>"_s + tableStart(lang);
    h += row(K::ReceiptNumber, DocumentStyle::code(r.receiptNumber), lang);
    h += row(K::DateTime, DocumentStyle::code(when), lang);
    h += row(K::Clerk, DocumentStyle::escape(r.clerkName), lang);
    h += row(K::Service, DocumentStyle::escape(r.serviceName), lang);
    h += row(K::Fee, DocumentStyle::escape(DocumentStyle::toman(r.fee, lang)), lang);
    h += row(K::CouncilTariff, DocumentStyle::escape(DocumentStyle::toman(r.tariff, lang)), lang);
    QString method = DocumentStyle::label(r.payment.method == PaymentMethod::Card      ? K::Card
                                          : r.payment.method == PaymentMethod::Invoice ? K::Invoice
                                                                                       : K::Cash,
                                          lang);
    h += row(K::PaymentMethod, method, lang);
    if (r.payment.method == PaymentMethod::Card) {
        h += row(K::Terminal, DocumentStyle::code(r.payment.terminalId), lang);
        h += row(K::Reference, DocumentStyle::code(r.payment.reference), lang);
    }
    h += u"</table><hr/>"_s + tableStart(lang);
    if (r.trackingCode.isEmpty()) {
        h += row(K::TrackingCode, DocumentStyle::label(K::Queued, lang), lang) + u"</table>"_s;
        h += u"<p style=\"margin:0\">"_s + DocumentStyle::label(K::QueuedNote, lang) + u"</p>"_s;
        h += u"<p style=\"margin:0\">"_s + DocumentStyle::label(K::QueuedFollowUp, lang) + u" "_s +
             DocumentStyle::label(K::ReceiptNumber, lang) + u" "_s +
             DocumentStyle::code(r.receiptNumber) + u"</p>"_s;
    } else {
        h += row(K::TrackingCode, DocumentStyle::code(r.trackingCode), lang) + u"</table>"_s;
        h += u"<p align=\"center\"><img src=\""_s + kQrUrl.toString() + u"\"/></p>"_s;
    }
    h += followUp(r, lang) + u"</body></html>"_s;
    return h;
}

Status ReceiptRenderer::fill(QTextDocument& doc, const ReceiptData& r, Language lang,
                             qreal pointSize)
{
    Result<PrintableDocument> printed = printable(r, lang);
    if (!printed)
        return printed.error();
    DocumentStyle::setUp(doc, lang, pointSize);
    for (auto it = printed->images.cbegin(); it != printed->images.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, it.key(), it.value());
    doc.setHtml(printed->html);
    return {};
}

Result<PrintableDocument> ReceiptRenderer::printable(const ReceiptData& r, Language lang)
{
    PrintableDocument doc;
    doc.kind = r.refund ? DocumentKind::RefundReceipt : DocumentKind::Receipt;
    doc.title = ReceiptLabels::text(K::ReceiptTitle, lang) + u" "_s + r.receiptNumber;
    doc.reference = r.receiptNumber;
    doc.rightToLeft = lang == Language::Persian;
    doc.fontFamily = DocumentStyle::fontFamily();
    if (!r.trackingCode.isEmpty() && !r.refund) {
        // About 0.5 mm per module at the printers' 300 dpi: readable by a phone camera and
        // narrow enough for the 72 mm print width of an 80 mm roll.
        Result<QImage> qr = QrCode::image(r.trackingCode, 6);
        if (!qr)
            return qr.error();
        doc.images.insert(kQrUrl, *qr);
    }
    doc.html = html(r, lang);
    return doc;
}

Status ReceiptRenderer::renderThermalPdf(const ReceiptData& r, const QString& pdfPath,
                                         Language lang)
{
    Result<PrintableDocument> doc = printable(r, lang);
    if (!doc)
        return doc.error();
    return PdfDocumentWriter::write(*doc, PaperSize::Roll80mm, pdfPath);
}

Status ReceiptRenderer::renderA5Pdf(const ReceiptData& r, const QString& pdfPath, Language lang)
{
    Result<PrintableDocument> doc = printable(r, lang);
    if (!doc)
        return doc.error();
    return PdfDocumentWriter::write(*doc, PaperSize::A5, pdfPath);
}

} // namespace pishkhan
