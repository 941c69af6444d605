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

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

// Enough for any office's history; the outbox keeps rows for the follow-up screen.
constexpr int kScanLimit = 1'000'000;

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
    const auto code = NationalCode::parse(request.nationalCode);
    return code ? code->masked() : DigitMask::mask(request.nationalCode);
}

QString FollowUpRecord::maskedMobile() const
{
    const auto mobile = MobileNumber::parse(request.mobile);
    return mobile ? mobile->masked() : DigitMask::mask(request.mobile);
}

FollowUpLookup::FollowUpLookup(Database& db, LedgerStore& ledger)
    : m_outbox(db)
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

Result<QList<OutboxEntry>> FollowUpLookup::allRequests()
{
    QList<OutboxEntry> all;
    for (const OutboxState state : kAllOutboxStates) {
        auto rows = m_outbox.listByState(state, kScanLimit);
        if (!rows)
            return rows.error();
        all += *rows;
    }
    return all;
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
    const QString text = normalise(input);
    QList<OutboxEntry> matches;
    switch (classify(text)) {
    case QueryKind::Invalid:
        return Error(u"followup.query"_s,
                     QT_TRANSLATE_NOOP("Error", "Type a tracking code, a receipt number or a "
                                                "national code."),
                     input);
    case QueryKind::ReceiptNumber: {
        const QStringList parts = text.split(u'-');
        const QDate day(parts[0].left(4).toInt(), parts[0].mid(4, 2).toInt(),
                        parts[0].mid(6, 2).toInt(), SolarHijri::calendar());
        auto fee = m_ledger.findByReceipt(parts[1].toInt(), day, parts[2].toLongLong());
        if (!fee)
            return fee.error();
        if (fee->has_value() && !(*fee)->requestId.isEmpty()) {
            auto row = m_outbox.find((*fee)->requestId);
            if (!row)
                return row.error();
            if (row->has_value())
                matches.append(**row);
        }
        break;
    }
    case QueryKind::TrackingCode:
    case QueryKind::NationalCode: {
        const bool byTracking = classify(text) == QueryKind::TrackingCode;
        const QString wanted = byTracking ? text : NationalCode::parse(text)->canonical();
        auto all = allRequests();
        if (!all)
            return all.error();
        for (const OutboxEntry& e : *all)
            if ((byTracking ? e.trackingCode : e.nationalCode) == wanted)
                matches.append(e);
        break;
    }
    }
    std::sort(matches.begin(), matches.end(),
              [](const OutboxEntry& a, const OutboxEntry& b) { return a.createdAt > b.createdAt; });
    QList<FollowUpRecord> out;
    for (const OutboxEntry& e : matches) {
        auto r = complete(e);
        if (!r)
            return r.error();
        out.append(*r);
    }
    return out;
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

Result<QList<FollowUpRecord>> FollowUpLookup::needsAttention()
{
    auto rows = m_outbox.listByState(OutboxState::NeedsAttention, kScanLimit);
    if (!rows)
        return rows.error();
    QList<FollowUpRecord> out;
    for (const OutboxEntry& e : *rows) {
        auto r = complete(e);
        if (!r)
            return r.error();
        out.append(*r);
    }
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
