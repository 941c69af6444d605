#include "BatchSubmitter.h"

#include "CsvTable.h"
#include "core/MobileNumber.h"
#include "core/NationalCode.h"
#include "counter/ServiceCatalogue.h"
#include "counter/ServiceErrors.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDefaultConsentMs = 24LL * 60 * 60 * 1000;

const QStringList kKnownColumns = {u"service_id"_s,        u"national_code"_s, u"mobile"_s,
                                   u"consent_token"_s,     u"district"_s,      u"citizen_name"_s,
                                   u"consent_expires_at"_s};
const QStringList kRequiredColumns = {u"service_id"_s, u"national_code"_s, u"mobile"_s,
                                      u"consent_token"_s};

Error rowError(const QString& code, const char* text, const QString& detail)
{
    return Error(code, text, detail);
}

QString value(const QStringList& header, const QStringList& fields, const QString& column)
{
    const qsizetype i = header.indexOf(column);
    return i >= 0 && i < fields.size() ? fields[i].trimmed() : QString();
}

} // namespace

QByteArray BatchSubmitter::Summary::resultCsv() const
{
    QByteArray out = "\xEF\xBB\xBF";
    out += CsvTable::formatRecord(
        {u"row"_s, u"status"_s, u"reason_code"_s, u"reason"_s, u"request_id"_s});
    for (const RowResult& r : rows)
        out += CsvTable::formatRecord(
            {QString::number(r.row), statusName(r.status), r.reasonCode, r.reason, r.requestId});
    return out;
}

BatchSubmitter::BatchSubmitter(const ServiceCatalogue& catalogue, QString officeCode,
                               QueueRow queue, RowExists exists, qint64 nowMs)
    : m_catalogue(catalogue)
    , m_officeCode(std::move(officeCode))
    , m_queue(std::move(queue))
    , m_exists(std::move(exists))
    , m_now(nowMs)
{}

QString BatchSubmitter::statusName(RowStatus status)
{
    switch (status) {
    case RowStatus::Queued:
        return u"queued"_s;
    case RowStatus::Duplicate:
        return u"duplicate"_s;
    case RowStatus::Invalid:
        return u"invalid"_s;
    case RowStatus::Failed:
        return u"failed"_s;
    }
    return {};
}

QString BatchSubmitter::requestIdFor(const QString& officeCode, const QByteArray& canonicalRow)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("pishkhan-batch-v1\n"));
    hash.addData(officeCode.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonicalRow);
    QByteArray bytes = hash.result().left(16);
    // Shaped as a UUID v4 (version 4, RFC 4122 variant): the outbox and the backend take only
    // that shape; the bits are a hash, so the same row always gets the same id.
    bytes[6] = char((quint8(bytes[6]) & 0x0f) | 0x40);
    bytes[8] = char((quint8(bytes[8]) & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

Result<OutboxEntry> BatchSubmitter::buildEntry(const QStringList& header,
                                               const QStringList& fields) const
{
    if (fields.size() != header.size())
        return rowError(u"batch.columns"_s,
                        QT_TRANSLATE_NOOP("Error", "The row has a different number of columns "
                                                   "than the header."),
                        QString::number(fields.size()) + u" columns instead of "_s +
                            QString::number(header.size()));

    const QString serviceId = value(header, fields, u"service_id"_s);
    const ServiceDefinition* service = m_catalogue.find(serviceId);
    if (!service)
        return ServiceErrors::unknownService(u"service_id"_s);
    if (!service->active)
        return ServiceErrors::inactiveService(u"service_id"_s);
    Result<NationalCode> nationalCode =
        NationalCode::parse(value(header, fields, u"national_code"_s));
    if (!nationalCode)
        return Error(nationalCode.error()).prefixDetail(u"national_code"_s);
    Result<MobileNumber> mobile = MobileNumber::parse(value(header, fields, u"mobile"_s));
    if (!mobile)
        return Error(mobile.error()).prefixDetail(u"mobile"_s);
    const QString token = value(header, fields, u"consent_token"_s);
    const OrganisationMandate* mandate = nullptr;
    if (m_billing) {
        for (const OrganisationMandate& m : m_billing->mandates) {
            if (m.services.contains(service->id)) {
                mandate = &m;
                break;
            }
        }
        if (!mandate)
            return rowError(u"batch.mandate_service"_s,
                            QT_TRANSLATE_NOOP("Error", "The organisation's mandate does not "
                                                       "cover this service; the citizen's own "
                                                       "one-time code is needed."),
                            u"service_id"_s);
        if (!token.isEmpty())
            return rowError(u"batch.consent_with_mandate"_s,
                            QT_TRANSLATE_NOOP("Error", "A row billed to an organisation goes "
                                                       "under its mandate and carries no "
                                                       "consent token."),
                            u"consent_token"_s);
    } else if (token.isEmpty())
        return rowError(u"batch.consent_missing"_s,
                        QT_TRANSLATE_NOOP("Error", "The row has no consent token; ask the "
                                                   "citizen for a one-time code first."),
                        u"consent_token"_s);
    qint64 consentExpires = mandate ? mandate->validUntil : m_now + kDefaultConsentMs;
    if (const QString at = value(header, fields, u"consent_expires_at"_s);
        !mandate && !at.isEmpty()) {
        const QDateTime when = QDateTime::fromString(at, Qt::ISODate);
        if (!when.isValid())
            return rowError(u"batch.consent_expiry"_s,
                            QT_TRANSLATE_NOOP("Error", "The consent expiry is not a valid time."),
                            u"consent_expires_at"_s);
        consentExpires = when.toMSecsSinceEpoch();
        if (consentExpires <= m_now)
            return rowError(u"batch.consent_expired"_s,
                            QT_TRANSLATE_NOOP("Error", "The citizen's consent has expired; a new "
                                                       "one-time code is needed."),
                            u"consent_expires_at"_s);
    }

    int district = 0;
    if (const QString d = value(header, fields, u"district"_s); !d.isEmpty()) {
        bool ok = false;
        district = d.toInt(&ok);
        if (!ok)
            return rowError(u"batch.district"_s,
                            QT_TRANSLATE_NOOP("Error", "The district is not a number."),
                            u"district"_s);
    }

    QJsonObject values;
    bool districtFromCode = false;
    for (const FieldSchema& schema : service->fields) {
        const QString input = value(header, fields, u"field."_s + schema.name.toLower());
        Result<QJsonValue> v = schema.validate(input);
        if (!v)
            return Error(v.error()).prefixDetail(u"field."_s + schema.name);
        if (v->isUndefined())
            continue;
        // As at the counter: the first renovation code names the district.
        if (schema.type == FieldType::RenovationCode && !districtFromCode) {
            district = v->toObject().value(u"district"_s).toInt(district);
            districtFromCode = true;
        }
        values.insert(schema.name, *v);
    }
    // A value in a field.* column the service's form does not have would be dropped silently.
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!header[i].startsWith(u"field."_s) || fields[i].trimmed().isEmpty())
            continue;
        const QString name = header[i].mid(6);
        const bool known =
            std::any_of(service->fields.begin(), service->fields.end(),
                        [&](const FieldSchema& f) { return f.name.toLower() == name; });
        if (!known)
            return ServiceErrors::unknownField(header[i]);
    }
    if (!service->isOfferedIn(district))
        return ServiceErrors::notInDistrict(u"district "_s + QString::number(district));
    Result<Money> fee = service->fee();
    if (!fee)
        return fee.error();

    const QJsonObject payment = mandate ? QJsonObject{{u"method"_s, u"invoice"_s},
                                                      {u"reference"_s, m_billing->invoiceNumber}}
                                        : QJsonObject{{u"method"_s, u"cash"_s}};
    const QJsonObject payload{{u"district"_s, district},
                              {u"fields"_s, values},
                              {u"fee_rials"_s, fee->rials()},
                              {u"payment"_s, payment},
                              {u"catalogue_version"_s, m_catalogue.version()}};
    OutboxEntry e;
    e.serviceId = service->id;
    e.nationalCode = nationalCode->canonical();
    e.mobile = mobile->canonical();
    e.citizenName = value(header, fields, u"citizen_name"_s);
    e.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    e.consentToken = token;
    e.consentExpiresAt = consentExpires;
    if (mandate) {
        e.mandateNumber = mandate->mandateNumber;
        e.organisationId = m_billing->organisationId;
    }
    // The identity of the request: who, what, under which consent, with which form. Not the
    // expiry or the name, so a corrected spelling of a name does not queue the request twice.
    QJsonObject identity{{u"service_id"_s, e.serviceId}, {u"national_code"_s, e.nationalCode},
                         {u"mobile"_s, e.mobile},        {u"consent_token"_s, e.consentToken},
                         {u"district"_s, district},      {u"fields"_s, values}};
    // Under a mandate the organisation and its mandate stand where the consent token stood: the
    // same file sent again is the same requests, whatever invoice it would have gone on.
    if (mandate) {
        identity.remove(u"consent_token"_s);
        identity.insert(u"organisation_id"_s, e.organisationId);
        identity.insert(u"mandate_number"_s, e.mandateNumber);
    }
    const QByteArray canonical = QJsonDocument(identity).toJson(QJsonDocument::Compact);
    e.requestId = requestIdFor(m_officeCode, canonical);
    return e;
}

Result<BatchSubmitter::Summary> BatchSubmitter::submit(const QByteArray& csv)
{
    Result<QList<CsvTable::Record>> records = CsvTable::parse(csv);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error(u"batch.header"_s,
                     QT_TRANSLATE_NOOP("Error", "The batch file has no header row."));
    QStringList header;
    for (const QString& name : records->first().fields)
        header += name.trimmed().toLower();
    QSet<QString> seen;
    for (const QString& column : header) {
        if ((!kKnownColumns.contains(column) && !column.startsWith(u"field."_s)) ||
            seen.contains(column))
            return Error(u"batch.header"_s,
                         QT_TRANSLATE_NOOP("Error", "The batch file's header has an unknown or "
                                                    "repeated column."),
                         column);
        seen.insert(column);
    }
    for (const QString& required : kRequiredColumns) {
        if (m_billing && required == u"consent_token"_s)
            continue;
        if (!seen.contains(required))
            return Error(u"batch.header"_s,
                         QT_TRANSLATE_NOOP("Error", "The batch file's header lacks a required "
                                                    "column."),
                         required);
    }

    Summary summary;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvTable::Record& record = records->at(i);
        RowResult result;
        result.row = record.line;
        Result<OutboxEntry> entry = buildEntry(header, record.fields);
        if (!entry) {
            result.status = RowStatus::Invalid;
            result.reasonCode = entry.error().code();
            result.reason = entry.error().message();
            ++summary.invalid;
            summary.rows += result;
            continue;
        }
        result.requestId = entry->requestId;
        Result<bool> exists = m_exists(entry->requestId);
        if (exists && *exists) {
            result.status = RowStatus::Duplicate;
            ++summary.duplicates;
        } else if (Status queued = exists ? m_queue(*entry) : Status(exists.error()); queued) {
            result.status = RowStatus::Queued;
            ++summary.queued;
        } else {
            result.status = RowStatus::Failed;
            result.reasonCode = queued.error().code();
            result.reason = queued.error().message();
            ++summary.failed;
        }
        summary.rows += result;
    }
    return summary;
}

} // namespace pishkhan
