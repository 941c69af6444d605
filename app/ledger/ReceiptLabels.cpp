#include "ReceiptLabels.h"

#include <QCoreApplication>

#include <array>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

struct Label
{
    ReceiptLabels::Key key;
    const char* english;
    const char16_t* persian;
};

using K = ReceiptLabels::Key;

// clang-format off
constexpr std::array kLabels{
    Label{K::ReceiptTitle, QT_TRANSLATE_NOOP("Receipt", "Pishkhan office fee receipt"), u"رسید کارمزد دفتر پیشخوان"},
    Label{K::Copy, QT_TRANSLATE_NOOP("Receipt", "Copy"), u"رونوشت"},
    Label{K::Office, QT_TRANSLATE_NOOP("Receipt", "Office"), u"دفتر"},
    Label{K::Counter, QT_TRANSLATE_NOOP("Receipt", "Counter"), u"باجه"},
    Label{K::Clerk, QT_TRANSLATE_NOOP("Receipt", "Clerk"), u"کاربر"},
    Label{K::Service, QT_TRANSLATE_NOOP("Receipt", "Service"), u"خدمت"},
    Label{K::Fee, QT_TRANSLATE_NOOP("Receipt", "Fee paid"), u"کارمزد پرداختی"},
    Label{K::CouncilTariff, QT_TRANSLATE_NOOP("Receipt", "Council tariff"), u"تعرفه مصوب شورا"},
    Label{K::PaymentMethod, QT_TRANSLATE_NOOP("Receipt", "Payment"), u"روش پرداخت"},
    Label{K::Cash, QT_TRANSLATE_NOOP("Receipt", "Cash"), u"نقدی"},
    Label{K::Card, QT_TRANSLATE_NOOP("Receipt", "Card"), u"کارت"},
    Label{K::Terminal, QT_TRANSLATE_NOOP("Receipt", "Terminal"), u"پایانه"},
    Label{K::Reference, QT_TRANSLATE_NOOP("Receipt", "Trace number"), u"شماره پیگیری"},
    Label{K::TrackingCode, QT_TRANSLATE_NOOP("Receipt", "Tracking code"), u"کد رهگیری"},
    Label{K::Queued, QT_TRANSLATE_NOOP("Receipt", "Queued for sending"), u"در صف ارسال"},
    Label{K::QueuedNote, QT_TRANSLATE_NOOP("Receipt", "The request will be sent automatically when the connection returns."), u"درخواست پس از برقراری ارتباط به‌طور خودکار ارسال می‌شود."},
    Label{K::ReceiptNumber, QT_TRANSLATE_NOOP("Receipt", "Receipt number"), u"شماره رسید"},
    Label{K::DateTime, QT_TRANSLATE_NOOP("Receipt", "Date and time"), u"تاریخ و ساعت"},
    Label{K::Voided, QT_TRANSLATE_NOOP("Receipt", "Voided"), u"باطل شده"},
    Label{K::DayReportTitle, QT_TRANSLATE_NOOP("Receipt", "Daily fee report"), u"گزارش روزانه کارمزدها"},
    Label{K::RangeReportTitle, QT_TRANSLATE_NOOP("Receipt", "Monthly report of services"), u"گزارش ماهانه خدمات"},
    Label{K::BusinessDay, QT_TRANSLATE_NOOP("Receipt", "Business day"), u"روز کاری"},
    Label{K::Period, QT_TRANSLATE_NOOP("Receipt", "Period"), u"بازه"},
    Label{K::ByClerk, QT_TRANSLATE_NOOP("Receipt", "By clerk"), u"به تفکیک کاربر"},
    Label{K::ByService, QT_TRANSLATE_NOOP("Receipt", "By service"), u"به تفکیک خدمت"},
    Label{K::ByMethod, QT_TRANSLATE_NOOP("Receipt", "By payment method"), u"به تفکیک روش پرداخت"},
    Label{K::Month, QT_TRANSLATE_NOOP("Receipt", "Month"), u"ماه"},
    Label{K::Count, QT_TRANSLATE_NOOP("Receipt", "Count"), u"تعداد"},
    Label{K::Amount, QT_TRANSLATE_NOOP("Receipt", "Amount"), u"مبلغ"},
    Label{K::VoidCount, QT_TRANSLATE_NOOP("Receipt", "Voids"), u"ابطال‌ها"},
    Label{K::VoidAmount, QT_TRANSLATE_NOOP("Receipt", "Voided amount"), u"مبلغ ابطال‌شده"},
    Label{K::Net, QT_TRANSLATE_NOOP("Receipt", "Net"), u"خالص"},
    Label{K::Reprints, QT_TRANSLATE_NOOP("Receipt", "Reprints"), u"رونوشت‌ها"},
    Label{K::Total, QT_TRANSLATE_NOOP("Receipt", "Total"), u"جمع کل"},
    Label{K::LateEntries, QT_TRANSLATE_NOOP("Receipt", "Entries that arrived for a closed day"), u"ثبت‌های رسیده برای روز بسته‌شده"},
    Label{K::GeneratedAt, QT_TRANSLATE_NOOP("Receipt", "Generated at"), u"زمان تهیه"},
    Label{K::ServiceId, QT_TRANSLATE_NOOP("Receipt", "Service id"), u"شناسه خدمت"},
    Label{K::Toman, QT_TRANSLATE_NOOP("Receipt", "toman"), u"تومان"},
    Label{K::Rial, QT_TRANSLATE_NOOP("Receipt", "rials"), u"ریال"},
    Label{K::DayCloseTitle, QT_TRANSLATE_NOOP("Receipt", "Day close of the counter"), u"صورت‌حساب بستن روز باجه"},
    Label{K::ClosedAt, QT_TRANSLATE_NOOP("Receipt", "Closed at"), u"زمان بستن"},
    Label{K::Supervisor, QT_TRANSLATE_NOOP("Receipt", "Supervisor"), u"سرپرست"},
    Label{K::Drawers, QT_TRANSLATE_NOOP("Receipt", "Cash drawers"), u"صندوق‌های نقدی"},
    Label{K::Expected, QT_TRANSLATE_NOOP("Receipt", "Expected"), u"مورد انتظار"},
    Label{K::Counted, QT_TRANSLATE_NOOP("Receipt", "Counted"), u"شمارش‌شده"},
    Label{K::Difference, QT_TRANSLATE_NOOP("Receipt", "Difference"), u"اختلاف"},
    Label{K::CardBatches, QT_TRANSLATE_NOOP("Receipt", "Card payments by terminal"), u"پرداخت‌های کارتی به تفکیک پایانه"},
    Label{K::References, QT_TRANSLATE_NOOP("Receipt", "Trace numbers"), u"شماره‌های پیگیری"},
    Label{K::PreviousGrandTotal, QT_TRANSLATE_NOOP("Receipt", "Grand total carried from the previous close"), u"جمع کل منتقل‌شده از بستن قبلی"},
    Label{K::GrandTotal, QT_TRANSLATE_NOOP("Receipt", "Grand total"), u"جمع کل پیوسته"},
    Label{K::LastEntry, QT_TRANSLATE_NOOP("Receipt", "Last ledger entry"), u"آخرین ثبت دفتر"},
    Label{K::Hash, QT_TRANSLATE_NOOP("Receipt", "Hash"), u"چکیده"},
    Label{K::PreviousAcknowledgement, QT_TRANSLATE_NOOP("Receipt", "The municipality's receipt for the previous close"), u"رسید شهرداری برای بستن قبلی"},
    Label{K::ReceivedUpToEntry, QT_TRANSLATE_NOOP("Receipt", "Received up to entry"), u"دریافت تا ثبت"},
    Label{K::ReceivedAt, QT_TRANSLATE_NOOP("Receipt", "Received at"), u"زمان دریافت"},
    Label{K::NoAcknowledgement, QT_TRANSLATE_NOOP("Receipt", "Not acknowledged by the municipality yet"), u"هنوز از سوی شهرداری تأیید نشده است"},
    Label{K::DeviceKey, QT_TRANSLATE_NOOP("Receipt", "Device key"), u"کلید دستگاه"},
    Label{K::Signature, QT_TRANSLATE_NOOP("Receipt", "Signature"), u"امضا"},
    Label{K::AuditTrailTitle, QT_TRANSLATE_NOOP("Receipt", "Audit trail"), u"رویدادنامهٔ ممیزی"},
    Label{K::AuditSequence, QT_TRANSLATE_NOOP("Receipt", "Event no."), u"شمارهٔ رویداد"},
    Label{K::AuditEvent, QT_TRANSLATE_NOOP("Receipt", "Event"), u"رویداد"},
    Label{K::AuditActor, QT_TRANSLATE_NOOP("Receipt", "By"), u"انجام‌دهنده"},
    Label{K::AuditSubject, QT_TRANSLATE_NOOP("Receipt", "Subject"), u"موضوع"},
    Label{K::AuditDetail, QT_TRANSLATE_NOOP("Receipt", "Detail"), u"جزئیات"},
    Label{K::AuditChain, QT_TRANSLATE_NOOP("Receipt", "Chain"), u"زنجیره"},
    Label{K::AuditChainHolds, QT_TRANSLATE_NOOP("Receipt", "The chain of events verifies through event"), u"زنجیرهٔ رویدادها تا این رویداد سالم است"},
    Label{K::AuditChainBroken, QT_TRANSLATE_NOOP("Receipt", "The chain of events is broken at event"), u"زنجیرهٔ رویدادها در این رویداد شکسته است"},
    Label{K::AuditVerified, QT_TRANSLATE_NOOP("Receipt", "verified"), u"سالم"},
    Label{K::AuditBroken, QT_TRANSLATE_NOOP("Receipt", "broken"), u"دستکاری‌شده"},
    Label{K::AuditUnverified, QT_TRANSLATE_NOOP("Receipt", "unverified"), u"تأییدنشده"},
    Label{K::AuditAllDays, QT_TRANSLATE_NOOP("Receipt", "All days"), u"همهٔ روزها"},
    Label{K::AuditEveryone, QT_TRANSLATE_NOOP("Receipt", "Everyone"), u"همهٔ کاربران"},
    Label{K::AuditAllKinds, QT_TRANSLATE_NOOP("Receipt", "All events"), u"همهٔ رویدادها"},
    Label{K::AuditTruncated, QT_TRANSLATE_NOOP("Receipt", "Only the newest events are shown"), u"فقط جدیدترین رویدادها آمده است"},
    Label{K::RefundCount, QT_TRANSLATE_NOOP("Receipt", "Refunds"), u"بازپرداخت‌ها"},
    Label{K::RefundAmount, QT_TRANSLATE_NOOP("Receipt", "Refunded amount"), u"مبلغ بازپرداخت‌شده"},
    Label{K::RefundReceiptTitle, QT_TRANSLATE_NOOP("Receipt", "Pishkhan office fee refund"), u"رسید بازپرداخت کارمزد دفتر پیشخوان"},
    Label{K::RefundOf, QT_TRANSLATE_NOOP("Receipt", "Refund of receipt"), u"بازپرداخت رسید"},
    Label{K::Reason, QT_TRANSLATE_NOOP("Receipt", "Reason"), u"دلیل"},
    Label{K::ApprovedBy, QT_TRANSLATE_NOOP("Receipt", "Approved by"), u"تأییدکننده"},
    Label{K::ReversalReference, QT_TRANSLATE_NOOP("Receipt", "Reversal reference"), u"شماره مرجع برگشت"},
    Label{K::Settlements, QT_TRANSLATE_NOOP("Receipt", "Card terminal settlements"), u"تسویهٔ پایانه‌های کارت‌خوان"},
    Label{K::SettledCount, QT_TRANSLATE_NOOP("Receipt", "Settled count"), u"تعداد تسویه"},
    Label{K::SettledAmount, QT_TRANSLATE_NOOP("Receipt", "Settled total"), u"مبلغ تسویه"},
    Label{K::LedgerAmount, QT_TRANSLATE_NOOP("Receipt", "Ledger total"), u"مبلغ دفتر"},
    Label{K::ShiftReportTitle, QT_TRANSLATE_NOOP("Receipt", "Shift handover report (X)"), u"گزارش تحویل نوبت (X)"},
    Label{K::UpTo, QT_TRANSLATE_NOOP("Receipt", "Up to"), u"تا"},
    Label{K::ExpectedCash, QT_TRANSLATE_NOOP("Receipt", "Expected cash"), u"نقد مورد انتظار"},
    Label{K::CountedCash, QT_TRANSLATE_NOOP("Receipt", "Counted cash"), u"نقد شمارش‌شده"},
    Label{K::Invoice, QT_TRANSLATE_NOOP("Receipt", "Invoice"), u"صورت‌حساب"},
    Label{K::InvoiceTitle, QT_TRANSLATE_NOOP("Receipt", "Invoice of the office's fees for a batch of requests"), u"صورت‌حساب کارمزد دفتر برای دسته درخواست‌ها"},
    Label{K::InvoiceNumber, QT_TRANSLATE_NOOP("Receipt", "Invoice number"), u"شماره صورت‌حساب"},
    Label{K::Organisation, QT_TRANSLATE_NOOP("Receipt", "Organisation"), u"سازمان"},
    Label{K::LegalEntityId, QT_TRANSLATE_NOOP("Receipt", "National id of the legal entity"), u"شناسه ملی"},
    Label{K::MandateNumber, QT_TRANSLATE_NOOP("Receipt", "Mandate number"), u"شماره وکالت‌نامه"},
    Label{K::BatchFile, QT_TRANSLATE_NOOP("Receipt", "Batch file (SHA-256)"), u"فایل دسته (SHA-256)"},
    Label{K::Line, QT_TRANSLATE_NOOP("Receipt", "Row"), u"ردیف"},
    Label{K::InvoicedByOrganisation, QT_TRANSLATE_NOOP("Receipt", "Invoiced to organisations"), u"صورت‌حساب‌شده به سازمان‌ها"},
    Label{K::SupportLine, QT_TRANSLATE_NOOP("Receipt", "Municipality support line"), u"سامانه پاسخگویی شهرداری"},
    Label{K::FollowUpSite, QT_TRANSLATE_NOOP("Receipt", "Follow up online"), u"پیگیری برخط"},
    Label{K::QueuedFollowUp, QT_TRANSLATE_NOOP("Receipt", "Once sent it gets a tracking code: ask this office for it with your receipt number, then follow the request up online or on the support line."), u"پس از ارسال، کد رهگیری می‌گیرد: آن را با شماره رسید از همین دفتر بخواهید و درخواست را برخط یا از سامانه پاسخگویی پیگیری کنید."},
    Label{K::TrainingMark, QT_TRANSLATE_NOOP("Receipt", "TRAINING — NOT VALID"), u"آموزشی — فاقد اعتبار"},
    Label{K::AnswerTitle, QT_TRANSLATE_NOOP("Receipt", "Answer to the citizen's inquiry"), u"پاسخ استعلام شهروند"},
    Label{K::PropertyFileTitle, QT_TRANSLATE_NOOP("Receipt", "Property file"), u"پرونده ملک"},
    Label{K::MunicipalityName, QT_TRANSLATE_NOOP("Receipt", "Isfahan Municipality"), u"شهرداری اصفهان"},
    Label{K::Citizen, QT_TRANSLATE_NOOP("Receipt", "Citizen (national code)"), u"شهروند (کد ملی)"},
    Label{K::AnsweredAt, QT_TRANSLATE_NOOP("Receipt", "Answered on"), u"تاریخ پاسخ"},
    Label{K::PrintedAt, QT_TRANSLATE_NOOP("Receipt", "Printed on"), u"تاریخ چاپ"},
    Label{K::AnswerSummary, QT_TRANSLATE_NOOP("Receipt", "Answer"), u"پاسخ"},
    Label{K::VerifyNote, QT_TRANSLATE_NOOP("Receipt", "Scan the code to check with the municipality that this answer is genuine."), u"برای اطمینان از اصالت این پاسخ، کد را با تلفن همراه بخوانید تا شهرداری آن را تأیید کند."},
    Label{K::AnswerHash, QT_TRANSLATE_NOOP("Receipt", "Answer fingerprint"), u"اثر انگشت پاسخ"},
    Label{K::ReferenceCopyNote, QT_TRANSLATE_NOOP("Receipt", "Copy for reference: for an answer the municipality vouches for, request the property file service."), u"نسخه برای آگاهی: برای پاسخی که شهرداری اصالت آن را تأیید کند، خدمت پرونده ملک را درخواست کنید."},
    Label{K::Yes, QT_TRANSLATE_NOOP("Receipt", "Yes"), u"بله"},
    Label{K::No, QT_TRANSLATE_NOOP("Receipt", "No"), u"خیر"},
    Label{K::Metre, QT_TRANSLATE_NOOP("Receipt", "m"), u"متر"},
    Label{K::NoneListed, QT_TRANSLATE_NOOP("Receipt", "none"), u"ندارد"},
};
// clang-format on

const Label* find(K key)
{
    for (const Label& l : kLabels)
        if (l.key == key)
            return &l;
    return nullptr;
}

} // namespace

const char* ReceiptLabels::source(Key key)
{
    const Label* l = find(key);
    return l ? l->english : "";
}

QString ReceiptLabels::text(Key key, Language language)
{
    const Label* l = find(key);
    if (!l)
        return {};
    if (language == Language::Persian)
        return QString::fromUtf16(l->persian);
    return QCoreApplication::translate("Receipt", l->english);
}

} // namespace pishkhan
