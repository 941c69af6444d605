#pragma once

#include "ReportContext.h"
#include "core/Result.h"
#include "security/AuditTrail.h"

#include <QByteArray>
#include <QString>

namespace pishkhan {

// The audit trail as an auditor takes it away: a CSV for a spreadsheet and a PDF to file, both
// saying whether the chain verified when they were made and, per event, whether that event is
// covered by the verified part of the chain. Times are office-local, in the Solar Hijri
// calendar, with the UTC instant beside them in the CSV for machines.
class AuditTrailExporter
{
public:
    AuditTrailExporter() = delete;

    // Columns: seq, at_utc, at_local, kind, kind_name, actor, actor_name, subject, detail,
    // chain (verified / broken / unverified).
    [[nodiscard]] static QByteArray csv(const AuditTrailPage& page, const ReportContext& context);
    [[nodiscard]] static QString html(const AuditTrailPage& page, const ReportContext& context);
    // Error code: render.failed.
    static Status pdf(const AuditTrailPage& page, const ReportContext& context,
                      const QString& pdfPath);
};

} // namespace pishkhan
