#pragma once

#include "ReceiptLabels.h"

#include <QMap>
#include <QString>
#include <QTimeZone>

namespace pishkhan {

// Who the report is for and how to name things in it.
struct ReportContext
{
    QString officeName;
    QString officeCode;
    int counter = 0;
    qint64 generatedAt = 0;              // UTC epoch ms
    QTimeZone zone;                      // invalid = Asia/Tehran
    QMap<QString, QString> serviceNames; // id → Persian name
    QMap<QString, QString> clerkNames;   // username → display name (missing: the username)
    ReceiptLabels::Language language = ReceiptLabels::Language::Persian;

    // zone, or the office's (Asia/Tehran) when it is not set.
    [[nodiscard]] QTimeZone effectiveZone() const;
    // A document label in the report's language (plain text, not HTML-escaped).
    [[nodiscard]] QString label(ReceiptLabels::Key key) const;
};

} // namespace pishkhan
