#include "BenchRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <array>

namespace pishkhan::bench {

using namespace Qt::StringLiterals;

namespace {

// SplitMix64: a tiny deterministic mixer, so row n is the same in both processes.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QString uuidV4(quint64 a, quint64 b)
{
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char((a >> (8 * i)) & 0xff);
        bytes[8 + i] = char((b >> (8 * i)) & 0xff);
    }
    bytes[6] = char((uchar(bytes[6]) & 0x0f) | 0x40); // version 4
    bytes[8] = char((uchar(bytes[8]) & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// Nine digits from the seed plus the official check digit.
QString nationalCode(quint64 seed)
{
    std::array<int, 10> d{};
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        d[std::size_t(i)] = int((seed >> (4 * i)) % 10);
        sum += d[std::size_t(i)] * (10 - i);
    }
    const int r = sum % 11;
    d[9] = r < 2 ? r : 11 - r;
    QString text;
    for (int digit : d)
        text += QChar(char16_t(u'0' + digit));
    return text;
}

const std::array kFirstNames = {
    u"محمدرضا"_s, u"زهرا"_s, u"علی‌اکبر"_s, u"فاطمه"_s, u"حسین"_s,    u"مریم"_s,
    u"مهدی"_s,    u"نرگس"_s, u"امیرحسین"_s,          u"سکینه"_s, u"غلامرضا"_s, u"پریسا"_s};
const std::array kLastNames = {u"اصفهانی"_s,
                               u"حسینی‌نژاد"_s,
                               u"کریمی"_s,
                               u"نجف‌آبادی"_s,
                               u"شریفی"_s,
                               u"موسوی"_s,
                               u"خمینی‌شهری"_s,
                               u"رحیمی"_s,
                               u"قاسمی"_s,
                               u"جعفری"_s};
const std::array kStreets = {u"خیابان چهارباغ عباسی"_s, u"خیابان هشت بهشت غربی"_s,
                             u"بلوار کشاورز"_s,         u"خیابان مشتاق سوم"_s,
                             u"خیابان نظر شرقی"_s,      u"بزرگراه شهید خرازی"_s};
const std::array kServices = {u"property-file-status"_s, u"building-permit-status"_s,
                              u"renovation-certificate"_s, u"engineer-violation-report"_s,
                              u"notary-inquiry"_s};
const QString kNote = u"متقاضی درخواست پیگیری پرونده ملکی و استعلام وضعیت "
                      u"پایان‌کار "
                      u"را "
                      u"دارد؛ "
                      u"مدارک هویتی "
                      u"و سند مالکیت در دفتر پیشخوان رؤیت شد."_s;

template<typename A>
const QString& pick(const A& array, quint64 seed)
{
    return array[std::size_t(seed % array.size())];
}

} // namespace

BenchRow benchRow(qint64 index)
{
    const quint64 s0 = mix(quint64(index) * 4 + 1);
    const quint64 s1 = mix(quint64(index) * 4 + 2);
    const quint64 s2 = mix(quint64(index) * 4 + 3);

    BenchRow row;
    row.requestId = uuidV4(s0, s1);
    row.serviceId = pick(kServices, s2);
    row.catalogueVersion = 7;
    row.nationalCode = nationalCode(s1);
    row.mobile = u"09"_s + QString::number(100000000 + s2 % 900000000);
    row.citizenName = pick(kFirstNames, s0) + u' ' + pick(kLastNames, s2 >> 8);
    row.feeReference = u"FEE-"_s + QString::number(1400000 + index);
    row.consentToken = u"ct_"_s + QString::number(s0, 36) + QString::number(s1, 36);
    row.now = 1'735'689'600'000 + index * 1000; // 2025-01-01 onwards, one row a second
    row.consentExpiresAt = row.now + 24 * 3600 * 1000;

    // A service form as the generated UI would save it. The note's length varies with the
    // index so payloads spread over roughly 420–600 bytes of UTF-8.
    QJsonObject fields{
        {u"owner_name"_s, row.citizenName},
        {u"owner_national_code"_s, row.nationalCode},
        {u"address"_s,
         QString(u"اصفهان، "_s + pick(kStreets, s1 >> 16) + u"، کوچه "_s +
                 QString::number(s2 % 40 + 1) + u"، پلاک "_s + QString::number(s0 % 300 + 1))},
        {u"postal_code"_s, QString::number(8100000000 + s1 % 99999999)},
        {u"registered_plate"_s, QJsonObject{{u"section"_s, int(s2 % 20 + 1)},
                                            {u"main"_s, int(s0 % 5000)},
                                            {u"sub"_s, int(s1 % 900)}}},
        {u"note"_s, kNote.left(int(20 + s2 % quint64(kNote.size() - 45)))},
    };
    QJsonObject payload{{u"service"_s, row.serviceId},
                        {u"catalogue_version"_s, int(row.catalogueVersion)},
                        {u"counter"_s, u"counter-2"_s},
                        {u"locale"_s, u"fa-IR"_s},
                        {u"fields"_s, fields},
                        {u"attachments"_s, QJsonArray{u"id-card.jpg"_s, u"deed.pdf"_s}}};
    row.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return row;
}

QList<BenchRow> benchRows(qint64 first, qint64 count)
{
    QList<BenchRow> rows;
    rows.reserve(count);
    for (qint64 i = 0; i < count; ++i)
        rows.append(benchRow(first + i));
    return rows;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace pishkhan::bench
