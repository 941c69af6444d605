#include "ReportExporter.h"

#include "DocumentStyle.h"
#include "core/SolarHijri.h"

#include <QAbstractTextDocumentLayout>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;
using K = ReceiptLabels::Key;
using Language = ReceiptLabels::Language;

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QByteArray csv(const QList<QStringList>& rows)
{
    QString out;
    for (const QStringList& r : rows) {
        QStringList fields;
        for (const QString& f : r)
            fields << csvField(f);
        out += fields.join(u',') + u"\r\n"_s;
    }
    // The BOM tells spreadsheet programs the file is UTF-8; without it Persian comes out as
    // mojibake in the most common one.
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

QString label(K key, const ReportContext& c)
{
    return ReceiptLabels::text(key, c.language);
}

QString serviceName(const QString& id, const ReportContext& c)
{
    return c.serviceNames.value(id, id);
}

QString clerkName(const QString& id, const ReportContext& c)
{
    return c.clerkNames.value(id, id);
}

QString jalaliMonthKey(int jalaliMonth)
{
    return u"%1/%2"_s.arg(jalaliMonth / 100).arg(jalaliMonth % 100, 2, 10, QChar(u'0'));
}

QString monthTitle(int jalaliMonth, const ReportContext& c)
{
    const QString year = DocumentStyle::number(jalaliMonth / 100, Language::English).remove(u',');
    if (c.language == Language::Persian)
        return SolarHijri::monthName(jalaliMonth % 100) + u' ' +
               SolarHijri::persianLocale().toString(jalaliMonth / 100).remove(QChar(0x066C));
    return jalaliMonthKey(jalaliMonth) + u' ' + year;
}

QString dayTitle(QDate day, const ReportContext& c)
{
    return c.language == Language::Persian ? SolarHijri::formatLongDateWithWeekday(day)
                                           : SolarHijri::formatDate(day, SolarHijri::Digits::Latin);
}

QTimeZone zoneOf(const ReportContext& c)
{
    return c.zone.isValid() ? c.zone : SolarHijri::officeTimeZone();
}

QStringList totalsCells(const LedgerTotals& t, const ReportContext& c)
{
    return {DocumentStyle::number(t.feeCount, c.language),
            DocumentStyle::toman(t.feeAmount, c.language),
            DocumentStyle::number(t.voidCount, c.language),
            DocumentStyle::toman(t.voidAmount, c.language),
            DocumentStyle::toman(t.net(), c.language)};
}

QStringList totalsHeaders(const ReportContext& c)
{
    return {label(K::Count, c), label(K::Amount, c), label(K::VoidCount, c),
            label(K::VoidAmount, c), label(K::Net, c)};
}

// One HTML table. Persian tables get dir="rtl", so the first column stands on the right.
QString table(const QStringList& headers, const QList<QStringList>& rows, const ReportContext& c)
{
    QString h = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" dir=\""_s +
                DocumentStyle::direction(c.language) + u"\"><tr>"_s;
    for (const QString& head : headers)
        h += u"<th bgcolor=\"#e8e8e8\">"_s + DocumentStyle::escape(head) + u"</th>"_s;
    h += u"</tr>"_s;
    for (const QStringList& r : rows) {
        h += u"<tr>"_s;
        for (const QString& cell : r)
            h += u"<td>"_s + cell + u"</td>"_s;
        h += u"</tr>"_s;
    }
    return h + u"</table>"_s;
}

QString header(const QString& title, const QString& subtitle, const ReportContext& c)
{
    QString h = u"<html><body dir=\""_s + DocumentStyle::direction(c.language) + u"\">"_s;
    h += u"<h2 align=\"center\">"_s + DocumentStyle::escape(title) + u"</h2>"_s;
    h += u"<p align=\"center\">"_s + DocumentStyle::escape(c.officeName) + u" — "_s +
         DocumentStyle::label(K::Office, c.language) + u" "_s + DocumentStyle::code(c.officeCode) +
         u" — "_s + DocumentStyle::label(K::Counter, c.language) + u" "_s +
         DocumentStyle::number(c.counter, c.language) + u"</p>"_s;
    h += u"<p align=\"center\">"_s + subtitle + u"</p>"_s;
    const QString generated = SolarHijri::formatEpoch(
        c.generatedAt, zoneOf(c),
        c.language == Language::Persian ? SolarHijri::Digits::Persian : SolarHijri::Digits::Latin);
    h += u"<p align=\"center\">"_s + DocumentStyle::label(K::GeneratedAt, c.language) + u": "_s +
         DocumentStyle::code(generated) + u"</p>"_s;
    return h;
}

ReceiptLabels::Key methodKey(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card:
        return K::Card;
    case PaymentMethod::Invoice:
        return K::Invoice;
    case PaymentMethod::Cash:
        break;
    }
    return K::Cash;
}

// The fees billed to organisations (legal-entity id → totals), when there are any.
QString invoicedSection(const QMap<QString, LedgerTotals>& invoiced, const ReportContext& c)
{
    if (invoiced.isEmpty())
        return {};
    QList<QStringList> rows;
    for (auto it = invoiced.cbegin(); it != invoiced.cend(); ++it)
        rows << QStringList{DocumentStyle::code(it.key())} + totalsCells(*it, c);
    return u"<h3>"_s + DocumentStyle::label(K::InvoicedByOrganisation, c.language) + u"</h3>"_s +
           table(QStringList{label(K::LegalEntityId, c)} + totalsHeaders(c), rows, c);
}

QList<QStringList> invoicedCsvRows(const QString& period,
                                   const QMap<QString, LedgerTotals>& invoiced,
                                   const ReportContext& c)
{
    QList<QStringList> rows;
    if (invoiced.isEmpty())
        return rows;
    rows << QStringList{label(K::InvoicedByOrganisation, c),
                        label(K::LegalEntityId, c),
                        label(K::Count, c),
                        label(K::Amount, c) + u" ("_s + label(K::Rial, c) + u')',
                        label(K::VoidCount, c),
                        label(K::VoidAmount, c) + u" ("_s + label(K::Rial, c) + u')',
                        label(K::Net, c) + u" ("_s + label(K::Rial, c) + u')'};
    for (auto it = invoiced.cbegin(); it != invoiced.cend(); ++it)
        rows << QStringList{period,
                            it.key(),
                            QString::number(it->feeCount),
                            QString::number(it->feeAmount.rials()),
                            QString::number(it->voidCount),
                            QString::number(it->voidAmount.rials()),
                            QString::number(it->net().rials())};
    return rows;
}

Status printHtml(const QString& html, const QString& title, const QString& pdfPath)
{
    {
        QPdfWriter writer(pdfPath);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        DocumentStyle::setUp(doc, Language::Persian, 10.0);
        doc.setHtml(html);
        const QRect paint = writer.pageLayout().paintRectPixels(writer.resolution());
        doc.setPageSize(QSizeF(paint.width(), paint.height()));
        // print() paginates; the writer is a QPagedPaintDevice, so no QPrinter is needed.
        doc.print(&writer);
    } // the writer finishes the file when it goes out of scope
    // QPdfWriter reports nothing itself: an unwritable folder only shows as a missing file.
    if (QFileInfo(pdfPath).size() <= 0)
        return Error(u"render.failed"_s,
                     QT_TRANSLATE_NOOP("Error", "The PDF file could not be written."), pdfPath);
    return {};
}

} // namespace

QByteArray ReportExporter::dayCsv(const DayReport& r, const ReportContext& c)
{
    QList<QStringList> rows;
    rows << QStringList{label(K::BusinessDay, c),
                        label(K::Clerk, c),
                        label(K::ServiceId, c),
                        label(K::Service, c),
                        label(K::PaymentMethod, c),
                        label(K::Count, c),
                        label(K::Amount, c) + u" ("_s + label(K::Rial, c) + u')',
                        label(K::VoidCount, c),
                        label(K::VoidAmount, c) + u" ("_s + label(K::Rial, c) + u')',
                        label(K::Net, c) + u" ("_s + label(K::Rial, c) + u')',
                        label(K::Reprints, c)};
    const QString day = SolarHijri::formatDate(r.day, SolarHijri::Digits::Latin);
    for (const DayReportLine& l : r.lines)
        rows << QStringList{day,
                            clerkName(l.clerkId, c),
                            l.serviceId,
                            serviceName(l.serviceId, c),
                            label(methodKey(l.method), c),
                            QString::number(l.totals.feeCount),
                            QString::number(l.totals.feeAmount.rials()),
                            QString::number(l.totals.voidCount),
                            QString::number(l.totals.voidAmount.rials()),
                            QString::number(l.totals.net().rials()),
                            QString::number(l.totals.reprintCount)};
    rows << QStringList{day,
                        label(K::Total, c),
                        {},
                        {},
                        {},
                        QString::number(r.totals.feeCount),
                        QString::number(r.totals.feeAmount.rials()),
                        QString::number(r.totals.voidCount),
                        QString::number(r.totals.voidAmount.rials()),
                        QString::number(r.totals.net().rials()),
                        QString::number(r.totals.reprintCount)};
    rows << invoicedCsvRows(day, r.invoicedByOrganisation, c);
    return csv(rows);
}

QByteArray ReportExporter::rangeCsv(const RangeReport& r, const ReportContext& c)
{
    QList<QStringList> rows;
    rows << QStringList{label(K::Month, c),
                        label(K::ServiceId, c),
                        label(K::Service, c),
                        label(K::Count, c),
                        label(K::Amount, c) + u" ("_s + label(K::Rial, c) + u')',
                        label(K::VoidCount, c),
                        label(K::VoidAmount, c) + u" ("_s + label(K::Rial, c) + u')',
                        label(K::Net, c) + u" ("_s + label(K::Rial, c) + u')'};
    for (const MonthServiceRow& m : r.rows)
        rows << QStringList{jalaliMonthKey(m.jalaliMonth),
                            m.serviceId,
                            serviceName(m.serviceId, c),
                            QString::number(m.totals.feeCount),
                            QString::number(m.totals.feeAmount.rials()),
                            QString::number(m.totals.voidCount),
                            QString::number(m.totals.voidAmount.rials()),
                            QString::number(m.totals.net().rials())};
    const LedgerTotals t = r.totals();
    rows << QStringList{label(K::Total, c),
                        {},
                        {},
                        QString::number(t.feeCount),
                        QString::number(t.feeAmount.rials()),
                        QString::number(t.voidCount),
                        QString::number(t.voidAmount.rials()),
                        QString::number(t.net().rials())};
    rows << invoicedCsvRows(label(K::Total, c), r.invoicedByOrganisation, c);
    return csv(rows);
}

QString ReportExporter::dayHtml(const DayReport& r, const ReportContext& c)
{
    QString h = header(label(K::DayReportTitle, c),
                       DocumentStyle::label(K::BusinessDay, c.language) + u": "_s +
                           DocumentStyle::escape(dayTitle(r.day, c)),
                       c);
    auto section = [&](K title, const QStringList& firstHeader, const QList<QStringList>& rows) {
        h += u"<h3>"_s + DocumentStyle::label(title, c.language) + u"</h3>"_s;
        h += table(firstHeader + totalsHeaders(c), rows, c);
    };
    QList<QStringList> rows;
    const QMap<QString, LedgerTotals> clerks = r.byClerk();
    for (auto it = clerks.cbegin(); it != clerks.cend(); ++it)
        rows << QStringList{DocumentStyle::escape(clerkName(it.key(), c))} + totalsCells(*it, c);
    section(K::ByClerk, {label(K::Clerk, c)}, rows);
    rows.clear();
    const QMap<QString, LedgerTotals> services = r.byService();
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        rows << QStringList{DocumentStyle::escape(serviceName(it.key(), c))} + totalsCells(*it, c);
    section(K::ByService, {label(K::Service, c)}, rows);
    rows.clear();
    const QMap<PaymentMethod, LedgerTotals> methods = r.byMethod();
    for (auto it = methods.cbegin(); it != methods.cend(); ++it)
        rows << QStringList{DocumentStyle::label(methodKey(it.key()), c.language)} +
                    totalsCells(*it, c);
    rows << QStringList{u"<b>"_s + DocumentStyle::label(K::Total, c.language) + u"</b>"_s} +
                totalsCells(r.totals, c);
    section(K::ByMethod, {label(K::PaymentMethod, c)}, rows);
    h += u"<p>"_s + DocumentStyle::label(K::Reprints, c.language) + u": "_s +
         DocumentStyle::number(r.totals.reprintCount, c.language) + u"</p>"_s;
    if (!r.lateEntrySeqs.isEmpty()) {
        QStringList seqs;
        for (qint64 s : r.lateEntrySeqs)
            seqs << QString::number(s);
        h += u"<p><b>"_s + DocumentStyle::label(K::LateEntries, c.language) + u":</b> "_s +
             DocumentStyle::code(seqs.join(u", "_s)) + u"</p>"_s;
    }
    h += invoicedSection(r.invoicedByOrganisation, c);
    return h + u"</body></html>"_s;
}

QString ReportExporter::rangeHtml(const RangeReport& r, const ReportContext& c)
{
    const auto digits =
        c.language == Language::Persian ? SolarHijri::Digits::Persian : SolarHijri::Digits::Latin;
    QString h = header(label(K::RangeReportTitle, c),
                       DocumentStyle::label(K::Period, c.language) + u": "_s +
                           DocumentStyle::code(SolarHijri::formatDate(r.from, digits)) + u" — "_s +
                           DocumentStyle::code(SolarHijri::formatDate(r.to, digits)),
                       c);
    QList<QStringList> rows;
    int month = 0;
    for (const MonthServiceRow& m : r.rows) {
        // The month is named once, on its first row, as in the article's monthly table.
        const QString monthCell = m.jalaliMonth == month
                                      ? QString()
                                      : DocumentStyle::escape(monthTitle(m.jalaliMonth, c));
        month = m.jalaliMonth;
        rows << QStringList{monthCell, DocumentStyle::escape(serviceName(m.serviceId, c))} +
                    totalsCells(m.totals, c);
    }
    rows << QStringList{u"<b>"_s + DocumentStyle::label(K::Total, c.language) + u"</b>"_s,
                        QString()} +
                totalsCells(r.totals(), c);
    h += table(QStringList{label(K::Month, c), label(K::Service, c)} + totalsHeaders(c), rows, c);
    h += u"<h3>"_s + DocumentStyle::label(K::ByService, c.language) + u"</h3>"_s;
    rows.clear();
    const QMap<QString, LedgerTotals> services = r.byService();
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        rows << QStringList{DocumentStyle::escape(serviceName(it.key(), c))} + totalsCells(*it, c);
    h += table(QStringList{label(K::Service, c)} + totalsHeaders(c), rows, c);
    h += invoicedSection(r.invoicedByOrganisation, c);
    return h + u"</body></html>"_s;
}

QString ReportExporter::closeHtml(const DayClose& d, const ReportContext& c)
{
    const auto digits =
        c.language == Language::Persian ? SolarHijri::Digits::Persian : SolarHijri::Digits::Latin;
    auto line = [&](K key, const QString& valueHtml) -> QString {
        return u"<p>"_s + DocumentStyle::label(key, c.language) + u": "_s + valueHtml + u"</p>"_s;
    };
    QString h = header(label(K::DayCloseTitle, c),
                       DocumentStyle::label(K::BusinessDay, c.language) + u": "_s +
                           DocumentStyle::escape(dayTitle(d.businessDay, c)),
                       c);
    h += line(K::ClosedAt,
              DocumentStyle::code(SolarHijri::formatEpoch(d.closedAt, zoneOf(c), digits)));
    h += line(K::Supervisor, DocumentStyle::escape(clerkName(d.supervisorId, c)));

    QList<QStringList> rows;
    const QMap<PaymentMethod, LedgerTotals> methods = d.report.byMethod();
    for (auto it = methods.cbegin(); it != methods.cend(); ++it)
        rows << QStringList{DocumentStyle::label(methodKey(it.key()), c.language)} +
                    totalsCells(*it, c);
    rows << QStringList{u"<b>"_s + DocumentStyle::label(K::Total, c.language) + u"</b>"_s} +
                totalsCells(d.report.totals, c);
    h += u"<h3>"_s + DocumentStyle::label(K::ByMethod, c.language) + u"</h3>"_s;
    h += table(QStringList{label(K::PaymentMethod, c)} + totalsHeaders(c), rows, c);

    rows.clear();
    for (const DrawerCount& drawer : d.drawers)
        rows << QStringList{DocumentStyle::escape(clerkName(drawer.clerkId, c)),
                            DocumentStyle::toman(drawer.expected, c.language),
                            DocumentStyle::toman(drawer.counted, c.language),
                            DocumentStyle::toman(drawer.difference(), c.language)};
    h += u"<h3>"_s + DocumentStyle::label(K::Drawers, c.language) + u"</h3>"_s;
    h += table(
        {label(K::Clerk, c), label(K::Expected, c), label(K::Counted, c), label(K::Difference, c)},
        rows, c);

    if (!d.terminals.isEmpty()) {
        rows.clear();
        for (const TerminalBatch& t : d.terminals)
            rows << QStringList{DocumentStyle::code(t.terminalId),
                                DocumentStyle::number(t.feeCount, c.language),
                                DocumentStyle::toman(t.feeAmount, c.language),
                                DocumentStyle::number(t.voidCount, c.language),
                                DocumentStyle::toman(t.voidAmount, c.language),
                                DocumentStyle::code(t.references.join(u", "_s))};
        h += u"<h3>"_s + DocumentStyle::label(K::CardBatches, c.language) + u"</h3>"_s;
        h += table({label(K::Terminal, c), label(K::Count, c), label(K::Amount, c),
                    label(K::VoidCount, c), label(K::VoidAmount, c), label(K::References, c)},
                   rows, c);
    }

    h += u"<h3>"_s + DocumentStyle::label(K::GrandTotal, c.language) + u"</h3>"_s;
    h += line(K::PreviousGrandTotal, DocumentStyle::toman(d.previousGrandTotal, c.language));
    h += line(K::Net, DocumentStyle::toman(d.report.totals.net(), c.language));
    h += line(K::GrandTotal, u"<b>"_s + DocumentStyle::toman(d.grandTotal, c.language) + u"</b>"_s);
    h += line(K::LastEntry, DocumentStyle::number(d.lastEntrySeq, c.language) + u" — "_s +
                                DocumentStyle::label(K::Hash, c.language) + u" "_s +
                                DocumentStyle::code(d.lastEntryHash));

    h += u"<h3>"_s + DocumentStyle::label(K::PreviousAcknowledgement, c.language) + u"</h3>"_s;
    if (d.previousAcknowledgement) {
        const CloseAcknowledgement& a = *d.previousAcknowledgement;
        h += line(K::BusinessDay, DocumentStyle::escape(dayTitle(a.businessDay, c)));
        h += line(K::ReceivedUpToEntry, DocumentStyle::number(a.receivedUpToEntry, c.language) +
                                            u" — "_s + DocumentStyle::label(K::Hash, c.language) +
                                            u" "_s + DocumentStyle::code(a.lastEntryHash));
        h += line(K::ReceivedAt, DocumentStyle::code(a.receivedAt));
    } else {
        h += u"<p>"_s + DocumentStyle::label(K::NoAcknowledgement, c.language) + u"</p>"_s;
    }
    const QByteArray keyPrint =
        QCryptographicHash::hash(d.publicKey, QCryptographicHash::Sha256).toHex().left(32);
    h += line(K::DeviceKey, DocumentStyle::code(QString::fromLatin1(keyPrint)));
    h += line(K::Signature, DocumentStyle::code(QString::fromLatin1(d.signature.toHex().left(32))));
    h += invoicedSection(d.report.invoicedByOrganisation, c);
    return h + u"</body></html>"_s;
}

Status ReportExporter::closePdf(const DayClose& d, const ReportContext& c, const QString& pdfPath)
{
    return printHtml(closeHtml(d, c), label(K::DayCloseTitle, c), pdfPath);
}

Status ReportExporter::dayPdf(const DayReport& r, const ReportContext& c, const QString& pdfPath)
{
    return printHtml(dayHtml(r, c), label(K::DayReportTitle, c), pdfPath);
}

Status ReportExporter::rangePdf(const RangeReport& r, const ReportContext& c,
                                const QString& pdfPath)
{
    return printHtml(rangeHtml(r, c), label(K::RangeReportTitle, c), pdfPath);
}

Status ReportExporter::writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(u"export.write"_s,
                     QT_TRANSLATE_NOOP("Error", "The export file could not be written."),
                     path + u": "_s + file.errorString());
    return {};
}

Status ReportExporter::htmlPdf(const QString& html, const QString& title, const QString& pdfPath)
{
    return printHtml(html, title, pdfPath);
}

} // namespace pishkhan
