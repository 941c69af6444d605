#pragma once

#include "PrintableDocument.h"
#include "core/Result.h"

namespace pishkhan {

// One way to paper: a PDF file, a system printer, an ESC/POS thermal printer. A failure is an
// Error with a print.* code and never consumes the document: the caller keeps it in the
// "to print" list and can hand it to print() again.
class DocumentPrinter
{
public:
    virtual ~DocumentPrinter() = default;
    DocumentPrinter() = default;
    DocumentPrinter(const DocumentPrinter&) = delete;
    DocumentPrinter& operator=(const DocumentPrinter&) = delete;

    [[nodiscard]] virtual Status print(const PrintableDocument& document) = 0;
};

} // namespace pishkhan
