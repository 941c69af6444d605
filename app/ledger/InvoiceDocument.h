#pragma once

#include "Invoice.h"
#include "ReportContext.h"
#include "core/Result.h"

#include <QString>

namespace pishkhan {

// The consolidated invoice of a batch as the organisation receives it: A4, Persian, right to
// left, in the reports' styling. One row per request with its service, tracking code ("queued
// for sending" until sync brings it) and fee; the total; the organisation's name, legal-entity
// id and mandate number; the batch file's SHA-256 so the organisation can match it to what it
// sent.
class InvoiceDocument
{
public:
    InvoiceDocument() = delete;

    [[nodiscard]] static QString html(const Invoice& invoice, const ReportContext& context);
    // Error code: render.failed.
    static Status pdf(const Invoice& invoice, const ReportContext& context, const QString& pdfPath);
};

} // namespace pishkhan
