#include "RequestLifecycle.h"

#include "Clock.h"
#include "Identifiers.h"
#include "PropertyRegistry.h"

#include <QCalendar>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

namespace pishkhan::sandbox {

namespace {

QJsonObject rejection(const char* code, const char* fa, const char* en)
{
    return {{QStringLiteral("reason_code"), QLatin1StringView(code)},
            {QStringLiteral("reason_fa"), QString::fromUtf8(fa)},
            {QStringLiteral("reason_en"), QLatin1StringView(en)}};
}

QJsonObject done(const char* fa, const char* en, const QJsonObject& data)
{
    return {{QStringLiteral("summary_fa"), QString::fromUtf8(fa)},
            {QStringLiteral("summary_en"), QLatin1StringView(en)},
            {QStringLiteral("data"), data}};
}

QJsonObject inquiryResult(const QString& id, const QJsonObject& property, const QJsonObject& fields)
{
    const QJsonObject file = PropertyRegistry::present(property);
    const auto pick = [&](std::initializer_list<const char*> keys) {
        QJsonObject out{{QStringLiteral("renovation_code_text"),
                         file.value(QStringLiteral("renovation_code_text"))}};
        for (const char* k : keys)
            out.insert(QLatin1StringView(k), file.value(QLatin1StringView(k)));
        return out;
    };
    const qint64 debt = property.value(QStringLiteral("levy_debt_rials")).toInteger();
    if (id == QStringLiteral("property-file"))
        return done("پرونده ملک بارگذاری شد", "Property file loaded", file);
    if (id == QStringLiteral("permitted-height"))
        return done("ارتفاع و تعداد طبقات مجاز", "Permitted height and floors",
                    pick({"permitted_height_m", "permitted_floors", "density_percent"}));
    if (id == QStringLiteral("surrounding-plans"))
        return done("طرح‌های توسعه پیرامون ملک",
                    "Development plans around the property", pick({"plans"}));
    if (id == QStringLiteral("land-use-inquiry"))
        return done("کاربری ملک", "Land use", pick({"land_use", "land_area_m2"}));
    if (id == QStringLiteral("setback-inquiry"))
        return done("عقب‌نشینی و بر اصلاحی", "Setback",
                    pick({"setback_m", "plans"}));
    // Each permit inquiry answers with the permits of its own type, 1370s ones included.
    const auto permits = [&](const char* member, const char* type) {
        QJsonObject out = pick({});
        out.insert(QLatin1StringView(member),
                   PropertyRegistry::permitsOfType(property, QLatin1StringView(type)));
        return out;
    };
    if (id == QStringLiteral("building-permit-status"))
        return done("وضعیت پروانه‌های ساختمانی", "Building permit status",
                    permits("permits", "building_permit"));
    if (id == QStringLiteral("completion-certificate-status"))
        return done("وضعیت گواهی پایان کار", "Completion certificate status",
                    permits("certificates", "completion_certificate"));
    if (id == QStringLiteral("structural-completion-status"))
        return done("وضعیت پایان سفت‌کاری", "Structural completion status",
                    permits("certificates", "structural_completion"));
    if (id == QStringLiteral("notary-inquiry") || id == QStringLiteral("bank-inquiry")) {
        // A transfer or a mortgage needs the levy settled and, for a building, its completion
        // certificate: the newest one is named.
        const QJsonArray completion =
            PropertyRegistry::permitsOfType(property, QStringLiteral("completion_certificate"));
        QJsonObject data = pick({"permitted_floors"});
        data.insert(QStringLiteral("levy_debt_rials"), debt);
        data.insert(QStringLiteral("transfer_allowed"), debt == 0);
        data.insert(QStringLiteral("has_completion_certificate"), !completion.isEmpty());
        if (!completion.isEmpty()) {
            const QJsonObject newest = completion.last().toObject();
            data.insert(QStringLiteral("completion_certificate_number"),
                        newest.value(QStringLiteral("number")));
            data.insert(QStringLiteral("completion_certificate_jalali"),
                        newest.value(QStringLiteral("issued_jalali")));
        }
        return done(debt == 0 ? "ملک بدهی عوارض ندارد" : "ملک بدهی عوارض دارد",
                    debt == 0 ? "No levy debt" : "Levy debt outstanding", data);
    }
    if (id == QStringLiteral("article-100-case-status")) {
        const QString caseNo = property.value(QStringLiteral("article_100_case")).toString();
        return done(caseNo.isEmpty()
                        ? "پرونده‌ای در کمیسیون ماده ۱۰۰ ندارد"
                        : "پرونده در کمیسیون ماده ۱۰۰ در جریان است",
                    caseNo.isEmpty() ? "No Article 100 case" : "Article 100 case pending",
                    {{QStringLiteral("case_number"),
                      caseNo.isEmpty() ? QJsonValue() : QJsonValue(caseNo)}});
    }
    if (id == QStringLiteral("debt-inquiry") || id == QStringLiteral("renovation-duty-bill"))
        return done("بدهی عوارض ملک", "Property levy debt",
                    {{QStringLiteral("levy_debt_rials"), debt},
                     {QStringLiteral("bill_id"),
                      QString::number(property.value(QStringLiteral("registered_plate"))
                                              .toObject()
                                              .value(QStringLiteral("main"))
                                              .toInt() *
                                          1000 +
                                      17)}});
    if (id == QStringLiteral("permit-levy-calculation")) {
        const double area = fields.value(QStringLiteral("land_area_m2")).toDouble();
        const double floors = fields.value(QStringLiteral("floors")).toDouble();
        QJsonObject data = pick({});
        data.insert(QStringLiteral("levy_rials"), static_cast<qint64>(area * floors * 850000));
        return done("عوارض صدور پروانه محاسبه شد", "Permit levy calculated", data);
    }
    if (id == QStringLiteral("signboard-levy")) {
        QJsonObject data = pick({});
        data.insert(
            QStringLiteral("levy_rials"),
            static_cast<qint64>(fields.value(QStringLiteral("sign_area_m2")).toDouble() * 2400000));
        return done("عوارض تابلو محاسبه شد", "Signboard levy calculated", data);
    }
    if (id == QStringLiteral("business-levy")) {
        QJsonObject data = pick({});
        data.insert(QStringLiteral("levy_rials"), 18500000);
        return done("عوارض کسب و پیشه محاسبه شد", "Business levy calculated", data);
    }
    return done("استعلام انجام شد", "Inquiry answered", pick({}));
}

} // namespace

RequestLifecycle::Plan RequestLifecycle::plan(const QJsonObject& service, const QJsonObject& fields,
                                              const PropertyRegistry& properties, qint64 receivedAt,
                                              qint64 seq)
{
    const QString id = service.value(QStringLiteral("id")).toString();
    const bool inquiry =
        service.value(QStringLiteral("kind")).toString() == QStringLiteral("inquiry");
    Plan p;
    p.reviewAt = receivedAt + (inquiry ? 5'000 : 60'000);
    p.finalAt = receivedAt + (inquiry ? 20'000 : 600'000);
    p.outcome = QStringLiteral("done");

    std::optional<QJsonObject> property;
    if (fields.contains(QStringLiteral("renovation_code")))
        property =
            properties.byRenovationCode(fields.value(QStringLiteral("renovation_code")).toObject());
    else if (fields.contains(QStringLiteral("registered_plate")))
        property = properties.byPlate(fields.value(QStringLiteral("registered_plate")).toObject());

    if (id == QStringLiteral("payment-verification")) {
        // A documented rule tests can use: references ending in an even digit are genuine.
        const QString ref = fields.value(QStringLiteral("payment_reference")).toString();
        const bool genuine = !ref.isEmpty() && ref.back().digitValue() % 2 == 0;
        p.result = done(genuine ? "فیش پرداخت معتبر است" : "فیش پرداخت در سامانه یافت نشد",
                        genuine ? "Payment slip is genuine" : "Payment slip not found",
                        {{QStringLiteral("genuine"), genuine}});
        return p;
    }
    const bool needsProperty = fields.contains(QStringLiteral("renovation_code")) &&
                               id != QStringLiteral("renovation-code-assignment");
    if (needsProperty && !property) {
        p.outcome = QStringLiteral("rejected");
        p.result =
            rejection("property-not-found", "ملکی با این کد نوسازی در سامانه شهرداری ثبت نشده است",
                      "No property with this renovation code is on record");
        return p;
    }
    if (id == QStringLiteral("building-permit-application") && property &&
        fields.value(QStringLiteral("floors")).toInt() >
            property->value(QStringLiteral("permitted_floors")).toInt()) {
        p.outcome = QStringLiteral("rejected");
        p.result = rejection("floors-exceed-permitted",
                             "تعداد طبقات درخواستی بیش از طبقات مجاز طرح تفصیلی است",
                             "Requested floors exceed the detailed plan's permitted floors");
        return p;
    }
    if (inquiry) {
        p.result = inquiryResult(id, property.value_or(QJsonObject()), fields);
        return p;
    }
    p.result =
        done("درخواست بررسی و ثبت شد؛ شماره پرونده در نتیجه آمده است",
             "Application reviewed and registered; see the file number",
             {{QStringLiteral("file_number"),
               QString(QStringLiteral("F-") + QString::number(seq).rightJustified(7, u'0'))}});
    return p;
}

QJsonObject RequestLifecycle::status(const RequestRecord& r, qint64 now)
{
    QJsonArray history;
    const auto step = [&](const char* status, qint64 at, const char* fa, const char* en) {
        history.append(QJsonObject{{QStringLiteral("status"), QLatin1StringView(status)},
                                   {QStringLiteral("at"), Clock::toRfc3339(at)},
                                   {QStringLiteral("note_fa"), QString::fromUtf8(fa)},
                                   {QStringLiteral("note_en"), QLatin1StringView(en)}});
    };
    step("received", r.receivedAt, "درخواست دریافت شد", "Received");
    // A cancel is only taken before review, so a cancelled request never reaches in_review.
    const bool cancelled = r.cancelledAt > 0 && now >= r.cancelledAt;
    QString current = QStringLiteral("received");
    qint64 next = r.reviewAt;
    if (now >= r.reviewAt && !cancelled) {
        step("in_review", r.reviewAt, "در حال بررسی در شهرداری", "In review at the municipality");
        current = QStringLiteral("in_review");
        next = r.finalAt;
    }
    const bool final = cancelled || now >= r.finalAt;
    QJsonObject out{{QStringLiteral("tracking_code"), r.trackingCode},
                    {QStringLiteral("idempotency_key"), r.clientKey},
                    {QStringLiteral("service_id"), r.serviceId},
                    {QStringLiteral("district"), r.district},
                    {QStringLiteral("received_at"), Clock::toRfc3339(r.receivedAt)}};
    const QJsonObject result = QJsonDocument::fromJson(r.result).object();
    QJsonValue resultValue;
    QJsonValue rejectionValue;
    if (cancelled) {
        step("cancelled", r.cancelledAt, "درخواست به خواست دفتر لغو شد",
             "Cancelled at the office's request");
        current = QStringLiteral("cancelled");
    } else if (final) {
        if (r.outcome == QStringLiteral("done")) {
            step("done", r.finalAt, "انجام شد", "Done");
            resultValue = result;
        } else {
            step("rejected", r.finalAt, "رد شد", "Rejected");
            rejectionValue = result;
        }
        current = r.outcome;
    }
    out.insert(QStringLiteral("status"), current);
    out.insert(QStringLiteral("final"), final);
    out.insert(QStringLiteral("history"), history);
    out.insert(QStringLiteral("result"), resultValue);
    out.insert(QStringLiteral("rejection"), rejectionValue);
    out.insert(QStringLiteral("next_update_at"),
               final ? QJsonValue() : QJsonValue(Clock::toRfc3339(next)));
    return out;
}

QString RequestLifecycle::trackingCode(qint64 seq, qint64 receivedAt)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(receivedAt, QTimeZone::utc()).date();
    const int year = QCalendar(QCalendar::System::Jalali).partsFromDate(date).year;
    // Letters skip I and O so a code read aloud over the counter is not misheard as 1 or 0.
    static const char16_t letters[] = u"ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString code = QString::number(year) + u'-';
    for (int i = 0; i < 3; ++i)
        code.append(QChar(letters[QRandomGenerator::system()->bounded(24)]));
    return code + u'-' + QString::number(seq).rightJustified(6, u'0');
}

} // namespace pishkhan::sandbox
