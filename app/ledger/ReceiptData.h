#pragma once

#include "PaymentMethod.h"
#include "core/Money.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace pishkhan {

// Everything a printed receipt shows, already resolved (names, tracking code). Built by
// LedgerService::receipt() from the ledger and the outbox; rendered by ReceiptRenderer.
struct ReceiptData
{
    QString officeName;
    QString officeCode;
    int counter = 0;
    QString clerkName;
    QString serviceName; // Persian name from the tariff table
    QString serviceId;
    Money fee;
    Money tariff;
    Payment payment;
    QString trackingCode;  // empty = still queued for sending
    QString receiptNumber; // ReceiptNumber::format()
    qint64 createdAt = 0;  // UTC epoch ms of the fee
    QTimeZone zone;
    int copyNo = 0; // 0 = the original, n = the n-th copy (a reprint)
    bool voided = false;
    // A refund receipt: receiptNumber, fee and payment are the original fee's; these say what
    // went back, when, why, how (a card refund's reversal reference) and who approved it.
    bool refund = false;
    Money refundAmount;
    qint64 refundedAt = 0;
    QString refundReason;
    QString approvedBy;
    QString reversalReference;
    // Printed by a counter in training mode: the paper says it is not valid.
    bool training = false;
};

} // namespace pishkhan
