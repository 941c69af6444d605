#include "Problem.h"

#include <QHash>

namespace pishkhan::sandbox {

namespace {

struct ProblemKind
{
    int status;
    const char* title;
    const char* titleFa;
};

// The stable error vocabulary of the API. Adding a type is fine; renaming one breaks clients
// that branch on it, so don't.
const QHash<QString, ProblemKind>& table()
{
    // clang-format 14 splits Persian literals anew on every run (it counts bytes, not
    // columns), so this table keeps its own layout.
    // clang-format off
    static const QHash<QString, ProblemKind> kinds = {
        {QStringLiteral("not-found"),
         {404, "No such endpoint",
          "چنین نشانی‌ای در سرویس وجود ندارد"}},
        {QStringLiteral("method-not-allowed"),
         {405, "Method not allowed on this endpoint", "این روش درخواست برای این نشانی مجاز نیست"}},
        {QStringLiteral("unsupported-media-type"),
         {415, "Body must be application/json", "بدنه درخواست باید از نوع JSON باشد"}},
        {QStringLiteral("body-too-large"),
         {413, "Request body is too large", "حجم درخواست بیش از حد مجاز است"}},
        {QStringLiteral("invalid-json"),
         {400, "Request body is not valid JSON", "بدنه درخواست JSON معتبر نیست"}},
        {QStringLiteral("body-not-object"),
         {400, "Request body must be a JSON object", "بدنه درخواست باید یک شیء JSON باشد"}},
        {QStringLiteral("field-missing"),
         {422, "A required field is missing", "یک فیلد الزامی وارد نشده است"}},
        {QStringLiteral("field-type"),
         {422, "A field has the wrong JSON type", "نوع داده یکی از فیلدها نادرست است"}},
        {QStringLiteral("field-invalid"),
         {422, "A field value is not valid", "مقدار یکی از فیلدها نامعتبر است"}},
        {QStringLiteral("field-unknown"),
         {422, "The form has a field the service does not define",
          "فرم فیلدی دارد که در این خدمت تعریف نشده است"}},
        {QStringLiteral("query-invalid"),
         {400, "Query parameters are missing or invalid",
          "پارامترهای جست‌وجو نادرست است"}},
        {QStringLiteral("idempotency-key-missing"),
         {400, "Idempotency-Key header is required on every POST",
          "سرآیند Idempotency-Key برای این درخواست الزامی است"}},
        {QStringLiteral("idempotency-key-invalid"),
         {400, "Idempotency-Key header is malformed", "سرآیند Idempotency-Key نادرست است"}},
        {QStringLiteral("idempotency-key-reused"),
         {422, "Idempotency key was already used with a different request",
          "این شناسه یکتا پیش‌تر برای درخواست دیگری به کار رفته است"}},
        {QStringLiteral("auth-missing"),
         {401, "Bearer token is missing",
          "دستگاه احراز هویت نشده است؛ ابتدا پیشخوان را فعال کنید"}},
        {QStringLiteral("auth-invalid"),
         {401, "Bearer token is not valid or the device was deactivated",
          "اعتبار این دستگاه پذیرفته نشد؛ پیشخوان را دوباره فعال کنید"}},
        {QStringLiteral("clerk-missing"),
         {400, "X-Clerk-Id header is required", "شناسه متصدی در درخواست نیامده است"}},
        {QStringLiteral("clerk-invalid"),
         {400, "X-Clerk-Id header is malformed", "شناسه متصدی نادرست است"}},
        {QStringLiteral("activation-code-invalid"),
         {422, "Office code or activation code is not valid, used or expired",
          "کد دفتر یا کد فعال‌سازی نادرست، مصرف‌شده یا منقضی است"}},
        {QStringLiteral("device-key-invalid"),
         {422, "Device public key is not a valid Ed25519 key", "کلید عمومی دستگاه معتبر نیست"}},
        {QStringLiteral("service-unknown"),
         {422, "Unknown service id", "خدمت درخواستی در فهرست خدمات وجود ندارد"}},
        {QStringLiteral("service-inactive"),
         {422, "Service is not active",
          "این خدمت در حال حاضر ارائه نمی‌شود"}},
        {QStringLiteral("service-not-in-district"),
         {422, "Service is not available in this district",
          "این خدمت در منطقه انتخاب‌شده ارائه نمی‌شود"}},
        {QStringLiteral("service-engineers-only"),
         {403, "Service is reserved for registered supervising engineers",
          "این خدمت ویژه مهندسان ناظر ثبت‌شده است"}},
        {QStringLiteral("district-unknown"),
         {422, "Unknown district", "منطقه شهرداری نامعتبر است"}},
        {QStringLiteral("national-code-invalid"),
         {422, "National code is not valid", "کد ملی نامعتبر است"}},
        {QStringLiteral("mobile-invalid"),
         {422, "Mobile number is not valid", "شماره همراه نامعتبر است"}},
        {QStringLiteral("fee-out-of-range"),
         {422, "Fee is outside the council's range (50,000-150,000 rials)",
          "کارمزد خارج از محدوده مصوب شورا (۵٬۰۰۰ تا ۱۵٬۰۰۰ تومان) است"}},
        {QStringLiteral("otp-rate-limited"),
         {429, "Too many one-time codes for this mobile; try later",
          "برای این شماره همراه بیش از حد کد درخواست شده است؛ کمی بعد دوباره تلاش کنید"}},
        {QStringLiteral("otp-challenge-not-found"),
         {404, "Unknown one-time code challenge", "درخواست کد یکبار مصرف یافت نشد"}},
        {QStringLiteral("otp-challenge-expired"),
         {410, "One-time code expired; request a new one",
          "کد یکبار مصرف منقضی شده است؛ کد تازه درخواست کنید"}},
        {QStringLiteral("otp-challenge-burned"),
         {410, "Too many wrong codes; request a new one",
          "کد سه بار نادرست وارد شد؛ کد تازه درخواست کنید"}},
        {QStringLiteral("otp-challenge-used"),
         {409, "This one-time code was already verified",
          "این کد پیش‌تر تأیید شده است"}},
        {QStringLiteral("otp-code-wrong"),
         {422, "Wrong one-time code", "کد یکبار مصرف نادرست است"}},
        {QStringLiteral("consent-token-invalid"),
         {422, "Consent token is not known",
          "رضایت‌نامه (توکن رضایت) معتبر نیست"}},
        {QStringLiteral("consent-token-expired"),
         {422, "Consent token has expired; the citizen must confirm again",
          "مهلت رضایت شهروند گذشته است؛ باید دوباره کد یکبار مصرف دریافت شود"}},
        {QStringLiteral("consent-token-used"),
         {409, "Consent token was already used for another request",
          "این رضایت پیش‌تر برای درخواست دیگری به کار رفته است"}},
        {QStringLiteral("consent-token-mismatch"),
         {422, "Consent token belongs to another citizen or service",
          "این رضایت برای شهروند یا خدمت دیگری صادر شده است"}},
        {QStringLiteral("batch-empty"),
         {422, "Batch has no items", "دسته درخواست‌ها خالی است"}},
        {QStringLiteral("batch-too-large"),
         {422, "Batch has too many items",
          "تعداد درخواست‌های دسته بیش از حد مجاز است"}},
        {QStringLiteral("batch-duplicate-key"),
         {422, "Two items of the batch share an idempotency key",
          "دو درخواست در یک دسته شناسه یکتای یکسان دارند"}},
        {QStringLiteral("request-not-found"),
         {404, "No request with this tracking code for this office",
          "درخواستی با این کد رهگیری برای این دفتر یافت نشد"}},
        {QStringLiteral("property-not-found"),
         {404, "No property with this renovation code or plate",
          "ملکی با این کد نوسازی یا پلاک ثبتی یافت نشد"}},
        {QStringLiteral("property-lookup-retired"),
         {410, "Property files are answered only to the property-file inquiry",
          "پرونده ملک فقط با درخواست استعلام پرونده ملک و رضایت شهروند ارائه می‌شود"}},
        {QStringLiteral("day-close-invalid"),
         {422, "Day close document is not valid", "سند بستن روز معتبر نیست"}},
        {QStringLiteral("day-close-signature-invalid"),
         {422, "Day close signature does not verify with the device key",
          "امضای سند بستن روز با کلید این دستگاه تطبیق ندارد"}},
        {QStringLiteral("day-close-device-mismatch"),
         {422, "Day close names another device", "سند بستن روز متعلق به دستگاه دیگری است"}},
        {QStringLiteral("day-close-conflict"),
         {409, "A different close for this business day was already received",
          "بستن روز دیگری برای همین روز کاری پیش‌تر دریافت شده است"}},
        {QStringLiteral("day-close-entry-backwards"),
         {409, "The close ends at an earlier ledger entry than a close already received",
          "سند بستن روز به ثبتی پیش از آخرین بستن روزِ دریافت‌شده ختم می‌شود"}},
        {QStringLiteral("day-close-chain-broken"),
         {409, "The close does not continue the chain of the closes already acknowledged",
          "سند بستن روز زنجیرهٔ بستن‌های تأییدشدهٔ پیشین را ادامه نمی‌دهد"}},
        {QStringLiteral("admin-loopback-only"),
         {403, "Admin endpoints answer loopback callers only",
          "نشانی‌های مدیریتی فقط از همین رایانه در دسترس است"}},
        {QStringLiteral("admin-token-invalid"),
         {401, "Admin endpoints need the X-Admin-Token the sandbox printed at start",
          "نشانی‌های مدیریتی فقط با رمز مدیریتی‌ای که سندباکس هنگام شروع نشان داد کار می‌کنند"}},
        {QStringLiteral("service-unavailable"),
         {503, "Service temporarily unavailable; retry later",
          "سامانه شهرداری موقتاً در دسترس نیست؛ کمی بعد دوباره تلاش کنید"}},
        {QStringLiteral("internal"), {500, "Internal error", "خطای داخلی سامانه شهرداری"}},
        {QStringLiteral("staff-invalid"),
         {422, "Staff record malformed (username, role, verifier or flags)",
          "اطلاعات کاربر دفتر معتبر نیست"}},
        {QStringLiteral("staff-exists"),
         {409, "The office already has an account with this username",
          "این نام کاربری پیش‌تر در دفتر ثبت شده است"}},
        {QStringLiteral("staff-last-admin"),
         {409, "The change would leave the office without an active administrator",
          "دفتر نباید بدون مدیر فعال بماند"}},
        {QStringLiteral("request-work-started"),
         {409, "The municipality has started work on this request; it can no longer be cancelled",
          "شهرداری کار روی این درخواست را آغاز کرده است؛ دیگر نمی‌توان آن را لغو کرد"}},
        {QStringLiteral("mandate-unknown"),
         {422, "No such mandate for this office and organisation",
          "وکالت‌نامه‌ای با این شماره برای این سازمان در این دفتر ثبت نشده است"}},
        {QStringLiteral("mandate-expired"),
         {422, "The mandate is not in force",
          "مهلت وکالت‌نامه سازمان گذشته است یا هنوز آغاز نشده است"}},
        {QStringLiteral("mandate-service-not-covered"),
         {422, "The mandate does not cover this service",
          "وکالت‌نامه سازمان این خدمت را در بر نمی‌گیرد"}},
        {QStringLiteral("mandate-service-not-allowed"),
         {422, "This service needs the citizen's own consent; a mandate cannot replace it",
          "این خدمت رضایت خود شهروند را لازم دارد و با وکالت‌نامه سازمان انجام نمی‌شود"}},
        {QStringLiteral("answer-hash-invalid"),
         {400, "The answer hash is not 64 hexadecimal digits",
          "اثر انگشت پاسخ نادرست است؛ باید ۶۴ نویسه شانزده‌دهی باشد"}},
        {QStringLiteral("engineer-license-refused"),
         {422, "No registered supervising engineer holds this licence under this national code, "
               "or the licence is not in force",
          "این شماره پروانه به نام مهندس ناظر ثبت‌شده‌ای با این کد ملی نیست یا اعتبار آن گذشته است"}},
        {QStringLiteral("legal-entity-id-invalid"),
         {422, "The legal-entity id fails its shape or check digit",
          "شناسه ملی شخص حقوقی نامعتبر است"}},
        {QStringLiteral("company-applicant-not-allowed"),
         {422, "This service is for a supervising engineer in person, not for a company",
          "این خدمت فقط به نام خود مهندس ناظر انجام می‌شود، نه به نام شرکت"}},
    };
    // clang-format on
    return kinds;
}

ProblemKind kindOf(const QString& slug)
{
    const auto& kinds = table();
    const auto it = kinds.constFind(slug);
    if (it != kinds.constEnd())
        return *it;
    // An unknown slug is a programming error; answering 500 makes it loud in the tests.
    return kinds.value(QStringLiteral("internal"));
}

} // namespace

Problem::Problem(QString slug, QString detail, QString pointer)
    : m_slug(std::move(slug))
    , m_detail(std::move(detail))
    , m_pointer(std::move(pointer))
{}

Problem& Problem::with(const QString& key, const QJsonValue& value)
{
    m_extra.insert(key, value);
    return *this;
}

int Problem::httpStatus() const
{
    return kindOf(m_slug).status;
}

QString Problem::typeUri() const
{
    return typeUri(m_slug);
}

QString Problem::typeUri(const QString& slug)
{
    return QStringLiteral("urn:pishkhan:problem:") + slug;
}

QStringList Problem::knownSlugs()
{
    QStringList slugs = table().keys();
    slugs.sort();
    return slugs;
}

QJsonObject Problem::toJson() const
{
    const ProblemKind kind = kindOf(m_slug);
    QJsonObject json = m_extra;
    json.insert(QStringLiteral("type"), typeUri());
    json.insert(QStringLiteral("title"), QString::fromUtf8(kind.title));
    json.insert(QStringLiteral("title_fa"), QString::fromUtf8(kind.titleFa));
    json.insert(QStringLiteral("status"), kind.status);
    if (!m_detail.isEmpty())
        json.insert(QStringLiteral("detail"), m_detail);
    if (!m_pointer.isEmpty())
        json.insert(QStringLiteral("field"), m_pointer);
    return json;
}

} // namespace pishkhan::sandbox
