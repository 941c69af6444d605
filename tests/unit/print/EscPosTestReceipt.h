#pragma once

#include "ledger/ReceiptData.h"

#include <QTimeZone>

namespace pishkhan::test {

// A fee receipt as the ledger resolves one: Persian office, clerk and service names, a card
// payment, an amount in the thousands and a tracking code (so a QR code is printed).
inline ReceiptData escPosReceipt()
{
    using namespace Qt::StringLiterals;
    ReceiptData r;
    r.officeName = u"دفتر پیشخوان شماره ۱۲ اصفهان"_s;
    r.officeCode = u"IF-1001"_s;
    r.counter = 2;
    r.clerkName = u"زهرا محمدی"_s;
    r.serviceName = u"پرونده ملکی"_s;
    r.serviceId = u"property-file"_s;
    r.fee = Money::fromRials(1'250'000);
    r.tariff = Money::fromRials(1'250'000);
    r.payment = Payment::card(u"12345678"_s, u"654321"_s);
    r.trackingCode = u"1404-KTD-000042"_s;
    r.receiptNumber = u"14040102-2-0042"_s;
    r.createdAt = 1742639700000; // 1404/01/02 14:05 in Tehran
    r.zone = QTimeZone(QByteArrayLiteral("Asia/Tehran"));
    return r;
}

} // namespace pishkhan::test
