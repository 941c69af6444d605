#include "CsvTable.h"

#include <QStringDecoder>

namespace pishkhan {

using namespace Qt::StringLiterals;

Result<QList<CsvTable::Record>> CsvTable::parse(const QByteArray& utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(utf8);
    if (decoder.hasError())
        return Error(u"csv.encoding"_s,
                     QT_TRANSLATE_NOOP("Error", "The file is not UTF-8 text; save it as "
                                                "\"CSV UTF-8\"."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    int quoteLine = 0;
    auto endField = [&] {
        current.fields += field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        // A blank line is no record.
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            records += current;
        current = Record{nextLine, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRecord(line);
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error(u"csv.syntax"_s,
                     QT_TRANSLATE_NOOP("Error", "The CSV file has a quote that is never closed."),
                     u"line "_s + QString::number(quoteLine), quoteLine);
    if (fieldStarted || !current.fields.isEmpty() || !field.isEmpty())
        endRecord(line + 1);
    return records;
}

QByteArray CsvTable::formatRecord(const QStringList& fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        QString f = fields[i];
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
            f.replace(u"\""_s, u"\"\""_s);
            out += '"' + f.toUtf8() + '"';
        } else {
            out += f.toUtf8();
        }
    }
    return out + "\r\n";
}

} // namespace pishkhan
