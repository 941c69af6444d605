#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace pishkhan {

// RFC 4180 CSV, UTF-8: what spreadsheet programs write and read. Quoted fields may hold commas,
// quotes ("") and line breaks; CRLF and LF both end a record; a leading BOM is skipped.
class CsvTable
{
public:
    // Records in file order, each with the 1-based line number it starts on.
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    // Error code: csv.syntax (an unterminated quote; nativeCode() = its line),
    // csv.encoding (not UTF-8).
    [[nodiscard]] static Result<QList<Record>> parse(const QByteArray& utf8);

    // One record, quoted where needed, ending in CRLF.
    [[nodiscard]] static QByteArray formatRecord(const QStringList& fields);
};

} // namespace pishkhan
