#include "FollowUpLookup.h"

#include "FieldSchema.h"
#include "ServiceCatalogue.h"
#include "ServiceDefinition.h"
#include "ServiceErrors.h"
#include "core/DigitMask.h"
#include "core/MobileNumber.h"
#include "core/NationalCode.h"
#include "core/RegisteredPlate.h"
#include "core/RenovationCode.h"
#include "core/SolarHijri.h"
#include "ledger/LedgerStore.h"
#include "ledger/ReceiptNumber.h"
#include "storage/Database.h"
#include "storage/Row.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

// Enough for any office's history; the outbox keeps rows for the follow-up screen.
constexpr int kScanLimit = 1'000'000;

struct PagedEntry
{
    OutboxEntry entry;
    qint64 seq = 0;
};

// The outbox columns, then seq (the keyset's tie-breaker).
const QString& selectEntry()
{
    static const QString sql =
        u"SELECT "_s + QLatin1StringView(OutboxStore::entryColumns()) + u", seq FROM outbox "_s;
    return sql;
}

PagedEntry readPaged(const Row& row)
{
    return PagedEntry{OutboxStore::entryFromRow(row), row.int64(OutboxStore::kEntryColumnCount)};
}

Error notRejected(const QString& requestId)
{
    return Error(u"followup.not_rejected"_s,
                 QT_TRANSLATE_NOOP("Error", "Only a request the municipality rejected after "
                                            "accepting it can be served again as a new one."),
                 u"request "_s + requestId);
}

QString fieldText(const FieldSchema* schema, const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (schema && schema->type == FieldType::RenovationCode) {
            const auto code = RenovationCode::fromParts(
                RenovationCode::Parts{o.value(u"district"_s).toInt(), o.value(u"area"_s).toInt(),
                                      o.value(u"block"_s).toInt(), o.value(u"property"_s).toInt(),
                                      o.value(u"building"_s).toInt(),
                                      o.value(u"apartment"_s).toInt(), o.value(u"shop"_s).toInt()});
            if (code)
                return code->canonical();
        }
        if (schema && schema->type == FieldType::RegisteredPlate) {
            const auto plate =
                RegisteredPlate::fromParts(o.value(u"section"_s).toInt(),
                                           o.value(u"main"_s).toInt(), o.value(u"sub"_s).toInt());
            if (plate)
                return plate->display();
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

} // namespace

QString FollowUpRecord::maskedNationalCode() const
{
    if (otherCounter)
        return request.nationalCode; // the backend sends it masked already
    const auto code = NationalCode::parse(request.nationalCode);
    return code ? code->masked() : DigitMask::mask(request.nationalCode);
}

QString FollowUpRecord::maskedMobile() const
{
    if (otherCounter)
        return request.mobile;
    const auto mobile = MobileNumber::parse(request.mobile);
    return mobile ? mobile->masked() : DigitMask::mask(request.mobile);
}

bool FollowUpRecord::rejectedAfterAcceptance() const
{
    return request.state == OutboxState::Accepted && progress && progress->isFinal &&
           progress->status == u"rejected"_s;
}

QString FollowUpRecord::reasonFa() const
{
    if (rejectedAfterAcceptance())
        return progress->rejectionFa.isEmpty() ? progress->rejectionEn : progress->rejectionFa;
    return request.lastErrorMessageFa.isEmpty() ? request.lastErrorMessage
                                                : request.lastErrorMessageFa;
}

QString FollowUpRecord::reasonEn() const
{
    if (rejectedAfterAcceptance())
        return progress->rejectionEn.isEmpty() ? progress->rejectionFa : progress->rejectionEn;
    return request.lastErrorMessage.isEmpty() ? request.lastErrorMessageFa
                                              : request.lastErrorMessage;
}

FollowUpLookup::FollowUpLookup(Database& db, LedgerStore& ledger)
    : m_db(db)
    , m_outbox(db)
    , m_progress(db)
    , m_ledger(ledger)
{}

QString FollowUpLookup::normalise(const QString& input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0x06F0 && u <= 0x06F9) // Persian digits
            out.append(QChar(u'0' + (u - 0x06F0)));
        else if (u >= 0x0660 && u <= 0x0669) // Arabic-Indic digits
            out.append(QChar(u'0' + (u - 0x0660)));
        else if (u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2212)
            out.append(u'-');
        else if (!c.isSpace() && u != 0x200C && u != 0x200E && u != 0x200F &&
                 !(u >= 0x202A && u <= 0x202E) && !(u >= 0x2066 && u <= 0x2069))
            out.append(c.toUpper());
    }
    return out;
}

FollowUpLookup::QueryKind FollowUpLookup::classify(const QString& input)
{
    const QString text = normalise(input);
    static const QRegularExpression tracking(u"^\\d{4}-[A-Z]{3}-\\d{6}$"_s);
    static const QRegularExpression receipt(u"^(\\d{4})(\\d{2})(\\d{2})-(\\d{1,3})-(\\d{1,6})$"_s);
    if (tracking.match(text).hasMatch())
        return QueryKind::TrackingCode;
    const QRegularExpressionMatch r = receipt.match(text);
    if (r.hasMatch()) {
        const QDate day(r.captured(1).toInt(), r.captured(2).toInt(), r.captured(3).toInt(),
                        SolarHijri::calendar());
        return day.isValid() && r.captured(4).toInt() > 0 ? QueryKind::ReceiptNumber
                                                          : QueryKind::Invalid;
    }
    if (NationalCode::parse(text))
        return QueryKind::NationalCode;
    return QueryKind::Invalid;
}

Result<FollowUpRecord> FollowUpLookup::complete(const OutboxEntry& entry)
{
    FollowUpRecord record;
    record.request = entry;
    auto progress = m_progress.progress(entry.requestId);
    if (!progress)
        return progress.error();
    record.progress = *progress;
    auto fee = m_ledger.findByRequestId(entry.requestId);
    if (!fee)
        return fee.error();
    if (fee->has_value() && (*fee)->kind == EntryKind::Fee) {
        record.feeSeq = (*fee)->seq;
        record.receiptNumber =
            ReceiptNumber::format((*fee)->businessDay, (*fee)->counter, (*fee)->receiptNo);
    }
    return record;
}

Result<QList<FollowUpRecord>> FollowUpLookup::find(const QString& input)
{
    FollowUpQuery::Criteria criteria;
    criteria.text = input;
    if (classify(input) == QueryKind::Invalid)
        return Error(u"followup.query"_s,
                     QT_TRANSLATE_NOOP("Error", "Type a tracking code, a receipt number or a "
                                                "national code."),
                     input);
    auto query =
        FollowUpQuery::parse(criteria, SolarHijri::officeTimeZone(), FollowUpQuery::kMaxPageSize);
    if (!query)
        return query.error();
    auto page = search(*query);
    if (!page)
        return page.error();
    return page->records;
}

Result<QList<FollowUpRecord>> FollowUpLookup::completeAll(const QList<OutboxEntry>& entries)
{
    QList<FollowUpRecord> out;
    out.reserve(entries.size());
    for (const OutboxEntry& e : entries) {
        auto r = complete(e);
        if (!r)
            return r.error();
        out.append(*r);
    }
    return out;
}

Result<FollowUpLookup::PageSql> FollowUpLookup::pageSql(const FollowUpQuery& query,
                                                        const QString& pageToken)
{
    PageSql page;
    QStringList where;
    QString index;
    switch (query.kind()) {
    case FollowUpQuery::Kind::TrackingCode:
        where << u"tracking_code = :id"_s;
        page.values.append({":id", query.identifier()});
        break;
    case FollowUpQuery::Kind::ReceiptNumber: {
        // The receipt is this counter's ledger: it names the request.
        const QStringList parts = query.identifier().split(u'-');
        const QDate day(parts[0].left(4).toInt(), parts[0].mid(4, 2).toInt(),
                        parts[0].mid(6, 2).toInt(), SolarHijri::calendar());
        auto fee = m_ledger.findByReceipt(parts[1].toInt(), day, parts[2].toLongLong());
        if (!fee)
            return fee.error();
        if (!fee->has_value() || (*fee)->requestId.isEmpty())
            return page; // no such receipt here
        where << u"request_id = :id"_s;
        page.values.append({":id", (*fee)->requestId});
        break;
    }
    case FollowUpQuery::Kind::NationalCode:
        index = u"outbox_by_national_code"_s;
        where << u"national_code = :id"_s;
        page.values.append({":id", query.identifier()});
        break;
    case FollowUpQuery::Kind::Filter:
        // The most selective index the filters allow; the others filter its rows.
        index = !query.clerkId().isEmpty() ? u"outbox_by_clerk"_s
                : query.state()            ? u"outbox_by_state"_s
                                           : u"outbox_by_created"_s;
        break;
    }
    if (query.fromMs() > 0) {
        where << u"created_at >= :from"_s;
        page.values.append({":from", query.fromMs()});
    }
    if (query.toMs() > 0) {
        where << u"created_at < :to"_s;
        page.values.append({":to", query.toMs()});
    }
    if (!query.clerkId().isEmpty()) {
        where << u"clerk_id = :clerk"_s;
        page.values.append({":clerk", query.clerkId()});
    }
    if (query.state()) {
        where << u"state = :state"_s;
        page.values.append({":state", outboxStateName(*query.state())});
    }
    if (index == u"outbox_by_created"_s && query.fromMs() <= 0 && query.toMs() <= 0)
        where << u"created_at >= 0"_s; // the index's range, so the walk is by the index
    if (!pageToken.isEmpty()) {
        auto after = FollowUpQuery::position(pageToken);
        if (!after)
            return after.error();
        where << u"created_at <= :ca AND (created_at < :ca OR seq < :seq)"_s;
        page.values.append({":ca", after->createdAt});
        page.values.append({":seq", after->seq});
    }
    page.sql = selectEntry();
    if (!index.isEmpty())
        page.sql += u"INDEXED BY "_s + index + u' ';
    page.sql += u"WHERE "_s + where.join(u" AND "_s) +
                u" ORDER BY created_at DESC, seq DESC LIMIT "_s +
                QString::number(query.pageSize() + 1);
    return page;
}

Result<FollowUpResultPage> FollowUpLookup::search(const FollowUpQuery& query,
                                                  const QString& pageToken)
{
    auto sql = pageSql(query, pageToken);
    if (!sql)
        return sql.error();
    FollowUpResultPage page;
    if (sql->sql.isEmpty())
        return page;
    auto stmt = m_db.prepare(sql->sql);
    if (!stmt)
        return stmt.error();
    for (const auto& [name, value] : std::as_const(sql->values))
        if (Status s = stmt->bind(name.constData(), value); !s)
            return s.error();
    auto rows = stmt->collect(readPaged);
    if (!rows)
        return rows.error();
    if (rows->size() > query.pageSize()) {
        rows->resize(query.pageSize());
        page.nextToken = FollowUpQuery::token({rows->last().entry.createdAt, rows->last().seq});
    }
    QList<OutboxEntry> entries;
    entries.reserve(rows->size());
    for (const PagedEntry& r : std::as_const(*rows))
        entries.append(r.entry);
    auto records = completeAll(entries);
    if (!records)
        return records.error();
    page.records = *records;
    return page;
}

Result<QStringList> FollowUpLookup::searchPlan(const FollowUpQuery& query, const QString& pageToken)
{
    auto sql = pageSql(query, pageToken);
    if (!sql)
        return sql.error();
    if (sql->sql.isEmpty())
        return QStringList();
    auto stmt = m_db.prepare(u"EXPLAIN QUERY PLAN "_s + sql->sql);
    if (!stmt)
        return stmt.error();
    for (const auto& [name, value] : std::as_const(sql->values))
        if (Status s = stmt->bind(name.constData(), value); !s)
            return s.error();
    return stmt->collect([](const Row& row) { return row.text(3); });
}

Result<std::optional<FollowUpRecord>> FollowUpLookup::record(const QString& requestId)
{
    auto row = m_outbox.find(requestId);
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<FollowUpRecord>();
    auto r = complete(**row);
    if (!r)
        return r.error();
    return std::optional<FollowUpRecord>(*r);
}

Result<QList<OutboxEntry>> FollowUpLookup::rejectedAfterAcceptance()
{
    // Still open: neither resubmitted as a new request nor its fee given back (refund or void).
    auto stmt = m_db.prepare(
        selectEntry() +
        u"WHERE request_id IN (SELECT request_id FROM outbox_result "
        "WHERE status = 'rejected' AND final = 1) AND state = 'accepted' "
        "AND NOT EXISTS (SELECT 1 FROM request_resubmission s "
        "WHERE s.rejected_request_id = outbox.request_id) "
        "AND NOT EXISTS (SELECT 1 FROM ledger_entry f JOIN ledger_entry x ON x.target_seq = f.seq "
        "AND x.kind IN ('refund', 'void') WHERE f.request_id = outbox.request_id "
        "AND f.kind = 'fee') ORDER BY created_at, seq"_s);
    if (!stmt)
        return stmt.error();
    return stmt->collect([](const Row& row) { return OutboxStore::entryFromRow(row); });
}

Result<QList<FollowUpRecord>> FollowUpLookup::needsAttention()
{
    auto refused = m_outbox.listByState(OutboxState::NeedsAttention, kScanLimit);
    if (!refused)
        return refused.error();
    auto rejected = rejectedAfterAcceptance();
    if (!rejected)
        return rejected.error();
    auto refusedRecords = completeAll(*refused);
    if (!refusedRecords)
        return refusedRecords.error();
    auto rejectedRecords = completeAll(*rejected);
    if (!rejectedRecords)
        return rejectedRecords.error();
    QList<FollowUpRecord> out;
    for (FollowUpRecord& r : *refusedRecords) {
        r.nextSteps = {FollowUpRecord::NextStep::Amend};
        out.append(r);
    }
    for (FollowUpRecord& r : *rejectedRecords) {
        // Final at the backend: a correction is a new request. The fee is refundable only where
        // it was taken (this counter's ledger); the refund's own rules (a supervisor who did
        // not take it, the password again) stay with LedgerService::refundFee.
        r.nextSteps = {FollowUpRecord::NextStep::ResubmitAsNew};
        if (r.feeSeq > 0)
            r.nextSteps.append(FollowUpRecord::NextStep::Refund);
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(), [](const FollowUpRecord& a, const FollowUpRecord& b) {
        return a.request.createdAt < b.request.createdAt;
    });
    return out;
}

Result<RequestResubmission> FollowUpLookup::resubmission(const FollowUpRecord& rejected,
                                                         const ServiceCatalogue& catalogue)
{
    if (!rejected.rejectedAfterAcceptance())
        return notRejected(rejected.request.requestId);
    auto amendment = RequestAmendment::load(rejected.request, catalogue);
    if (!amendment)
        return amendment.error();
    RequestResubmission r;
    r.rejectedRequestId = rejected.request.requestId;
    r.serviceId = rejected.request.serviceId;
    r.nationalCode = rejected.request.nationalCode;
    r.mobile = rejected.request.mobile;
    r.legalEntityId = rejected.request.applicantLegalEntityId;
    for (const RequestAmendment::Field& f : amendment->fields()) {
        if (f.name == QLatin1StringView(RequestAmendment::kDistrict))
            r.district = f.text.toInt();
        else if (!f.text.isEmpty())
            r.fields.insert(f.name, f.text);
    }
    return r;
}

Status FollowUpLookup::recordResubmission(const QString& rejectedRequestId,
                                          const QString& newRequestId, const QString& clerkId,
                                          qint64 now)
{
    auto rejected = record(rejectedRequestId);
    if (!rejected)
        return rejected.error();
    if (!rejected->has_value())
        return OutboxStore::notFound(rejectedRequestId);
    if (!(*rejected)->rejectedAfterAcceptance() || newRequestId == rejectedRequestId)
        return notRejected(rejectedRequestId);
    auto fresh = m_outbox.find(newRequestId);
    if (!fresh)
        return fresh.error();
    if (!fresh->has_value())
        return OutboxStore::notFound(newRequestId);
    auto seen = m_db.prepare("SELECT new_request_id FROM request_resubmission "
                             "WHERE rejected_request_id = ?");
    if (!seen)
        return seen.error();
    if (Status s = seen->bindAll({rejectedRequestId}); !s)
        return s.error();
    auto already = seen->first([](const Row& row) { return row.text(0); });
    if (!already)
        return already.error();
    if (already->has_value())
        return Error(u"followup.already_resubmitted"_s,
                     QT_TRANSLATE_NOOP("Error", "This request was already served again."),
                     u"request "_s + rejectedRequestId + u" as "_s + **already);
    auto insert = m_db.prepare("INSERT INTO request_resubmission (rejected_request_id, "
                               "new_request_id, clerk_id, at) VALUES (?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    return insert->execute({rejectedRequestId, newRequestId, clerkId, now});
}

FollowUpRecord FollowUpLookup::fromBackend(const QJsonObject& request)
{
    const auto moment = [](const QJsonValue& v) {
        return QDateTime::fromString(v.toString(), Qt::ISODate).toMSecsSinceEpoch();
    };
    FollowUpRecord r;
    r.otherCounter = true;
    r.request.trackingCode = request.value(u"tracking_code"_s).toString();
    r.request.serviceId = request.value(u"service_id"_s).toString();
    r.request.createdAt = moment(request.value(u"received_at"_s));
    r.request.state = OutboxState::Accepted;
    const QJsonObject citizen = request.value(u"citizen"_s).toObject();
    r.request.nationalCode = request.value(u"national_code_masked"_s)
                                 .toString(citizen.value(u"national_code_masked"_s).toString());
    r.request.mobile =
        request.value(u"mobile_masked"_s).toString(citizen.value(u"mobile_masked"_s).toString());
    RequestProgressStore::Progress p;
    p.trackingCode = r.request.trackingCode;
    p.status = request.value(u"status"_s).toString();
    p.isFinal = request.value(u"final"_s).toBool();
    for (const QJsonValue& v : request.value(u"history"_s).toArray()) {
        const QJsonObject e = v.toObject();
        p.history.append({e.value(u"status"_s).toString(), moment(e.value(u"at"_s)),
                          e.value(u"note_fa"_s).toString(), e.value(u"note_en"_s).toString()});
    }
    const QJsonObject rejection = request.value(u"rejection"_s).toObject();
    p.rejectionCode = rejection.value(u"reason_code"_s).toString();
    p.rejectionFa = rejection.value(u"reason_fa"_s).toString();
    p.rejectionEn = rejection.value(u"reason_en"_s).toString();
    if (request.value(u"result"_s).isObject())
        p.resultJson = QString::fromUtf8(
            QJsonDocument(request.value(u"result"_s).toObject()).toJson(QJsonDocument::Compact));
    r.progress = p;
    return r;
}

QList<FollowUpRecord> FollowUpLookup::fromBackendList(const QJsonObject& answer, int* nextPage)
{
    QList<FollowUpRecord> out;
    for (const QJsonValue& v : answer.value(u"requests"_s).toArray())
        out.append(fromBackend(v.toObject()));
    if (nextPage)
        *nextPage = answer.value(u"next_page"_s).toInt(0);
    return out;
}

Result<RequestAmendment> RequestAmendment::load(const OutboxEntry& entry,
                                                const ServiceCatalogue& catalogue)
{
    const QJsonDocument doc = QJsonDocument::fromJson(entry.payload.toUtf8());
    if (!doc.isObject())
        return Error(u"amend.payload"_s,
                     QT_TRANSLATE_NOOP("Error", "The request's form cannot be read."));
    const QJsonObject payload = doc.object();
    RequestAmendment a;
    a.m_entry = entry;
    a.m_catalogue = &catalogue;
    a.m_service = catalogue.find(entry.serviceId);
    a.m_fields.append({QString::fromLatin1(kDistrict), QString(),
                       QString::number(payload.value(QLatin1StringView(kDistrict)).toInt())});
    const QJsonObject fields = payload.value(u"fields"_s).toObject();
    QStringList names;
    if (a.m_service)
        for (const FieldSchema& s : a.m_service->fields)
            names.append(s.name);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!names.contains(it.key()))
            names.append(it.key());
    for (const QString& name : names) {
        const FieldSchema* schema = nullptr;
        if (a.m_service)
            for (const FieldSchema& s : a.m_service->fields)
                if (s.name == name)
                    schema = &s;
        a.m_fields.append(
            {name, schema ? schema->label() : name, fieldText(schema, fields.value(name))});
    }
    return a;
}

Result<QString> RequestAmendment::apply(const QMap<QString, QString>& texts) const
{
    QJsonObject payload = QJsonDocument::fromJson(m_entry.payload.toUtf8()).object();
    QJsonObject fields = payload.value(u"fields"_s).toObject();
    const QString districtName = QString::fromLatin1(kDistrict);
    bool ok = false;
    const QString districtText =
        FollowUpLookup::normalise(texts.value(districtName, m_fields.first().text));
    const int district = districtText.toInt(&ok);
    const auto& known = m_catalogue->districts();
    if (!ok || std::none_of(known.begin(), known.end(),
                            [district](const auto& d) { return d.id == district; }))
        return Error(u"amend.district"_s,
                     QT_TRANSLATE_NOOP("Error", "Enter one of the city's district numbers."),
                     districtName)
            .forField(districtName);
    if (m_service && !m_service->isOfferedIn(district))
        return ServiceErrors::notInDistrict(districtName).forField(districtName);
    payload.insert(districtName, district);
    for (const Field& f : m_fields) {
        if (f.name == districtName)
            continue;
        const QString text = texts.value(f.name, f.text);
        const FieldSchema* schema = nullptr;
        if (m_service)
            for (const FieldSchema& s : m_service->fields)
                if (s.name == f.name)
                    schema = &s;
        if (!schema) {
            if (text.isEmpty())
                fields.remove(f.name);
            else
                fields.insert(f.name, text);
            continue;
        }
        const auto value = schema->validate(text);
        if (!value) {
            const Error& e = value.error();
            return Error(e.code(), e.sourceText(), f.name).forField(f.name);
        }
        if (value->isUndefined())
            fields.remove(f.name);
        else
            fields.insert(f.name, *value);
    }
    payload.insert(u"fields"_s, fields);
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

Status RequestAmendment::resubmit(Database& db, const QMap<QString, QString>& texts,
                                  qint64 now) const
{
    const auto payload = apply(texts);
    if (!payload)
        return payload.error();
    OutboxStore outbox(db);
    return outbox.resubmit(m_entry.requestId, now, *payload);
}

} // namespace pishkhan
