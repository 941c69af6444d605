#include "ReportExporter.h"

#include "DocumentStyle.h"
#include "ExportFormat.h"
#include "core/SolarHijri.h"

#include <QCryptographicHash>
#include <QSaveFile>

namespace pishkhan {

using namespace Qt::StringLiterals;
using K = ReceiptLabels::Key;
using Language = ReceiptLabels::Language;

namespace {

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

QStringList totalsCells(const LedgerTotals& t, const ReportContext& c)
{
    return {DocumentStyle::number(t.feeCount, c.language),
            DocumentStyle::toman(t.feeAmount, c.language),
            DocumentStyle::number(t.voidCount, c.language),
            DocumentStyle::toman(t.voidAmount, c.language),
            DocumentStyle::toman(t.net(), c.language),
            DocumentStyle::toman(t.refundAmount, c.language)};
}

QStringList totalsHeaders(const ReportContext& c)
{
    return {c.label(K::Count),      c.label(K::Amount), c.label(K::VoidCount),
            c.label(K::VoidAmount), c.label(K::Net),    c.label(K::RefundAmount)};
}

QString table(const QStringList& headers, const QList<QStringList>& rows, const ReportContext& c)
{
    return ExportFormat::htmlTable(headers, rows, c.language);
}

QString header(const QString& title, const QString& subtitle, const ReportContext& c)
{
    return ExportFormat::htmlHeader(title, subtitle, c);
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
           table(QStringList{c.label(K::LegalEntityId)} + totalsHeaders(c), rows, c);
}

QList<QStringList> invoicedCsvRows(const QString& period,
                                   const QMap<QString, LedgerTotals>& invoiced,
                                   const ReportContext& c)
{
    QList<QStringList> rows;
    if (invoiced.isEmpty())
        return rows;
    rows << QStringList{c.label(K::InvoicedByOrganisation),
                        c.label(K::LegalEntityId),
                        c.label(K::Count),
                        c.label(K::Amount) + u" ("_s + c.label(K::Rial) + u')',
                        c.label(K::VoidCount),
                        c.label(K::VoidAmount) + u" ("_s + c.label(K::Rial) + u')',
                        c.label(K::Net) + u" ("_s + c.label(K::Rial) + u')'};
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

} // namespace

QByteArray ReportExporter::dayCsv(const DayReport& r, const ReportContext& c)
{
    QList<QStringList> rows;
    rows << QStringList{c.label(K::BusinessDay),
                        c.label(K::Clerk),
                        c.label(K::ServiceId),
                        c.label(K::Service),
                        c.label(K::PaymentMethod),
                        c.label(K::Count),
                        c.label(K::Amount) + u" ("_s + c.label(K::Rial) + u')',
                        c.label(K::VoidCount),
                        c.label(K::VoidAmount) + u" ("_s + c.label(K::Rial) + u')',
                        c.label(K::Net) + u" ("_s + c.label(K::Rial) + u')',
                        c.label(K::Reprints),
                        c.label(K::RefundCount),
                        c.label(K::RefundAmount) + u" ("_s + c.label(K::Rial) + u')'};
    const QString day = SolarHijri::formatDate(r.day, SolarHijri::Digits::Latin);
    for (const DayReportLine& l : r.lines)
        rows << QStringList{day,
                            clerkName(l.clerkId, c),
                            l.serviceId,
                            serviceName(l.serviceId, c),
                            c.label(methodKey(l.method)),
                            QString::number(l.totals.feeCount),
                            QString::number(l.totals.feeAmount.rials()),
                            QString::number(l.totals.voidCount),
                            QString::number(l.totals.voidAmount.rials()),
                            QString::number(l.totals.net().rials()),
                            QString::number(l.totals.reprintCount),
                            QString::number(l.totals.refundCount),
                            QString::number(l.totals.refundAmount.rials())};
    rows << QStringList{day,
                        c.label(K::Total),
                        {},
                        {},
                        {},
                        QString::number(r.totals.feeCount),
                        QString::number(r.totals.feeAmount.rials()),
                        QString::number(r.totals.voidCount),
                        QString::number(r.totals.voidAmount.rials()),
                        QString::number(r.totals.net().rials()),
                        QString::number(r.totals.reprintCount),
                        QString::number(r.totals.refundCount),
                        QString::number(r.totals.refundAmount.rials())};
    rows << invoicedCsvRows(day, r.invoicedByOrganisation, c);
    return ExportFormat::csv(rows);
}

QByteArray ReportExporter::rangeCsv(const RangeReport& r, const ReportContext& c)
{
    QList<QStringList> rows;
    rows << QStringList{c.label(K::Month),
                        c.label(K::ServiceId),
                        c.label(K::Service),
                        c.label(K::Count),
                        c.label(K::Amount) + u" ("_s + c.label(K::Rial) + u')',
                        c.label(K::VoidCount),
                        c.label(K::VoidAmount) + u" ("_s + c.label(K::Rial) + u')',
                        c.label(K::Net) + u" ("_s + c.label(K::Rial) + u')'};
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
    rows << QStringList{c.label(K::Total),
                        {},
                        {},
                        QString::number(t.feeCount),
                        QString::number(t.feeAmount.rials()),
                        QString::number(t.voidCount),
                        QString::number(t.voidAmount.rials()),
                        QString::number(t.net().rials())};
    rows << invoicedCsvRows(c.label(K::Total), r.invoicedByOrganisation, c);
    return ExportFormat::csv(rows);
}

QString ReportExporter::dayHtml(const DayReport& r, const ReportContext& c)
{
    QString h = header(c.label(K::DayReportTitle),
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
    section(K::ByClerk, {c.label(K::Clerk)}, rows);
    rows.clear();
    const QMap<QString, LedgerTotals> services = r.byService();
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        rows << QStringList{DocumentStyle::escape(serviceName(it.key(), c))} + totalsCells(*it, c);
    section(K::ByService, {c.label(K::Service)}, rows);
    rows.clear();
    const QMap<PaymentMethod, LedgerTotals> methods = r.byMethod();
    for (auto it = methods.cbegin(); it != methods.cend(); ++it)
        rows << QStringList{DocumentStyle::label(methodKey(it.key()), c.language)} +
                    totalsCells(*it, c);
    rows << QStringList{u"<b>"_s + DocumentStyle::label(K::Total, c.language) + u"</b>"_s} +
                totalsCells(r.totals, c);
    section(K::ByMethod, {c.label(K::PaymentMethod)}, rows);
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
    QString h = header(c.label(K::RangeReportTitle),
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
    h += table(QStringList{c.label(K::Month), c.label(K::Service)} + totalsHeaders(c), rows, c);
    h += u"<h3>"_s + DocumentStyle::label(K::ByService, c.language) + u"</h3>"_s;
    rows.clear();
    const QMap<QString, LedgerTotals> services = r.byService();
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        rows << QStringList{DocumentStyle::escape(serviceName(it.key(), c))} + totalsCells(*it, c);
    h += table(QStringList{c.label(K::Service)} + totalsHeaders(c), rows, c);
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
    QString h = header(c.label(K::DayCloseTitle),
                       DocumentStyle::label(K::BusinessDay, c.language) + u": "_s +
                           DocumentStyle::escape(dayTitle(d.businessDay, c)),
                       c);
    h += line(K::ClosedAt,
              DocumentStyle::code(SolarHijri::formatEpoch(d.closedAt, c.effectiveZone(), digits)));
    h += line(K::Supervisor, DocumentStyle::escape(clerkName(d.supervisorId, c)));

    QList<QStringList> rows;
    const QMap<PaymentMethod, LedgerTotals> methods = d.report.byMethod();
    for (auto it = methods.cbegin(); it != methods.cend(); ++it)
        rows << QStringList{DocumentStyle::label(methodKey(it.key()), c.language)} +
                    totalsCells(*it, c);
    rows << QStringList{u"<b>"_s + DocumentStyle::label(K::Total, c.language) + u"</b>"_s} +
                totalsCells(d.report.totals, c);
    h += u"<h3>"_s + DocumentStyle::label(K::ByMethod, c.language) + u"</h3>"_s;
    h += table(QStringList{c.label(K::PaymentMethod)} + totalsHeaders(c), rows, c);

    rows.clear();
    for (const DrawerCount& drawer : d.drawers)
        rows << QStringList{DocumentStyle::escape(clerkName(drawer.clerkId, c)),
                            DocumentStyle::toman(drawer.expected, c.language),
                            DocumentStyle::toman(drawer.counted, c.language),
                            DocumentStyle::toman(drawer.difference(), c.language)};
    h += u"<h3>"_s + DocumentStyle::label(K::Drawers, c.language) + u"</h3>"_s;
    h += table(
        {c.label(K::Clerk), c.label(K::Expected), c.label(K::Counted), c.label(K::Difference)},
        rows, c);

    if (!d.terminals.isEmpty()) {
        rows.clear();
        for (const TerminalBatch& t : d.terminals)
            rows << QStringList{DocumentStyle::code(t.terminalId),
                                DocumentStyle::number(t.feeCount, c.language),
                                DocumentStyle::toman(t.feeAmount, c.language),
                                DocumentStyle::number(t.voidCount, c.language),
                                DocumentStyle::toman(t.voidAmount, c.language),
                                DocumentStyle::code(t.references.join(u", "_s)),
                                DocumentStyle::toman(t.refundAmount, c.language)};
        h += u"<h3>"_s + DocumentStyle::label(K::CardBatches, c.language) + u"</h3>"_s;
        h += table({c.label(K::Terminal), c.label(K::Count), c.label(K::Amount),
                    c.label(K::VoidCount), c.label(K::VoidAmount), c.label(K::References),
                    c.label(K::RefundAmount)},
                   rows, c);
    }
    if (!d.settlements.isEmpty()) {
        rows.clear();
        for (const TerminalSettlement& s : d.settlements)
            rows << QStringList{DocumentStyle::code(s.terminalId),
                                DocumentStyle::number(s.ledgerCount, c.language),
                                DocumentStyle::toman(s.ledgerAmount, c.language),
                                DocumentStyle::number(s.settledCount, c.language),
                                DocumentStyle::toman(s.settledAmount, c.language),
                                DocumentStyle::toman(s.difference(), c.language)};
        h += u"<h3>"_s + DocumentStyle::label(K::Settlements, c.language) + u"</h3>"_s;
        h += table({c.label(K::Terminal), c.label(K::Count), c.label(K::LedgerAmount),
                    c.label(K::SettledCount), c.label(K::SettledAmount), c.label(K::Difference)},
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
    return ExportFormat::pdfFromHtml(closeHtml(d, c), c.label(K::DayCloseTitle), pdfPath);
}

Status ReportExporter::dayPdf(const DayReport& r, const ReportContext& c, const QString& pdfPath)
{
    return ExportFormat::pdfFromHtml(dayHtml(r, c), c.label(K::DayReportTitle), pdfPath);
}

Status ReportExporter::rangePdf(const RangeReport& r, const ReportContext& c,
                                const QString& pdfPath)
{
    return ExportFormat::pdfFromHtml(rangeHtml(r, c), c.label(K::RangeReportTitle), pdfPath);
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

QByteArray ReportExporter::closeCsv(const DayClose& d, const ReportContext& c)
{
    QList<QStringList> rows;
    const QString rial = u" ("_s + c.label(K::Rial) + u')';
    rows << QStringList{c.label(K::BusinessDay),
                        c.label(K::PaymentMethod),
                        c.label(K::Clerk) + u" / "_s + c.label(K::Terminal),
                        c.label(K::Expected) + rial,
                        c.label(K::Counted) + rial,
                        c.label(K::Difference) + rial,
                        c.label(K::Count),
                        c.label(K::SettledCount)};
    const QString day = SolarHijri::formatDate(d.businessDay, SolarHijri::Digits::Latin);
    for (const DrawerCount& drawer : d.drawers)
        rows << QStringList{day,
                            c.label(K::Cash),
                            clerkName(drawer.clerkId, c),
                            QString::number(drawer.expected.rials()),
                            QString::number(drawer.counted.rials()),
                            QString::number(drawer.difference().rials()),
                            {},
                            {}};
    for (const TerminalSettlement& s : d.settlements)
        rows << QStringList{day,
                            c.label(K::Card),
                            s.terminalId,
                            QString::number(s.ledgerAmount.rials()),
                            QString::number(s.settledAmount.rials()),
                            QString::number(s.difference().rials()),
                            QString::number(s.ledgerCount),
                            QString::number(s.settledCount)};
    return ExportFormat::csv(rows);
}

QString ReportExporter::shiftHtml(const ShiftReport& r, const ReportContext& c,
                                  const std::optional<Money>& counted)
{
    const auto digits =
        c.language == Language::Persian ? SolarHijri::Digits::Persian : SolarHijri::Digits::Latin;
    auto line = [&](K key, const QString& valueHtml) -> QString {
        return u"<p>"_s + DocumentStyle::label(key, c.language) + u": "_s + valueHtml + u"</p>"_s;
    };
    QString h = header(c.label(K::ShiftReportTitle),
                       DocumentStyle::label(K::BusinessDay, c.language) + u": "_s +
                           DocumentStyle::escape(dayTitle(r.businessDay, c)),
                       c);
    h += line(K::Clerk, DocumentStyle::escape(clerkName(r.clerkId, c)));
    h += line(K::UpTo,
              DocumentStyle::code(SolarHijri::formatEpoch(r.asOf, c.effectiveZone(), digits)));
    QList<QStringList> rows;
    for (auto it = r.byMethod.cbegin(); it != r.byMethod.cend(); ++it)
        rows << QStringList{DocumentStyle::label(
                    it.key() == PaymentMethod::Card ? K::Card : K::Cash, c.language)} +
                    totalsCells(*it, c);
    rows << QStringList{u"<b>"_s + DocumentStyle::label(K::Total, c.language) + u"</b>"_s} +
                totalsCells(r.totals, c);
    h += u"<h3>"_s + DocumentStyle::label(K::ByMethod, c.language) + u"</h3>"_s;
    h += table(QStringList{c.label(K::PaymentMethod)} + totalsHeaders(c), rows, c);
    h += line(K::ExpectedCash,
              u"<b>"_s + DocumentStyle::toman(r.expectedCash, c.language) + u"</b>"_s);
    if (counted) {
        h += line(K::CountedCash, DocumentStyle::toman(*counted, c.language));
        h += line(K::Difference,
                  DocumentStyle::toman(Money::fromRials(counted->rials() - r.expectedCash.rials()),
                                       c.language));
    }
    return h + u"</body></html>"_s;
}

Status ReportExporter::shiftPdf(const ShiftReport& r, const ReportContext& c,
                                const QString& pdfPath, const std::optional<Money>& counted)
{
    return ExportFormat::pdfFromHtml(shiftHtml(r, c, counted), c.label(K::ShiftReportTitle),
                                     pdfPath);
}

PrintableDocument ReportExporter::shiftPrintable(const ShiftReport& r, const ReportContext& c,
                                                 const std::optional<Money>& counted)
{
    PrintableDocument doc;
    doc.kind = DocumentKind::ShiftSheet;
    doc.title = c.label(K::ShiftReportTitle) + u" — "_s + r.clerkId;
    doc.reference = u"X-"_s + r.businessDay.toString(Qt::ISODate) + u'-' + r.clerkId;
    doc.html = shiftHtml(r, c, counted);
    doc.rightToLeft = c.language == ReceiptLabels::Language::Persian;
    doc.fontFamily = DocumentStyle::fontFamily();
    return doc;
}

PrintableDocument ReportExporter::closePrintable(const DayClose& d, const ReportContext& c)
{
    PrintableDocument doc;
    doc.kind = DocumentKind::DayCloseSheet;
    doc.title = c.label(K::DayCloseTitle);
    doc.reference = u"Z-"_s + d.businessDay.toString(Qt::ISODate);
    doc.html = closeHtml(d, c);
    doc.rightToLeft = c.language == ReceiptLabels::Language::Persian;
    doc.fontFamily = DocumentStyle::fontFamily();
    return doc;
}

} // namespace pishkhan
