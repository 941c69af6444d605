#include "ExportFormat.h"

#include "DocumentStyle.h"
#include "core/SolarHijri.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

QByteArray ExportFormat::csv(const QList<QStringList>& rows)
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

QString ExportFormat::htmlHeader(const QString& title, const QString& subtitle,
                                 const ReportContext& c)
{
    using Key = ReceiptLabels::Key;
    QString h = u"<html><body dir=\""_s + DocumentStyle::direction(c.language) + u"\">"_s;
    h += u"<h2 align=\"center\">"_s + DocumentStyle::escape(title) + u"</h2>"_s;
    h += u"<p align=\"center\">"_s + DocumentStyle::escape(c.officeName) + u" — "_s +
         DocumentStyle::label(Key::Office, c.language) + u" "_s +
         DocumentStyle::code(c.officeCode) + u" — "_s +
         DocumentStyle::label(Key::Counter, c.language) + u" "_s +
         DocumentStyle::number(c.counter, c.language) + u"</p>"_s;
    h += u"<p align=\"center\">"_s + subtitle + u"</p>"_s;
    const QString generated = SolarHijri::formatEpoch(c.generatedAt, c.effectiveZone(),
                                                      c.language == DocumentStyle::Language::Persian
                                                          ? SolarHijri::Digits::Persian
                                                          : SolarHijri::Digits::Latin);
    h += u"<p align=\"center\">"_s + DocumentStyle::label(Key::GeneratedAt, c.language) + u": "_s +
         DocumentStyle::code(generated) + u"</p>"_s;
    return h;
}

QString ExportFormat::htmlTable(const QStringList& headers, const QList<QStringList>& rows,
                                ReceiptLabels::Language language)
{
    QString h = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" dir=\""_s +
                DocumentStyle::direction(language) + u"\"><tr>"_s;
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

Status ExportFormat::pdfFromHtml(const QString& html, const QString& title, const QString& pdfPath)
{
    {
        QPdfWriter writer(pdfPath);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        DocumentStyle::setUp(doc, DocumentStyle::Language::Persian, 10.0);
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

} // namespace pishkhan
