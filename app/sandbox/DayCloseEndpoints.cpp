#include "DayCloseEndpoints.h"

#include "Clock.h"
#include "Ed25519Signer.h"
#include "JsonFields.h"
#include "SandboxStore.h"
#include "Secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pishkhan::sandbox {

namespace {

ApiResponse invalid(const QString& detail, const QString& pointer)
{
    return ApiResponse::problem(Problem(QStringLiteral("day-close-invalid"), detail, pointer));
}

bool isBusinessDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

QByteArray fromBase64Strict(const QString& text, bool& ok)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    ok = decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok;
    return decoded.decoded;
}

QJsonObject ackAnswer(const QByteArray& ackBytes, const QByteArray& signature, const QString& keyId)
{
    return {{QStringLiteral("ack"), QString::fromLatin1(ackBytes.toBase64())},
            {QStringLiteral("ack_document"), QJsonDocument::fromJson(ackBytes).object()},
            {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
            {QStringLiteral("key_id"), keyId},
            {QStringLiteral("algorithm"), QStringLiteral("Ed25519")}};
}

// The acknowledgement a stored close was answered with (the signed bytes' members).
QJsonObject storedAck(const DayCloseRecord& record)
{
    const QJsonObject answer = QJsonDocument::fromJson(record.ack).object();
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(answer.value(QStringLiteral("ack")).toString().toLatin1()))
        .object();
}

} // namespace

std::optional<ApiResponse> DayCloseEndpoints::continuesTheChain(const QString& deviceId,
                                                                const QJsonObject& close,
                                                                qint64 lastSeq,
                                                                const QString& lastHash)
{
    // The backend never sees the entries, only each close's chain head. What it can hold the
    // counter to: the head never moves back, one entry number has one hash, and a close that
    // names the acknowledgement it builds on names one this backend really gave.
    auto latest = m_context.store.latestDayClose(deviceId);
    if (!latest)
        return ApiResponse::internal();
    if (*latest) {
        const QJsonObject head = storedAck(**latest);
        const qint64 headSeq = head.value(QStringLiteral("received_up_to_entry")).toInteger();
        if (lastSeq < headSeq)
            return ApiResponse::problem(
                Problem(QStringLiteral("day-close-entry-backwards"),
                        QStringLiteral("last_entry_seq %1 is before %2 of %3")
                            .arg(lastSeq)
                            .arg(headSeq)
                            .arg((*latest)->businessDate),
                        QStringLiteral("/close/last_entry_seq")));
        if (lastSeq == headSeq &&
            lastHash != head.value(QStringLiteral("last_entry_hash")).toString())
            return ApiResponse::problem(
                Problem(QStringLiteral("day-close-chain-broken"),
                        QStringLiteral("entry %1 had another hash in the close of %2")
                            .arg(lastSeq)
                            .arg((*latest)->businessDate),
                        QStringLiteral("/close/last_entry_hash")));
    }
    const QJsonValue named = close.value(QStringLiteral("previous_acknowledgement"));
    if (named.isUndefined() || named.isNull())
        return std::nullopt; // a counter with no acknowledgement yet (first close, or offline)
    const QJsonObject previous = named.toObject();
    const QString previousDate = previous.value(QStringLiteral("business_date")).toString();
    const auto broken = [&](const QString& why) {
        return ApiResponse::problem(Problem(QStringLiteral("day-close-chain-broken"), why,
                                            QStringLiteral("/close/previous_acknowledgement")));
    };
    if (!isBusinessDate(previousDate))
        return broken(QStringLiteral("previous_acknowledgement names no business date"));
    auto acknowledged = m_context.store.dayClose(deviceId, previousDate);
    if (!acknowledged)
        return ApiResponse::internal();
    if (!*acknowledged)
        return broken(QStringLiteral("no close of ") + previousDate +
                      QStringLiteral(" was received"));
    const QJsonObject given = storedAck(**acknowledged);
    const qint64 previousSeq = previous.value(QStringLiteral("received_up_to_entry")).toInteger();
    if (previousSeq != given.value(QStringLiteral("received_up_to_entry")).toInteger() ||
        previous.value(QStringLiteral("last_entry_hash")).toString() !=
            given.value(QStringLiteral("last_entry_hash")).toString() ||
        previous.value(QStringLiteral("close_sha256")).toString() !=
            given.value(QStringLiteral("close_sha256")).toString())
        return broken(QStringLiteral("previous_acknowledgement is not the one given for ") +
                      previousDate);
    if (lastSeq < previousSeq)
        return ApiResponse::problem(Problem(QStringLiteral("day-close-entry-backwards"),
                                            QStringLiteral("last_entry_seq is before the "
                                                           "previous acknowledgement's"),
                                            QStringLiteral("/close/last_entry_seq")));
    return std::nullopt;
}

ApiResponse DayCloseEndpoints::upload(const ApiCall& call)
{
    JsonFields f(call.body);
    f.allowOnly({QStringLiteral("close"), QStringLiteral("signature")});
    const QString closeText = f.string(QStringLiteral("close"), true, 200'000);
    const QString signatureText = f.string(QStringLiteral("signature"), true, 200);
    if (f.problem())
        return ApiResponse::problem(*f.problem());
    bool ok = false;
    const QByteArray document = fromBase64Strict(closeText, ok);
    if (!ok || document.isEmpty())
        return invalid(QStringLiteral("close must be base64"), QStringLiteral("/close"));
    const QByteArray signature = fromBase64Strict(signatureText, ok);
    if (!ok || signature.size() != 64)
        return invalid(QStringLiteral("signature must be base64 of 64 bytes"),
                       QStringLiteral("/signature"));
    // The signature covers the exact bytes the device signed; check it before trusting any
    // of their content.
    if (!Ed25519Signer::verify(call.device.publicKey, document, signature))
        return ApiResponse::problem(Problem(QStringLiteral("day-close-signature-invalid"), {},
                                            QStringLiteral("/signature")));
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(document, &parseError);
    if (!parsed.isObject())
        return invalid(QStringLiteral("close document is not a JSON object"),
                       QStringLiteral("/close"));
    const QJsonObject close = parsed.object();
    JsonFields c(close, QStringLiteral("/close"));
    const QString deviceId = c.string(QStringLiteral("device_id"), true, 64);
    const QString businessDate = c.string(QStringLiteral("business_date"), true, 10);
    const qint64 lastSeq = c.integer(QStringLiteral("last_entry_seq"), true, 0, 1LL << 50);
    const QString lastHash = c.string(QStringLiteral("last_entry_hash"), true, 64);
    const QString closedAt = c.string(QStringLiteral("closed_at"), true, 40);
    const QJsonObject totals = c.object(QStringLiteral("totals"));
    if (c.problem())
        return ApiResponse::problem(Problem(QStringLiteral("day-close-invalid"),
                                            c.problem()->detail(), c.problem()->pointer()));
    JsonFields t(totals, QStringLiteral("/close/totals"));
    (void)t.integer(QStringLiteral("count"), true, 0, 1LL << 40);
    // Negative when refunds of earlier days outweigh the day's fees.
    (void)t.integer(QStringLiteral("amount_rials"), true, -(1LL << 52), 1LL << 52);
    if (t.problem())
        return ApiResponse::problem(Problem(QStringLiteral("day-close-invalid"),
                                            t.problem()->detail(), t.problem()->pointer()));
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex64.match(lastHash).hasMatch())
        return invalid(QStringLiteral("last_entry_hash must be 64 lower-case hex digits"),
                       QStringLiteral("/close/last_entry_hash"));
    if (!isBusinessDate(businessDate))
        return invalid(QStringLiteral("business_date must be YYYY-MM-DD"),
                       QStringLiteral("/close/business_date"));
    if (!QDateTime::fromString(closedAt, Qt::ISODate).isValid())
        return invalid(QStringLiteral("closed_at must be RFC 3339"),
                       QStringLiteral("/close/closed_at"));
    if (deviceId != call.device.id)
        return ApiResponse::problem(Problem(QStringLiteral("day-close-device-mismatch"), {},
                                            QStringLiteral("/close/device_id")));

    const QString closeHash = Secrets::sha256Hex(document);
    auto existing = m_context.store.dayClose(call.device.id, businessDate);
    if (!existing)
        return ApiResponse::internal();
    if (*existing) {
        if ((*existing)->closeSha256 != closeHash)
            return ApiResponse::problem(Problem(QStringLiteral("day-close-conflict"), businessDate,
                                                QStringLiteral("/close/business_date")));
        ApiResponse r;
        r.status = 200;
        r.contentType = QByteArrayLiteral("application/json; charset=utf-8");
        r.body = (*existing)->ack;
        return r;
    }

    if (std::optional<ApiResponse> refused =
            continuesTheChain(call.device.id, close, lastSeq, lastHash))
        return *refused;

    const QJsonObject ack{{QStringLiteral("type"), QStringLiteral("pishkhan.day-close-ack.v1")},
                          {QStringLiteral("device_id"), call.device.id},
                          {QStringLiteral("office_code"), call.device.officeCode},
                          {QStringLiteral("counter"), call.device.counter},
                          {QStringLiteral("business_date"), businessDate},
                          {QStringLiteral("received_up_to_entry"), lastSeq},
                          {QStringLiteral("last_entry_hash"), lastHash},
                          {QStringLiteral("close_sha256"), closeHash},
                          {QStringLiteral("received_at"), Clock::toRfc3339(call.now)},
                          {QStringLiteral("key_id"), m_context.signer.keyId()}};
    const QByteArray ackBytes = QJsonDocument(ack).toJson(QJsonDocument::Compact);
    const QByteArray ackSignature = m_context.signer.sign(ackBytes);
    if (ackSignature.isEmpty())
        return ApiResponse::internal();
    const QJsonObject answer = ackAnswer(ackBytes, ackSignature, m_context.signer.keyId());

    DayCloseRecord record;
    record.deviceId = call.device.id;
    record.businessDate = businessDate;
    record.officeCode = call.device.officeCode;
    record.counter = call.device.counter;
    record.closeDocument = document;
    record.signature = signature;
    record.closeSha256 = closeHash;
    record.ack = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    record.receivedAt = call.now;
    if (!m_context.store.insertDayClose(record))
        return ApiResponse::internal();
    ApiResponse r;
    r.status = 201;
    r.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    r.body = record.ack;
    return r;
}

ApiResponse DayCloseEndpoints::officeDay(const ApiCall& call)
{
    const QString date = call.request.query.queryItemValue(QStringLiteral("business_date"));
    if (!isBusinessDate(date))
        return ApiResponse::problem(Problem(QStringLiteral("query-invalid"),
                                            QStringLiteral("business_date must be YYYY-MM-DD")));
    auto devices = m_context.store.devicesOfOffice(call.device.officeCode);
    auto closes = m_context.store.dayClosesOfOffice(call.device.officeCode, date);
    if (!devices || !closes)
        return ApiResponse::internal();
    QJsonArray counters;
    qint64 count = 0;
    qint64 amount = 0;
    for (const DeviceRecord& d : *devices) {
        QJsonObject entry{{QStringLiteral("device_id"), d.id},
                          {QStringLiteral("counter"), d.counter},
                          {QStringLiteral("label"), d.label},
                          {QStringLiteral("active"), d.revokedAt == 0},
                          {QStringLiteral("closed"), false}};
        for (const DayCloseRecord& c : *closes) {
            if (c.deviceId != d.id)
                continue;
            const QJsonObject doc = QJsonDocument::fromJson(c.closeDocument).object();
            const QJsonObject totals = doc.value(QStringLiteral("totals")).toObject();
            count += totals.value(QStringLiteral("count")).toInteger();
            amount += totals.value(QStringLiteral("amount_rials")).toInteger();
            entry.insert(QStringLiteral("closed"), true);
            entry.insert(QStringLiteral("received_at"), Clock::toRfc3339(c.receivedAt));
            entry.insert(QStringLiteral("close"), doc);
            entry.insert(QStringLiteral("close_signature"),
                         QString::fromLatin1(c.signature.toBase64()));
            entry.insert(QStringLiteral("acknowledgement"),
                         QJsonDocument::fromJson(c.ack).object());
        }
        // Deactivated counters without a close that day are noise in the supervisor's view.
        if (d.revokedAt != 0 && !entry.value(QStringLiteral("closed")).toBool())
            continue;
        counters.append(entry);
    }
    return ApiResponse::json(
        200, {{QStringLiteral("office_code"), call.device.officeCode},
              {QStringLiteral("business_date"), date},
              {QStringLiteral("counters"), counters},
              {QStringLiteral("closed_counters"), static_cast<qint64>(closes->size())},
              {QStringLiteral("totals"), QJsonObject{{QStringLiteral("count"), count},
                                                     {QStringLiteral("amount_rials"), amount}}}});
}

} // namespace pishkhan::sandbox
