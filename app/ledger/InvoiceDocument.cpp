#include "InvoiceDocument.h"

#include "DocumentStyle.h"
#include "ExportFormat.h"
#include "core/SolarHijri.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

using K = ReceiptLabels::Key;
using Language = ReceiptLabels::Language;

QString htmlLabel(K key, const ReportContext& c)
{
    return DocumentStyle::label(key, c.language);
}

QString line(K key, const QString& valueHtml, const ReportContext& c)
{
    return u"<p>"_s + htmlLabel(key, c) + u": "_s + valueHtml + u"</p>"_s;
}

} // namespace

QString InvoiceDocument::html(const Invoice& invoice, const ReportContext& c)
{
    const auto digits =
        c.language == Language::Persian ? SolarHijri::Digits::Persian : SolarHijri::Digits::Latin;
    const QTimeZone zone = c.effectiveZone();
    const QString dir = DocumentStyle::direction(c.language);
    QString h = u"<html><body dir=\""_s + dir + u"\">"_s;
    h += u"<h2 align=\"center\">"_s + htmlLabel(K::InvoiceTitle, c) + u"</h2>"_s;
    h += u"<p align=\"center\">"_s + DocumentStyle::escape(c.officeName) + u" — "_s +
         htmlLabel(K::Office, c) + u" "_s + DocumentStyle::code(c.officeCode) + u" — "_s +
         htmlLabel(K::Counter, c) + u" "_s + DocumentStyle::number(invoice.counter, c.language) +
         u"</p>"_s;
    h += line(K::InvoiceNumber, DocumentStyle::code(invoice.number), c);
    h += line(K::DateTime,
              DocumentStyle::code(SolarHijri::formatEpoch(invoice.createdAt, zone, digits)), c);
    h += line(K::Organisation, DocumentStyle::escape(invoice.organisationName), c);
    h += line(K::LegalEntityId, DocumentStyle::code(invoice.organisationId), c);
    h += line(K::MandateNumber, DocumentStyle::code(invoice.mandateNumber), c);
    h += line(K::BatchFile, DocumentStyle::code(invoice.batchSha256), c);

    h += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" dir=\""_s + dir +
         u"\"><tr>"_s;
    for (K head : {K::Line, K::Service, K::TrackingCode, K::Fee})
        h += u"<th bgcolor=\"#e8e8e8\">"_s + htmlLabel(head, c) + u"</th>"_s;
    h += u"</tr>"_s;
    for (const InvoiceLine& l : invoice.lines) {
        const QString service = c.serviceNames.value(l.serviceId, l.serviceId);
        const QString tracking = l.trackingCode.isEmpty() ? htmlLabel(K::Queued, c)
                                                          : DocumentStyle::code(l.trackingCode);
        h += u"<tr><td>"_s + DocumentStyle::number(l.lineNo, c.language) + u"</td><td>"_s +
             DocumentStyle::escape(service) + u"</td><td>"_s + tracking + u"</td><td>"_s +
             DocumentStyle::toman(l.fee, c.language) + u"</td></tr>"_s;
    }
    h += u"<tr><td colspan=\"3\"><b>"_s + htmlLabel(K::Total, c) + u" ("_s +
         DocumentStyle::number(invoice.lines.size(), c.language) + u")</b></td><td><b>"_s +
         DocumentStyle::toman(invoice.total(), c.language) + u"</b></td></tr></table>"_s;
    const QString generated = SolarHijri::formatEpoch(c.generatedAt, zone, digits);
    h += u"<p>"_s + htmlLabel(K::GeneratedAt, c) + u": "_s + DocumentStyle::code(generated) +
         u"</p>"_s;
    return h + u"</body></html>"_s;
}

Status InvoiceDocument::pdf(const Invoice& invoice, const ReportContext& context,
                            const QString& pdfPath)
{
    return ExportFormat::pdfFromHtml(
        html(invoice, context),
        ReceiptLabels::text(K::Invoice, context.language) + u' ' + invoice.number, pdfPath);
}

} // namespace pishkhan
