#include "PropertyInquiry.h"

#include "core/NationalCode.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pishkhan {

QString PropertyInquiry::propertyNamed(const QJsonObject& fields)
{
    const QJsonValue code = fields.value(u"renovation_code"_s);
    if (code.isObject()) {
        const QJsonObject c = code.toObject();
        QStringList parts;
        for (const char* part :
             {"district", "area", "block", "property", "building", "apartment", "shop"})
            parts.append(QString::number(c.value(QLatin1StringView(part)).toInteger()));
        return parts.join(u'-');
    }
    if (code.isString())
        return code.toString();
    const QJsonObject plate = fields.value(u"registered_plate"_s).toObject();
    if (!plate.isEmpty())
        return u"%1/%2/%3"_s.arg(plate.value(u"section"_s).toInteger())
            .arg(plate.value(u"main"_s).toInteger())
            .arg(plate.value(u"sub"_s).toInteger());
    return {};
}

bool PropertyInquiry::isPropertyInquiry(const QString& serviceId)
{
    return serviceId == QLatin1StringView(kServiceId);
}

AuditEvent PropertyInquiry::auditEvent(const QString& requestId, const QString& nationalCode,
                                       const QJsonObject& fields)
{
    const auto code = NationalCode::parse(nationalCode);
    AuditEvent event;
    event.kind = AuditKind::PropertyInquiry;
    const QJsonObject detail{{u"request_id"_s, requestId},
                             {u"national_code"_s, code ? code->masked() : u"?"_s},
                             {u"property"_s, propertyNamed(fields)}};
    event.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    return event;
}

Result<QList<FollowUpRecord>> PropertyInquiry::recent(Database& db, LedgerStore& ledger, int limit)
{
    auto stmt = db.prepare("SELECT request_id FROM outbox WHERE service_id = :service "
                           "ORDER BY seq DESC LIMIT :limit");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll(
            {{":service", QString::fromLatin1(kServiceId)}, {":limit", qint64(limit)}});
        !s)
        return s.error();
    auto ids = stmt->collect([](const Row& row) { return row.text(0); });
    if (!ids)
        return ids.error();
    FollowUpLookup lookup(db, ledger);
    QList<FollowUpRecord> records;
    for (const QString& id : *ids) {
        auto record = lookup.record(id);
        if (!record)
            return record.error();
        if (*record)
            records.append(std::move(**record));
    }
    return records;
}

Result<PropertyFile> PropertyInquiry::fileOf(const FollowUpRecord& record)
{
    const auto& progress = record.progress;
    if (progress && progress->status == u"done") {
        const QJsonObject result = QJsonDocument::fromJson(progress->resultJson.toUtf8()).object();
        return PropertyFile::parse(result.value(u"data"_s).toObject());
    }
    const bool refused =
        (progress && progress->isFinal) || record.request.state == OutboxState::Rejected;
    if (refused) {
        const QString why = progress && !progress->rejectionEn.isEmpty()
                                ? progress->rejectionEn
                                : record.request.lastErrorMessage;
        return Error(u"property_file.refused"_s,
                     QT_TRANSLATE_NOOP("Error", "The municipality did not answer this property "
                                                "file request; see the request in follow-up."),
                     why);
    }
    return Error(u"property_file.waiting"_s,
                 QT_TRANSLATE_NOOP("Error", "The municipality has not answered this request "
                                            "yet; the answer appears here when it arrives."),
                 record.request.requestId);
}

} // namespace pishkhan
