<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AuditKind</name>
    <message>
        <source>Logged in</source>
        <translation>ورود به سامانه</translation>
    </message>
    <message>
        <source>Failed log-in</source>
        <translation>ورود ناموفق</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>قفل شدن حساب</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>خروج از سامانه</translation>
    </message>
    <message>
        <source>Counter locked</source>
        <translation>قفل شدن باجه</translation>
    </message>
    <message>
        <source>Counter unlocked</source>
        <translation>باز شدن قفل باجه</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>باز کردن ناموفق قفل</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>ایجاد حساب</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>تغییر حساب</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>تغییر گذرواژه</translation>
    </message>
    <message>
        <source>Void requested</source>
        <translation>درخواست ابطال</translation>
    </message>
    <message>
        <source>Void approved</source>
        <translation>تأیید ابطال</translation>
    </message>
    <message>
        <source>Void refused</source>
        <translation>رد ابطال</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>بستن روز</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>تغییر تنظیمات</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>Counter activated</source>
        <translation>فعال‌سازی باجه</translation>
    </message>
    <message>
        <source>Counter deactivated</source>
        <translation>غیرفعال‌سازی باجه</translation>
    </message>
    <message>
        <source>Old data purged</source>
        <translation>پاک‌سازی داده‌های قدیمی</translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation>درخواست لغو</translation>
    </message>
    <message>
        <source>Refund approved</source>
        <translation>تأیید بازپرداخت</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>تحویل نوبت</translation>
    </message>
    <message>
        <source>Document not printed (discarded)</source>
        <translation>سند چاپ‌نشده کنار گذاشته شد</translation>
    </message>
    <message>
        <source>Property file inquiry</source>
        <translation>استعلام پرونده ملک</translation>
    </message>
</context>
<context>
    <name>Bank</name>
    <message>
        <source>Bank Melli</source>
        <translation>بانک ملی ایران</translation>
    </message>
    <message>
        <source>Bank Sepah</source>
        <translation>بانک سپه</translation>
    </message>
    <message>
        <source>Export Development Bank</source>
        <translation>بانک توسعه صادرات</translation>
    </message>
    <message>
        <source>Bank of Industry and Mine</source>
        <translation>بانک صنعت و معدن</translation>
    </message>
    <message>
        <source>Bank Keshavarzi</source>
        <translation>بانک کشاورزی</translation>
    </message>
    <message>
        <source>Bank Maskan</source>
        <translation>بانک مسکن</translation>
    </message>
    <message>
        <source>Post Bank</source>
        <translation>پست بانک</translation>
    </message>
    <message>
        <source>Tose&apos;e Ta&apos;avon Bank</source>
        <translation>بانک توسعه تعاون</translation>
    </message>
    <message>
        <source>EN Bank (Eghtesad Novin)</source>
        <translation>بانک اقتصاد نوین</translation>
    </message>
    <message>
        <source>Parsian Bank</source>
        <translation>بانک پارسیان</translation>
    </message>
    <message>
        <source>Bank Pasargad</source>
        <translation>بانک پاسارگاد</translation>
    </message>
    <message>
        <source>Karafarin Bank</source>
        <translation>بانک کارآفرین</translation>
    </message>
    <message>
        <source>Saman Bank</source>
        <translation>بانک سامان</translation>
    </message>
    <message>
        <source>Sina Bank</source>
        <translation>بانک سینا</translation>
    </message>
    <message>
        <source>Sarmayeh Bank</source>
        <translation>بانک سرمایه</translation>
    </message>
    <message>
        <source>Ayandeh Bank</source>
        <translation>بانک آینده</translation>
    </message>
    <message>
        <source>Shahr Bank</source>
        <translation>بانک شهر</translation>
    </message>
    <message>
        <source>Dey Bank</source>
        <translation>بانک دی</translation>
    </message>
    <message>
        <source>Bank Saderat</source>
        <translation>بانک صادرات ایران</translation>
    </message>
    <message>
        <source>Bank Mellat</source>
        <translation>بانک ملت</translation>
    </message>
    <message>
        <source>Tejarat Bank</source>
        <translation>بانک تجارت</translation>
    </message>
    <message>
        <source>Refah Bank</source>
        <translation>بانک رفاه کارگران</translation>
    </message>
    <message>
        <source>Iran Zamin Bank</source>
        <translation>بانک ایران زمین</translation>
    </message>
    <message>
        <source>Tourism Bank</source>
        <translation>بانک گردشگری</translation>
    </message>
    <message>
        <source>Resalat Bank</source>
        <translation>بانک قرض‌الحسنه رسالت</translation>
    </message>
    <message>
        <source>Mehr Iran Bank</source>
        <translation>بانک قرض‌الحسنه مهر ایران</translation>
    </message>
    <message>
        <source>Kosar Credit Institution</source>
        <translation>مؤسسه اعتباری کوثر</translation>
    </message>
    <message>
        <source>Melal Credit Institution</source>
        <translation>مؤسسه اعتباری ملل</translation>
    </message>
    <message>
        <source>Ghavamin Bank</source>
        <translation>بانک قوامین</translation>
    </message>
    <message>
        <source>Tose&apos;e Credit Institution</source>
        <translation>مؤسسه اعتباری توسعه</translation>
    </message>
    <message>
        <source>Noor Credit Institution</source>
        <translation>مؤسسه اعتباری نور</translation>
    </message>
    <message>
        <source>Middle East Bank</source>
        <translation>بانک خاورمیانه</translation>
    </message>
    <message>
        <source>Central Bank of Iran</source>
        <translation>بانک مرکزی جمهوری اسلامی ایران</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Enter the card number.</source>
        <translation>شماره کارت را وارد کنید.</translation>
    </message>
    <message>
        <source>A card number contains digits only.</source>
        <translation>شماره کارت فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <source>Card number must be 16 digits.</source>
        <translation>شماره کارت باید ۱۶ رقم باشد.</translation>
    </message>
    <message>
        <source>This card number is not valid; check the digits.</source>
        <translation>این شماره کارت معتبر نیست؛ رقم‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>The fee must be between 5,000 and 15,000 toman, as set by the city council.</source>
        <translation>کارمزد باید طبق مصوبه شورای شهر بین ۵٬۰۰۰ تا ۱۵٬۰۰۰ تومان باشد.</translation>
    </message>
    <message>
        <source>Enter the legal entity&apos;s national id.</source>
        <translation>شناسه ملی شخص حقوقی را وارد کنید.</translation>
    </message>
    <message>
        <source>A legal entity&apos;s national id contains digits only.</source>
        <translation>شناسه ملی شخص حقوقی فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <source>A legal entity&apos;s national id must be 11 digits.</source>
        <translation>شناسه ملی شخص حقوقی باید ۱۱ رقم باشد.</translation>
    </message>
    <message>
        <source>This legal entity&apos;s national id does not exist.</source>
        <translation>چنین شناسه ملی‌ای برای شخص حقوقی وجود ندارد.</translation>
    </message>
    <message>
        <source>This legal entity&apos;s national id is not valid; check the digits.</source>
        <translation>این شناسه ملی معتبر نیست؛ رقم‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation>شماره همراه را وارد کنید.</translation>
    </message>
    <message>
        <source>Mobile number must look like 09123456789 (11 digits starting with 09).</source>
        <translation>شماره همراه باید مانند ۰۹۱۲۳۴۵۶۷۸۹ باشد (۱۱ رقم که با ۰۹ شروع می‌شود).</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>مبلغ بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>مبلغ را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the amount as a whole number, like 12,000.</source>
        <translation>مبلغ را به صورت عدد صحیح وارد کنید، مانند ۱۲٬۰۰۰.</translation>
    </message>
    <message>
        <source>Thousands separators must be three digits apart, like 12,000.</source>
        <translation>جداکننده هزارگان باید هر سه رقم بیاید، مانند ۱۲٬۰۰۰.</translation>
    </message>
    <message>
        <source>Enter the national code.</source>
        <translation>کد ملی را وارد کنید.</translation>
    </message>
    <message>
        <source>A national code contains digits only.</source>
        <translation>کد ملی فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <source>National code must be 10 digits.</source>
        <translation>کد ملی باید ۱۰ رقم باشد.</translation>
    </message>
    <message>
        <source>A national code cannot be one repeated digit.</source>
        <translation>کد ملی نمی‌تواند از تکرار یک رقم ساخته شده باشد.</translation>
    </message>
    <message>
        <source>This national code does not exist.</source>
        <translation>چنین کد ملی‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>This national code is not valid; check the digits.</source>
        <translation>این کد ملی معتبر نیست؛ رقم‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>کد پستی را وارد کنید.</translation>
    </message>
    <message>
        <source>A postal code contains digits only.</source>
        <translation>کد پستی فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <source>Postal code must be 10 digits.</source>
        <translation>کد پستی باید ۱۰ رقم باشد.</translation>
    </message>
    <message>
        <source>A postal code cannot be one repeated digit.</source>
        <translation>کد پستی نمی‌تواند از تکرار یک رقم ساخته شده باشد.</translation>
    </message>
    <message>
        <source>This postal code does not exist; check the digits.</source>
        <translation>چنین کد پستی‌ای وجود ندارد؛ رقم‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>The registration section must be a positive number.</source>
        <translation>بخش ثبتی باید عددی مثبت باشد.</translation>
    </message>
    <message>
        <source>The main plate must be a positive number.</source>
        <translation>پلاک اصلی باید عددی مثبت باشد.</translation>
    </message>
    <message>
        <source>The sub plate must be a positive number.</source>
        <translation>پلاک فرعی باید عددی مثبت باشد.</translation>
    </message>
    <message>
        <source>Cannot read the registered plate; enter section, main plate and sub plate separately.</source>
        <translation>پلاک ثبتی خوانا نیست؛ بخش، پلاک اصلی و پلاک فرعی را جداگانه وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the registered plate.</source>
        <translation>پلاک ثبتی را وارد کنید.</translation>
    </message>
    <message>
        <source>A registered plate has a section, a main plate and a sub plate.</source>
        <translation>پلاک ثبتی از بخش، پلاک اصلی و پلاک فرعی تشکیل می‌شود.</translation>
    </message>
    <message>
        <source>A registered plate needs at least a section and a main plate.</source>
        <translation>پلاک ثبتی دست‌کم به بخش و پلاک اصلی نیاز دارد.</translation>
    </message>
    <message>
        <source>Enter the renovation code.</source>
        <translation>کد نوسازی را وارد کنید.</translation>
    </message>
    <message>
        <source>A renovation code contains digits and hyphens only.</source>
        <translation>کد نوسازی فقط از رقم و خط تیره تشکیل می‌شود.</translation>
    </message>
    <message>
        <source>A renovation code has seven parts, like 3-12-234-15-1-0-0.</source>
        <translation>کد نوسازی هفت بخش دارد، مانند 3-12-234-15-1-0-0.</translation>
    </message>
    <message>
        <source>A part of the renovation code is too long.</source>
        <translation>یکی از بخش‌های کد نوسازی بیش از حد طولانی است.</translation>
    </message>
    <message>
        <source>The first part of a renovation code is the municipal district and cannot be zero.</source>
        <translation>بخش نخست کد نوسازی منطقه شهرداری است و نمی‌تواند صفر باشد.</translation>
    </message>
    <message>
        <source>Enter the Sheba number.</source>
        <translation>شماره شبا را وارد کنید.</translation>
    </message>
    <message>
        <source>A Sheba number starts with IR.</source>
        <translation>شماره شبا با IR شروع می‌شود.</translation>
    </message>
    <message>
        <source>After IR, a Sheba number contains digits only.</source>
        <translation>شماره شبا پس از IR فقط از رقم تشکیل می‌شود.</translation>
    </message>
    <message>
        <source>A Sheba number is IR followed by 24 digits.</source>
        <translation>شماره شبا از IR و ۲۴ رقم پس از آن تشکیل می‌شود.</translation>
    </message>
    <message>
        <source>This Sheba number is not valid; check the digits.</source>
        <translation>این شماره شبا معتبر نیست؛ رقم‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>Enter the date as year/month/day, like 1405/09/07.</source>
        <translation>تاریخ را به صورت سال/ماه/روز وارد کنید، مانند ۱۴۰۵/۰۹/۰۷.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>تاریخ را وارد کنید.</translation>
    </message>
    <message>
        <source>This date does not exist in the calendar.</source>
        <translation>چنین تاریخی در تقویم وجود ندارد.</translation>
    </message>
    <message>
        <source>The data folder cannot be created.</source>
        <translation>پوشه داده‌ها ساخته نشد.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>تنظیمات ذخیره نشد.</translation>
    </message>
    <message>
        <source>Only training mode runs the sandbox.</source>
        <translation>سامانه آزمایشی فقط در حالت آموزشی اجرا می‌شود.</translation>
    </message>
    <message>
        <source>The service catalogue has a field it cannot read.</source>
        <translation>فهرست خدمات فیلدی دارد که خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>پر کردن این فیلد الزامی است.</translation>
    </message>
    <message>
        <source>The value does not have the expected form.</source>
        <translation>مقدار وارد شده قالب درستی ندارد.</translation>
    </message>
    <message>
        <source>Type a whole number (digits only).</source>
        <translation>یک عدد صحیح وارد کنید (فقط رقم).</translation>
    </message>
    <message>
        <source>The number is outside the allowed range.</source>
        <translation>عدد خارج از محدوده مجاز است.</translation>
    </message>
    <message>
        <source>Pick one of the listed options.</source>
        <translation>یکی از گزینه‌های فهرست را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This field cannot be checked.</source>
        <translation>این فیلد قابل بررسی نیست.</translation>
    </message>
    <message>
        <source>This step is already done.</source>
        <translation>این مرحله پیش‌تر انجام شده است.</translation>
    </message>
    <message>
        <source>This service is not in the catalogue.</source>
        <translation>این خدمت در فهرست خدمات نیست.</translation>
    </message>
    <message>
        <source>This service is not offered at the moment.</source>
        <translation>این خدمت در حال حاضر ارائه نمی‌شود.</translation>
    </message>
    <message>
        <source>This service is not offered in that district.</source>
        <translation>این خدمت در این منطقه ارائه نمی‌شود.</translation>
    </message>
    <message>
        <source>Enter the citizen first.</source>
        <translation>ابتدا مشخصات شهروند را وارد کنید.</translation>
    </message>
    <message>
        <source>This field is not in the form.</source>
        <translation>این فیلد در فرم وجود ندارد.</translation>
    </message>
    <message>
        <source>Pick a service first.</source>
        <translation>ابتدا خدمت را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Send a one-time code to the citizen first.</source>
        <translation>ابتدا کد یکبار مصرف را برای شهروند بفرستید.</translation>
    </message>
    <message>
        <source>The one-time code is six digits.</source>
        <translation>کد یکبار مصرف شش رقم است.</translation>
    </message>
    <message>
        <source>The one-time code has expired; send the citizen a new one.</source>
        <translation>کد یکبار مصرف منقضی شده است؛ کد تازه‌ای برای شهروند بفرستید.</translation>
    </message>
    <message>
        <source>Please wait for the answer.</source>
        <translation>لطفاً منتظر پاسخ بمانید.</translation>
    </message>
    <message>
        <source>The citizen&apos;s consent is needed before payment.</source>
        <translation>پیش از پرداخت، رضایت شهروند لازم است.</translation>
    </message>
    <message>
        <source>The fee could not be recorded.</source>
        <translation>کارمزد ثبت نشد.</translation>
    </message>
    <message>
        <source>The service catalogue could not be read.</source>
        <translation>فهرست خدمات خوانده نشد.</translation>
    </message>
    <message>
        <source>The service catalogue has a service it cannot read.</source>
        <translation>فهرست خدمات خدمتی دارد که خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The backend&apos;s acknowledgement of the day close is not valid.</source>
        <translation>رسید سامانه شهرداری برای بستن روز معتبر نیست.</translation>
    </message>
    <message>
        <source>This business day is already closed.</source>
        <translation>این روز کاری پیش‌تر بسته شده است.</translation>
    </message>
    <message>
        <source>The acknowledgement is for a day this counter has not closed.</source>
        <translation>این رسید مربوط به روزی است که این باجه آن را نبسته است.</translation>
    </message>
    <message>
        <source>The acknowledgement does not match the day close that was sent.</source>
        <translation>این رسید با سند بستن روزی که فرستاده شد همخوانی ندارد.</translation>
    </message>
    <message>
        <source>The signing key could not be used.</source>
        <translation>کلید امضا قابل استفاده نبود.</translation>
    </message>
    <message>
        <source>The receipt was not found in the ledger.</source>
        <translation>این رسید در دفتر کارمزدها یافت نشد.</translation>
    </message>
    <message>
        <source>The tariff table of this service is not known; refresh the catalogue.</source>
        <translation>جدول تعرفه این خدمت شناخته نیست؛ فهرست خدمات را به‌روز کنید.</translation>
    </message>
    <message>
        <source>The service has no tariff in the council&apos;s table.</source>
        <translation>این خدمت در جدول تعرفه شورا تعرفه‌ای ندارد.</translation>
    </message>
    <message>
        <source>Only a fee receipt can be reprinted.</source>
        <translation>فقط رسید کارمزد را می‌توان دوباره چاپ کرد.</translation>
    </message>
    <message>
        <source>Give the reason for the void.</source>
        <translation>دلیل ابطال را بنویسید.</translation>
    </message>
    <message>
        <source>A void cannot itself be voided.</source>
        <translation>ابطال را نمی‌توان باطل کرد.</translation>
    </message>
    <message>
        <source>Only a fee can be voided.</source>
        <translation>فقط کارمزد را می‌توان باطل کرد.</translation>
    </message>
    <message>
        <source>This fee has already been voided.</source>
        <translation>این کارمزد پیش‌تر باطل شده است.</translation>
    </message>
    <message>
        <source>Choose the business day to close.</source>
        <translation>روز کاری‌ای را که باید بسته شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>A business day that has not begun cannot be closed.</source>
        <translation>روز کاری‌ای را که هنوز آغاز نشده نمی‌توان بست.</translation>
    </message>
    <message>
        <source>An earlier business day is still open; close it first.</source>
        <translation>یک روز کاری پیشین هنوز باز است؛ ابتدا آن را ببندید.</translation>
    </message>
    <message>
        <source>The counted cash is not an amount of money.</source>
        <translation>وجه نقد شمارش‌شده مبلغ معتبری نیست.</translation>
    </message>
    <message>
        <source>Count every clerk&apos;s cash drawer before closing the day.</source>
        <translation>پیش از بستن روز، صندوق نقدی همه متصدیان را بشمارید.</translation>
    </message>
    <message>
        <source>Choose a start date on or before the end date.</source>
        <translation>تاریخ شروع باید پیش از تاریخ پایان یا همان روز باشد.</translation>
    </message>
    <message>
        <source>The backend&apos;s acknowledgement does not carry a valid signature.</source>
        <translation>رسید سامانه شهرداری امضای معتبری ندارد.</translation>
    </message>
    <message>
        <source>This business day is closed; nothing can be added to it.</source>
        <translation>این روز کاری بسته شده است و چیزی به آن افزوده نمی‌شود.</translation>
    </message>
    <message>
        <source>The ledger entry is incomplete and was not saved.</source>
        <translation>ردیف دفتر کارمزد ناقص است و ذخیره نشد.</translation>
    </message>
    <message>
        <source>A different tariff table with the same id is already recorded.</source>
        <translation>جدول تعرفه دیگری با همین شناسه پیش‌تر ثبت شده است.</translation>
    </message>
    <message>
        <source>The stored tariff table does not match its hash.</source>
        <translation>جدول تعرفه ذخیره‌شده با چکیده‌اش همخوانی ندارد.</translation>
    </message>
    <message>
        <source>A cash payment has no terminal or reference number; choose card payment.</source>
        <translation>پرداخت نقدی پایانه یا شماره پیگیری ندارد؛ پرداخت با کارت را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter the card terminal&apos;s id.</source>
        <translation>شناسه پایانه کارت‌خوان را وارد کنید.</translation>
    </message>
    <message>
        <source>The terminal id must be 8 digits.</source>
        <translation>شناسه پایانه باید ۸ رقم باشد.</translation>
    </message>
    <message>
        <source>Enter the reference (trace) number printed by the card terminal.</source>
        <translation>شماره پیگیری چاپ‌شده روی رسید کارت‌خوان را وارد کنید.</translation>
    </message>
    <message>
        <source>The reference number must be the 6-digit trace number or the 12-digit reference number from the card terminal&apos;s slip.</source>
        <translation>شماره پیگیری باید شماره پیگیری ۶ رقمی یا شماره مرجع ۱۲ رقمی رسید کارت‌خوان باشد.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>کد QR ساخته نشد.</translation>
    </message>
    <message>
        <source>The export file could not be written.</source>
        <translation>پرونده خروجی نوشته نشد.</translation>
    </message>
    <message>
        <source>The tariff table is not valid.</source>
        <translation>جدول تعرفه معتبر نیست.</translation>
    </message>
    <message>
        <source>No clerk is signed in at this counter.</source>
        <translation>هیچ متصدی‌ای در این باجه وارد نشده است.</translation>
    </message>
    <message>
        <source>This counter is not activated yet.</source>
        <translation>این باجه هنوز فعال نشده است.</translation>
    </message>
    <message>
        <source>The server sent an answer this program does not understand; it will try again.</source>
        <translation>پاسخ سرور برای این برنامه قابل فهم نبود؛ دوباره تلاش می‌شود.</translation>
    </message>
    <message>
        <source>The backend no longer accepts this counter; activate it again.</source>
        <translation>سامانه شهرداری دیگر این باجه را نمی‌پذیرد؛ آن را دوباره فعال کنید.</translation>
    </message>
    <message>
        <source>The municipal backend is busy or temporarily unavailable.</source>
        <translation>سامانه شهرداری مشغول است یا موقتاً در دسترس نیست.</translation>
    </message>
    <message>
        <source>The municipal backend had an internal error.</source>
        <translation>در سامانه شهرداری خطای داخلی رخ داد.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>سرور به موقع پاسخ نداد.</translation>
    </message>
    <message>
        <source>The municipal backend refused the request.</source>
        <translation>سامانه شهرداری درخواست را نپذیرفت.</translation>
    </message>
    <message>
        <source>The server&apos;s identity did not match the pinned key; nothing was sent. Contact support.</source>
        <translation>هویت سرور با کلید ثبت‌شده همخوانی نداشت و چیزی فرستاده نشد. با پشتیبانی تماس بگیرید.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established; nothing was sent.</source>
        <translation>ارتباط امن با سرور برقرار نشد و چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>دسترسی به سرور ممکن نشد.</translation>
    </message>
    <message>
        <source>The connection to the server broke before the answer arrived.</source>
        <translation>ارتباط با سرور پیش از رسیدن پاسخ قطع شد.</translation>
    </message>
    <message>
        <source>The connection was refused because it would not be encrypted.</source>
        <translation>ارتباط رد شد، چون رمزنگاری نمی‌شد.</translation>
    </message>
    <message>
        <source>The exchange with the server failed.</source>
        <translation>تبادل با سرور ناموفق بود.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation>پاسخ سرور بیش از حد بزرگ بود.</translation>
    </message>
    <message>
        <source>Internal error: the screen waited on the network.</source>
        <translation>خطای داخلی: صفحه منتظر شبکه ماند.</translation>
    </message>
    <message>
        <source>The server address is not set or not valid.</source>
        <translation>نشانی سرور تعیین نشده یا معتبر نیست.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>نام کاربری یا گذرواژه درست نیست.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again when the waiting time is over.</source>
        <translation>این حساب پس از چند گذرواژه نادرست قفل شده است. پس از پایان زمان انتظار دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Enter a name of at most 100 characters.</source>
        <translation>نامی با حداکثر ۱۰۰ نویسه وارد کنید.</translation>
    </message>
    <message>
        <source>The first administrator has already been created.</source>
        <translation>نخستین مدیر سامانه پیش‌تر ساخته شده است.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>چنین حسابی وجود ندارد.</translation>
    </message>
    <message>
        <source>The last administrator cannot be disabled or given another role.</source>
        <translation>آخرین مدیر سامانه را نمی‌توان غیرفعال کرد یا نقش دیگری به او داد.</translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation>این حساب غیرفعال شده است.</translation>
    </message>
    <message>
        <source>Your account was changed since you logged in; log in again.</source>
        <translation>حساب شما پس از ورود تغییر کرده است؛ دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>An account with this username already exists.</source>
        <translation>حسابی با این نام کاربری وجود دارد.</translation>
    </message>
    <message>
        <source>This counter is already activated; deactivate it first.</source>
        <translation>این باجه پیش‌تر فعال شده است؛ ابتدا آن را غیرفعال کنید.</translation>
    </message>
    <message>
        <source>Enter the office code and the activation code.</source>
        <translation>کد دفتر و کد فعال‌سازی را وارد کنید.</translation>
    </message>
    <message>
        <source>Log in first to do this.</source>
        <translation>برای این کار ابتدا وارد شوید.</translation>
    </message>
    <message>
        <source>Your account is not permitted to do this.</source>
        <translation>حساب شما اجازه این کار را ندارد.</translation>
    </message>
    <message>
        <source>This counter has not been activated; it can only be used in training mode.</source>
        <translation>این باجه فعال نشده است و فقط در حالت آموزشی قابل استفاده است.</translation>
    </message>
    <message>
        <source>The device key could not be used.</source>
        <translation>کلید دستگاه قابل استفاده نبود.</translation>
    </message>
    <message>
        <source>The key stored in the system keychain is not a valid store key.</source>
        <translation>کلید ذخیره‌شده در جاکلیدی سیستم کلید معتبری برای پایگاه داده نیست.</translation>
    </message>
    <message>
        <source>The system could not generate a secure random key.</source>
        <translation>سیستم نتوانست کلید تصادفی امن بسازد.</translation>
    </message>
    <message>
        <source>The log file could not be opened.</source>
        <translation>پرونده گزارش باز نشد.</translation>
    </message>
    <message>
        <source>The system could not generate secure random data.</source>
        <translation>سیستم نتوانست داده تصادفی امن بسازد.</translation>
    </message>
    <message>
        <source>The password could not be processed.</source>
        <translation>گذرواژه پردازش نشد.</translation>
    </message>
    <message>
        <source>The password must be at least 8 characters long.</source>
        <translation>گذرواژه باید دست‌کم ۸ نویسه باشد.</translation>
    </message>
    <message>
        <source>This password is too easy to guess; choose another one.</source>
        <translation>این گذرواژه بیش از حد ساده است؛ گذرواژه دیگری برگزینید.</translation>
    </message>
    <message>
        <source>The system keychain is not available or is locked.</source>
        <translation>جاکلیدی سیستم در دسترس نیست یا قفل است.</translation>
    </message>
    <message>
        <source>The database exists but its key is missing from the system keychain, so it cannot be opened.</source>
        <translation>پایگاه داده وجود دارد اما کلید آن در جاکلیدی سیستم نیست، بنابراین باز نمی‌شود.</translation>
    </message>
    <message>
        <source>The database key is not a valid 256-bit key.</source>
        <translation>کلید پایگاه داده یک کلید ۲۵۶ بیتی معتبر نیست.</translation>
    </message>
    <message>
        <source>The database file is not encrypted; it was not made by this program and will not be used.</source>
        <translation>پرونده پایگاه داده رمزنگاری نشده است؛ این برنامه آن را نساخته و از آن استفاده نمی‌شود.</translation>
    </message>
    <message>
        <source>The database file is not a database or is damaged (truncated).</source>
        <translation>پرونده پایگاه داده معتبر نیست یا آسیب دیده (ناقص) است.</translation>
    </message>
    <message>
        <source>The database file cannot be decrypted with the key stored on this computer: the key is wrong or the file is damaged.</source>
        <translation>پرونده پایگاه داده با کلید ذخیره‌شده در این رایانه رمزگشایی نمی‌شود: کلید نادرست است یا پرونده آسیب دیده است.</translation>
    </message>
    <message>
        <source>This build has no database encryption (SQLCipher missing), so the store is not opened.</source>
        <translation>این نسخه رمزنگاری پایگاه داده ندارد (SQLCipher نیست)، بنابراین پایگاه داده باز نمی‌شود.</translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging, so it is not safe to use.</source>
        <translation>پایگاه داده به حالت WAL نرفت و استفاده از آن امن نیست.</translation>
    </message>
    <message>
        <source>The record has been altered: an entry does not match the chain of hashes.</source>
        <translation>سوابق دستکاری شده است: یک ردیف با زنجیره چکیده‌ها همخوانی ندارد.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>پرونده پایگاه داده آسیب دیده است.</translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing; check the folder and its permissions.</source>
        <translation>پرونده پایگاه داده برای نوشتن باز نمی‌شود؛ پوشه و مجوزهای آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>The damaged database file could not be moved aside.</source>
        <translation>پرونده آسیب‌دیده پایگاه داده کنار گذاشته نشد.</translation>
    </message>
    <message>
        <source>This request cannot be changed that way in its current state.</source>
        <translation>این درخواست در وضعیت کنونی‌اش این‌گونه تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>The request is incomplete and was not saved.</source>
        <translation>درخواست ناقص است و ذخیره نشد.</translation>
    </message>
    <message>
        <source>The request was not found in the outbox.</source>
        <translation>درخواست در صف ارسال یافت نشد.</translation>
    </message>
    <message>
        <source>A request with this id is already in the outbox.</source>
        <translation>درخواستی با این شناسه در صف ارسال هست.</translation>
    </message>
    <message>
        <source>The database was made by a newer version of this program; update the program to open it.</source>
        <translation>پایگاه داده با نسخه تازه‌تری از برنامه ساخته شده است؛ برای باز کردن آن برنامه را به‌روز کنید.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved; free some disk space and try again.</source>
        <translation>دیسک پر است و چیزی ذخیره نشد؛ کمی فضا آزاد کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The local database is in use by another program; close it and try again.</source>
        <translation>پایگاه داده محلی در دست برنامه دیگری است؛ آن را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The database file cannot be read: it is not a database, it is damaged, or the key is wrong.</source>
        <translation>پرونده پایگاه داده خوانده نمی‌شود: پایگاه داده نیست، آسیب دیده یا کلید نادرست است.</translation>
    </message>
    <message>
        <source>The record conflicts with one already saved.</source>
        <translation>این سابقه با سابقه‌ای که پیش‌تر ذخیره شده ناسازگار است.</translation>
    </message>
    <message>
        <source>Reading or writing the database file failed.</source>
        <translation>خواندن یا نوشتن پرونده پایگاه داده ناموفق بود.</translation>
    </message>
    <message>
        <source>The local database reported an error.</source>
        <translation>پایگاه داده محلی خطا گزارش کرد.</translation>
    </message>
    <message>
        <source>The saved request is incomplete; open it, correct it and send it again.</source>
        <translation>درخواست ذخیره‌شده ناقص است؛ آن را باز کنید، اصلاح کنید و دوباره بفرستید.</translation>
    </message>
    <message>
        <source>This counter must be activated again.</source>
        <translation>این باجه باید دوباره فعال شود.</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>همگام‌سازی در حال اجرا نیست.</translation>
    </message>
    <message>
        <source>The ledger could not be checked.</source>
        <translation>دفتر کارمزدها بررسی نشد.</translation>
    </message>
    <message>
        <source>Type a tracking code, a receipt number or a national code.</source>
        <translation>کد رهگیری، شماره رسید یا کد ملی را وارد کنید.</translation>
    </message>
    <message>
        <source>The request&apos;s form cannot be read.</source>
        <translation>فرم این درخواست خوانا نیست.</translation>
    </message>
    <message>
        <source>Enter one of the city&apos;s district numbers.</source>
        <translation>شماره یکی از مناطق شهر را وارد کنید.</translation>
    </message>
    <message>
        <source>The server address must be a full address like https://api.example.ir.</source>
        <translation>نشانی سرور باید نشانی کامل باشد، مانند https://api.example.ir.</translation>
    </message>
    <message>
        <source>The server address must start with https://: the connection has to be encrypted.</source>
        <translation>نشانی سرور باید با https:// شروع شود: ارتباط باید رمزنگاری‌شده باشد.</translation>
    </message>
    <message>
        <source>The key pin must be sha256// followed by 44 characters of base64 (several joined by ;).</source>
        <translation>پین کلید باید sha256// و پس از آن ۴۴ نویسه base64 باشد (چند پین با ; جدا می‌شوند).</translation>
    </message>
    <message>
        <source>The proxy must be an address with a port, like http://proxy.example.ir:3128.</source>
        <translation>پراکسی باید نشانی همراه با درگاه باشد، مانند http://proxy.example.ir:3128.</translation>
    </message>
    <message>
        <source>The certificate (CA) file does not exist or cannot be read.</source>
        <translation>پرونده گواهی (CA) وجود ندارد یا خواندنی نیست.</translation>
    </message>
    <message>
        <source>The language must be Persian or English.</source>
        <translation>زبان باید فارسی یا انگلیسی باشد.</translation>
    </message>
    <message>
        <source>The counter number cannot be negative.</source>
        <translation>شماره باجه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 daily backups.</source>
        <translation>تعداد پشتیبان‌های روزانه نگه‌داشته باید بین ۱ تا ۳۶۵ باشد.</translation>
    </message>
    <message>
        <source>Choose a folder for the daily backup.</source>
        <translation>برای پشتیبان روزانه یک پوشه انتخاب کنید.</translation>
    </message>
    <message>
        <source>The municipality&apos;s property file could not be read.</source>
        <translation>پرونده ملک دریافتی از شهرداری خوانا نیست.</translation>
    </message>
    <message>
        <source>--password-fd needs a file descriptor number.</source>
        <translation>گزینه --password-fd به شماره توصیف‌گر پرونده نیاز دارد.</translation>
    </message>
    <message>
        <source>There is no store in this data folder.</source>
        <translation>در این پوشه داده، انبار داده‌ای نیست.</translation>
    </message>
    <message>
        <source>The password could not be read from the given file descriptor.</source>
        <translation>گذرواژه از توصیف‌گر پرونده داده‌شده خوانده نشد.</translation>
    </message>
    <message>
        <source>There is no terminal to ask the password on; use --user and --password-fd.</source>
        <translation>پایانه‌ای برای پرسیدن گذرواژه نیست؛ از --user و --password-fd استفاده کنید.</translation>
    </message>
    <message>
        <source>This recovery key is well formed but is not this store&apos;s key.</source>
        <translation>این کلید بازیابی درست نوشته شده اما کلید این انبار داده نیست.</translation>
    </message>
    <message>
        <source>The date is not a valid yyyy-MM-dd date.</source>
        <translation>تاریخ به شکل معتبر yyyy-MM-dd نیست.</translation>
    </message>
    <message>
        <source>The batch file cannot be read.</source>
        <translation>پرونده دسته‌ای خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>There is no service catalogue yet; start the app online once, or run pishkhanctl sync.</source>
        <translation>هنوز فهرست خدمات دریافت نشده است؛ یک بار برنامه را برخط اجرا کنید یا pishkhanctl sync را بزنید.</translation>
    </message>
    <message>
        <source>A day is closed at the counter, not from the command line.</source>
        <translation>بستن روز در باجه انجام می‌شود، نه از خط فرمان.</translation>
    </message>
    <message>
        <source>You can only ask for a void of a receipt you issued yourself.</source>
        <translation>فقط برای رسیدی که خودتان صادر کرده‌اید می‌توانید درخواست ابطال بدهید.</translation>
    </message>
    <message>
        <source>The void request was not found.</source>
        <translation>درخواست ابطال یافت نشد.</translation>
    </message>
    <message>
        <source>This void request has already been decided.</source>
        <translation>درباره این درخواست ابطال پیش‌تر تصمیم گرفته شده است.</translation>
    </message>
    <message>
        <source>Give the reason for refusing the void.</source>
        <translation>علت رد درخواست ابطال را بنویسید.</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>پرونده PDF نوشته نشد.</translation>
    </message>
    <message>
        <source>A void of this fee has already been requested and waits for a supervisor.</source>
        <translation>ابطال این کارمزد پیش‌تر درخواست شده و در انتظار سرپرست است.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest file is missing or not readable.</source>
        <translation>پرونده فهرست پشتیبان نیست یا خواندنی نیست.</translation>
    </message>
    <message>
        <source>An old backup could not be removed.</source>
        <translation>یک پشتیبان قدیمی پاک نشد.</translation>
    </message>
    <message>
        <source>The row has a different number of columns than the header.</source>
        <translation>تعداد ستون‌های این سطر با سطر سرستون یکی نیست.</translation>
    </message>
    <message>
        <source>The row has no consent token; ask the citizen for a one-time code first.</source>
        <translation>این سطر رضایت‌نامه ندارد؛ نخست از شهروند کد یک‌بارمصرف بگیرید.</translation>
    </message>
    <message>
        <source>The consent expiry is not a valid time.</source>
        <translation>زمان انقضای رضایت معتبر نیست.</translation>
    </message>
    <message>
        <source>The citizen&apos;s consent has expired; a new one-time code is needed.</source>
        <translation>رضایت شهروند منقضی شده است؛ کد یک‌بارمصرف تازه لازم است.</translation>
    </message>
    <message>
        <source>The district is not a number.</source>
        <translation>منطقه عدد نیست.</translation>
    </message>
    <message>
        <source>The batch file has no header row.</source>
        <translation>پرونده دسته‌ای سطر سرستون ندارد.</translation>
    </message>
    <message>
        <source>The batch file&apos;s header has an unknown or repeated column.</source>
        <translation>سرستون پرونده دسته‌ای ستونی ناشناخته یا تکراری دارد.</translation>
    </message>
    <message>
        <source>The batch file&apos;s header lacks a required column.</source>
        <translation>سرستون پرونده دسته‌ای یک ستون لازم را ندارد.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as &quot;CSV UTF-8&quot;.</source>
        <translation>پرونده متن UTF-8 نیست؛ آن را با قالب «CSV UTF-8» ذخیره کنید.</translation>
    </message>
    <message>
        <source>The CSV file has a quote that is never closed.</source>
        <translation>در پرونده CSV نقل‌قولی باز شده که بسته نشده است.</translation>
    </message>
    <message>
        <source>The store is open in another program (close Pishkhan Desk first), so its key cannot be changed now.</source>
        <translation>انبار داده در برنامه دیگری باز است (نخست میز پیشخوان را ببندید)، پس اکنون کلید آن عوض نمی‌شود.</translation>
    </message>
    <message>
        <source>The store key could not be changed; the store still uses its old key.</source>
        <translation>کلید انبار داده عوض نشد؛ انبار همچنان کلید پیشین را به کار می‌برد.</translation>
    </message>
    <message>
        <source>Neither the store key nor the pending new key opens the store; restore it from a backup.</source>
        <translation>نه کلید انبار داده و نه کلید تازه در انتظار، انبار را باز نمی‌کند؛ آن را از پشتیبان بازگردانید.</translation>
    </message>
    <message>
        <source>The recovery key must have 14 groups of 5 characters; a group is missing or extra.</source>
        <translation>کلید بازیابی باید ۱۴ گروه ۵ نویسه‌ای داشته باشد؛ گروهی کم یا زیاد است.</translation>
    </message>
    <message>
        <source>The recovery key has a character that cannot be in it; check the group shown.</source>
        <translation>کلید بازیابی نویسه‌ای نادرست دارد؛ گروه نشان‌داده‌شده را بررسی کنید.</translation>
    </message>
    <message>
        <source>A group of the recovery key is mistyped; check the group shown.</source>
        <translation>یکی از گروه‌های کلید بازیابی نادرست نوشته شده است؛ گروه نشان‌داده‌شده را بررسی کنید.</translation>
    </message>
    <message>
        <source>The recovery key does not check as a whole: two groups may be swapped.</source>
        <translation>کلید بازیابی در کل درست درنمی‌آید: شاید جای دو گروه عوض شده باشد.</translation>
    </message>
    <message>
        <source>The backup copy of the database could not be made.</source>
        <translation>رونوشت پشتیبان پایگاه داده ساخته نشد.</translation>
    </message>
    <message>
        <source>The backup could not be written to the chosen folder; check the disk and its free space.</source>
        <translation>پشتیبان در پوشه انتخاب‌شده نوشته نشد؛ دیسک و فضای خالی آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>The backup folder cannot be created or used.</source>
        <translation>پوشه پشتیبان ساخته یا به کار گرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>The store fails its own checks, so no backup was made; run &quot;pishkhanctl ledger verify&quot;.</source>
        <translation>انبار داده از بررسی‌های خودش سربلند بیرون نیامد، پس پشتیبانی ساخته نشد؛ «pishkhanctl ledger verify» را اجرا کنید.</translation>
    </message>
    <message>
        <source>The backup could not be copied into place; check the disk and its free space.</source>
        <translation>پشتیبان در جای خود رونویسی نشد؛ دیسک و فضای خالی آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>This recovery key does not open the backup. It checks as typed, so it belongs to another store or an earlier key.</source>
        <translation>این کلید بازیابی پشتیبان را باز نمی‌کند. درست نوشته شده است، پس از آنِ انبار دیگری یا کلیدی پیشین است.</translation>
    </message>
    <message>
        <source>The backup is damaged or its records were altered; it is not restored.</source>
        <translation>پشتیبان آسیب دیده یا رکوردهایش دستکاری شده است؛ بازگردانده نمی‌شود.</translation>
    </message>
    <message>
        <source>A store already exists here; it is replaced only when you ask for it (--replace).</source>
        <translation>اینجا انبار داده‌ای هست؛ تنها با درخواست شما (--replace) جایگزین می‌شود.</translation>
    </message>
    <message>
        <source>This backup was made under another store key (before a key change); use the recovery key that was written down then.</source>
        <translation>این پشتیبان با کلید دیگری از انبار (پیش از تعویض کلید) ساخته شده است؛ کلید بازیابی‌ای را که آن زمان یادداشت شد به کار ببرید.</translation>
    </message>
    <message>
        <source>The database could not be copied before its upgrade; it was left as it was.</source>
        <translation>پیش از ارتقای پایگاه داده، رونوشتی از آن ساخته نشد؛ دست‌نخورده ماند.</translation>
    </message>
    <message>
        <source>The backend could not be reached.</source>
        <translation>دسترسی به سرور شهرداری ممکن نشد.</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>سامانه آزمایشی داخلی در حال اجرا نیست.</translation>
    </message>
    <message>
        <source>This is a training backup; it can only become the training store.</source>
        <translation>این پشتیبانِ حالت آموزشی است؛ فقط می‌تواند انبار داده‌های آموزشی شود.</translation>
    </message>
    <message>
        <source>This is a live backup; it cannot become the training store.</source>
        <translation>این پشتیبانِ حالت واقعی است؛ نمی‌تواند انبار داده‌های آموزشی شود.</translation>
    </message>
    <message>
        <source>Another program (Pishkhan Desk or pishkhanctl) is using this store; close it and try again.</source>
        <translation>برنامهٔ دیگری (پیشخوان یا pishkhanctl) با این انبار داده کار می‌کند؛ آن را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The store&apos;s lock file cannot be written; check the data folder&apos;s permissions and free space.</source>
        <translation>پروندهٔ قفل انبار داده نوشته نشد؛ دسترسی‌های پوشهٔ داده‌ها و فضای خالی دیسک را بررسی کنید.</translation>
    </message>
    <message>
        <source>A closed business day no longer matches its signed close or the municipality&apos;s acknowledgement.</source>
        <translation>یک روز کاری بسته‌شده دیگر با سند امضاشدهٔ بستن روز یا رسید تأیید شهرداری مطابقت ندارد.</translation>
    </message>
    <message>
        <source>The backend&apos;s signing key is not valid.</source>
        <translation>کلید امضای سامانهٔ شهرداری معتبر نیست.</translation>
    </message>
    <message>
        <source>The backend&apos;s answer for this request conflicts with a record already saved (a tracking code given twice); ask the municipality about this request.</source>
        <translation>پاسخ سامانه برای این درخواست با سابقه‌ای که پیش‌تر ذخیره شده ناسازگار است (یک کد رهگیری دو بار داده شده)؛ دربارهٔ این درخواست از شهرداری پیگیری کنید.</translation>
    </message>
    <message>
        <source>This counter&apos;s store has not been activated: activate it with a new activation code from the municipality before creating its first administrator.</source>
        <translation>انبار داده این باجه فعال نشده است: پیش از ساختن نخستین مدیر، آن را با کد فعال‌سازی تازه‌ای از شهرداری فعال کنید.</translation>
    </message>
    <message>
        <source>The store opens normally, so it was not moved aside; only a store that cannot be opened is.</source>
        <translation>انبار داده به‌طور عادی باز می‌شود، پس کنار گذاشته نشد؛ فقط انبار داده‌ای که باز نمی‌شود کنار گذاشته می‌شود.</translation>
    </message>
    <message>
        <source>A counter connected to the municipality&apos;s server needs the server&apos;s key pin (sha256//…).</source>
        <translation>باجه‌ای که به سرور شهرداری وصل است پین کلید سرور (‎sha256//…‎) را لازم دارد.</translation>
    </message>
    <message>
        <source>The settings file could not be rewritten.</source>
        <translation>فایل تنظیمات بازنویسی نشد.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>پایگاه داده باز نیست.</translation>
    </message>
    <message>
        <source>A void of your own fee needs another supervisor.</source>
        <translation>ابطال کارمزدی که خودتان گرفته‌اید با سرپرست دیگری است.</translation>
    </message>
    <message>
        <source>Your own void request must be decided by another supervisor.</source>
        <translation>درباره درخواست ابطال خودتان باید سرپرست دیگری تصمیم بگیرد.</translation>
    </message>
    <message>
        <source>Void requests of this day are still waiting; approve or refuse them before closing the day.</source>
        <translation>درخواست‌های ابطال این روز هنوز در انتظارند؛ پیش از بستن روز آن‌ها را تأیید یا رد کنید.</translation>
    </message>
    <message>
        <source>The certificate (CA) file holds no certificate.</source>
        <translation>در فایل گواهی (CA) هیچ گواهی‌ای نیست.</translation>
    </message>
    <message>
        <source>The system&apos;s certificates cannot be read.</source>
        <translation>گواهی‌های سیستم خوانده نمی‌شوند.</translation>
    </message>
    <message>
        <source>The number of events to show must be positive.</source>
        <translation>تعداد رویدادهای نمایش‌دادنی باید مثبت باشد.</translation>
    </message>
    <message>
        <source>--new-password-fd needs a file descriptor number.</source>
        <translation>گزینه --new-password-fd به شماره توصیف‌گر پرونده نیاز دارد.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
    <message>
        <source>This fee has already been refunded.</source>
        <translation>این مبلغ پیش‌تر بازپرداخت شده است.</translation>
    </message>
    <message>
        <source>This request is being sent right now; try the void again in a moment.</source>
        <translation>این درخواست همین حالا در حال ارسال است؛ چند لحظه دیگر دوباره برای ابطال تلاش کنید.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the request.</source>
        <translation>دلیل لغو درخواست را بنویسید.</translation>
    </message>
    <message>
        <source>This request is already finished at the municipality; there is nothing to cancel.</source>
        <translation>کار این درخواست در شهرداری تمام شده است؛ چیزی برای لغو نمانده است.</translation>
    </message>
    <message>
        <source>This request has not been sent yet; void the fee instead and it will never be sent.</source>
        <translation>این درخواست هنوز فرستاده نشده است؛ به‌جای لغو، رسید را باطل کنید تا هرگز فرستاده نشود.</translation>
    </message>
    <message>
        <source>The municipality has already started work on this request; it can no longer be cancelled.</source>
        <translation>شهرداری کار روی این درخواست را آغاز کرده است؛ دیگر نمی‌توان آن را لغو کرد.</translation>
    </message>
    <message>
        <source>Only a fee can be refunded.</source>
        <translation>فقط مبلغ دریافتی یک رسید بازپرداخت می‌شود.</translation>
    </message>
    <message>
        <source>This fee was voided; its money has already been given back.</source>
        <translation>این رسید باطل شده است؛ پولش پیش‌تر پس داده شده است.</translation>
    </message>
    <message>
        <source>Only a fee whose request the municipality rejected, or whose request was cancelled, can be refunded.</source>
        <translation>فقط مبلغ درخواستی که شهرداری رد کرده یا لغو شده است بازپرداخت می‌شود.</translation>
    </message>
    <message>
        <source>Give the reason for the refund.</source>
        <translation>دلیل بازپرداخت را بنویسید.</translation>
    </message>
    <message>
        <source>A refund of your own fee needs another supervisor.</source>
        <translation>بازپرداخت مبلغی که خودتان گرفته‌اید با سرپرست دیگری است.</translation>
    </message>
    <message>
        <source>The refund amount is not an amount of money.</source>
        <translation>مبلغ بازپرداخت یک مبلغ درست نیست.</translation>
    </message>
    <message>
        <source>A refund cannot be more than the fee that was paid.</source>
        <translation>بازپرداخت نمی‌تواند بیش از مبلغ پرداخت‌شده باشد.</translation>
    </message>
    <message>
        <source>There is no such clerk.</source>
        <translation>چنین کاربری وجود ندارد.</translation>
    </message>
    <message>
        <source>Type the receipt number as printed, e.g. 14050907-1-0042.</source>
        <translation>شماره رسید را همان‌گونه که چاپ شده بنویسید، مانند 14050907-1-0042.</translation>
    </message>
    <message>
        <source>The fee is not billed to this invoice&apos;s organisation.</source>
        <translation>این کارمزد به سازمانِ این صورت‌حساب تعلق ندارد.</translation>
    </message>
    <message>
        <source>An invoice has no card terminal.</source>
        <translation>صورت‌حساب پایانه کارتخوان ندارد.</translation>
    </message>
    <message>
        <source>An invoice payment needs the invoice&apos;s number.</source>
        <translation>پرداخت با صورت‌حساب به شماره صورت‌حساب نیاز دارد.</translation>
    </message>
    <message>
        <source>Only an invoice is billed to an organisation.</source>
        <translation>فقط صورت‌حساب به نام سازمان صادر می‌شود.</translation>
    </message>
    <message>
        <source>The card terminal&apos;s id must be 8 digits.</source>
        <translation>شناسه پایانه کارت‌خوان باید ۸ رقم باشد.</translation>
    </message>
    <message>
        <source>The terminal&apos;s settlement total is not an amount of money.</source>
        <translation>مبلغ تسویه پایانه یک مبلغ درست نیست.</translation>
    </message>
    <message>
        <source>The terminal&apos;s settlement count must be a whole number.</source>
        <translation>تعداد تراکنش‌های تسویه پایانه باید یک عدد صحیح باشد.</translation>
    </message>
    <message>
        <source>The organisation&apos;s mandate does not cover this service; the citizen&apos;s own one-time code is needed.</source>
        <translation>وکالت‌نامه سازمان این خدمت را در بر نمی‌گیرد؛ کد یکبار مصرف خود شهروند لازم است.</translation>
    </message>
    <message>
        <source>A row billed to an organisation goes under its mandate and carries no consent token.</source>
        <translation>ردیفی که به حساب سازمان است با وکالت‌نامه آن فرستاده می‌شود و توکن رضایت ندارد.</translation>
    </message>
    <message>
        <source>This organisation has no mandate registered with the municipality for this office; sync to fetch the latest list, or ask the organisation for its mandate.</source>
        <translation>این سازمان برای این دفتر وکالت‌نامه ثبت‌شده در شهرداری ندارد؛ برای دریافت فهرست تازه همگام‌سازی کنید یا وکالت‌نامه را از سازمان بخواهید.</translation>
    </message>
    <message>
        <source>The organisation&apos;s mandate is not in force.</source>
        <translation>وکالت‌نامه سازمان اکنون معتبر نیست.</translation>
    </message>
    <message>
        <source>A username is 1 to 64 Persian or Latin letters, digits and the characters . _ - @</source>
        <translation>نام کاربری ۱ تا ۶۴ حرف فارسی یا لاتین، رقم و نویسه‌های . _ - @ است</translation>
    </message>
    <message>
        <source>A role is clerk, supervisor or administrator.</source>
        <translation>نقش باید متصدی، ناظر یا مدیر باشد.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; another administrator can.</source>
        <translation>نمی‌توانید حساب خودتان را غیرفعال کنید؛ مدیر دیگری می‌تواند.</translation>
    </message>
    <message>
        <source>Choose a password other than the one you were given.</source>
        <translation>گذرواژه‌ای غیر از آنچه به شما داده شد انتخاب کنید.</translation>
    </message>
    <message>
        <source>The office&apos;s staff list from the backend could not be read.</source>
        <translation>فهرست کاربران دفتر که از سامانه رسید خوانده نشد.</translation>
    </message>
    <message>
        <source>Choose a new password before doing anything else.</source>
        <translation>پیش از هر کار دیگری گذرواژه تازه‌ای انتخاب کنید.</translation>
    </message>
    <message>
        <source>A cancel of this request has already been asked for.</source>
        <translation>لغو این درخواست پیش‌تر خواسته شده است.</translation>
    </message>
    <message>
        <source>The database could not be updated: a rebuilt table lost a reference.</source>
        <translation>پایگاه داده به‌روز نشد: جدولی که از نو ساخته شد پیوندی را از دست داد.</translation>
    </message>
    <message>
        <source>The municipality&apos;s list of organisations could not be read.</source>
        <translation>فهرست سازمان‌های شهرداری خوانده نشد.</translation>
    </message>
    <message>
        <source>The document could not be laid out for printing.</source>
        <translation>چیدمان سند برای چاپ ممکن نشد.</translation>
    </message>
    <message>
        <source>The receipt could not be sent to the printer.</source>
        <translation>رسید به چاپگر فرستاده نشد.</translation>
    </message>
    <message>
        <source>The receipt printer cannot be reached. Check that it is switched on and its cable or network.</source>
        <translation>چاپگر رسید در دسترس نیست. روشن بودن آن و کابل یا شبکه‌اش را بررسی کنید.</translation>
    </message>
    <message>
        <source>The receipt printer address is not valid. Use tcp://address:9100 for a network printer or a device such as /dev/usb/lp0.</source>
        <translation>نشانی چاپگر رسید درست نیست. برای چاپگر شبکه tcp://address:9100 و برای چاپگر USB دستگاهی مانند /dev/usb/lp0 بنویسید.</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s cover is open. Close it and print again.</source>
        <translation>درِ چاپگر رسید باز است. آن را ببندید و دوباره چاپ کنید.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Load a new roll and print again.</source>
        <translation>کاغذ چاپگر رسید تمام شده است. رول تازه بگذارید و دوباره چاپ کنید.</translation>
    </message>
    <message>
        <source>The receipt printer reports an error (for example a jammed cutter). Check it and print again.</source>
        <translation>چاپگر رسید خطا گزارش می‌کند (برای نمونه گیر کردن برش‌دهنده). آن را بررسی کنید و دوباره چاپ کنید.</translation>
    </message>
    <message>
        <source>The receipt printer is offline. Check that it is ready and print again.</source>
        <translation>چاپگر رسید آفلاین است. آماده بودن آن را بررسی کنید و دوباره چاپ کنید.</translation>
    </message>
    <message>
        <source>The service catalogue describes an answer it cannot read.</source>
        <translation>فهرست خدمات پاسخی را شرح می‌دهد که خواندنی نیست.</translation>
    </message>
    <message>
        <source>The printer chosen in the settings is not installed on this computer. Choose another printer in the settings.</source>
        <translation>چاپگری که در تنظیمات انتخاب شده روی این رایانه نصب نیست. در تنظیمات چاپگر دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The printer is off, stopped or out of paper. Check it, then print again from the &quot;to print&quot; list.</source>
        <translation>چاپگر خاموش یا متوقف است یا کاغذ ندارد. آن را بررسی کنید و سپس از فهرست «برای چاپ» دوباره چاپ کنید.</translation>
    </message>
    <message>
        <source>The printer refused the document. It is kept in the &quot;to print&quot; list; print it again from there.</source>
        <translation>چاپگر سند را نپذیرفت. سند در فهرست «برای چاپ» نگه داشته شده است؛ از همان‌جا دوباره چاپ کنید.</translation>
    </message>
    <message>
        <source>This kind of printer is not supported yet.</source>
        <translation>این نوع چاپگر هنوز پشتیبانی نمی‌شود.</translation>
    </message>
    <message>
        <source>This document is no longer in the &quot;to print&quot; list.</source>
        <translation>این سند دیگر در فهرست «برای چاپ» نیست.</translation>
    </message>
    <message>
        <source>This document was already printed or discarded.</source>
        <translation>این سند پیش‌تر چاپ یا کنار گذاشته شده است.</translation>
    </message>
    <message>
        <source>Write why the document is not printed.</source>
        <translation>بنویسید چرا این سند چاپ نمی‌شود.</translation>
    </message>
    <message>
        <source>Choose a printer from the list.</source>
        <translation>یک چاپگر از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>A thermal printer prints on an 80 mm or 58 mm roll.</source>
        <translation>چاپگر حرارتی روی رول ۸۰ یا ۵۸ میلی‌متری چاپ می‌کند.</translation>
    </message>
    <message>
        <source>Write the thermal printer&apos;s address like tcp://192.168.1.50:9100, or its device like /dev/usb/lp0.</source>
        <translation>نشانی چاپگر حرارتی را مانند ⁦tcp://192.168.1.50:9100⁩ یا دستگاه آن را مانند ⁦/dev/usb/lp0⁩ بنویسید.</translation>
    </message>
    <message>
        <source>An image of the document could not be kept.</source>
        <translation>تصویری از سند نگه داشته نشد.</translation>
    </message>
    <message>
        <source>The municipality did not answer this property file request; see the request in follow-up.</source>
        <translation>شهرداری به این درخواست پرونده ملک پاسخ نداد؛ درخواست را در پیگیری ببینید.</translation>
    </message>
    <message>
        <source>The municipality has not answered this request yet; the answer appears here when it arrives.</source>
        <translation>شهرداری هنوز به این درخواست پاسخ نداده است؛ پاسخ پس از رسیدن همین‌جا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Only a request the municipality rejected after accepting it can be served again as a new one.</source>
        <translation>فقط درخواستی که شهرداری پس از پذیرش رد کرده است را می‌توان به‌صورت درخواست تازه دوباره ثبت کرد.</translation>
    </message>
    <message>
        <source>This request was already served again.</source>
        <translation>این درخواست پیش‌تر دوباره ثبت شده است.</translation>
    </message>
    <message>
        <source>Type a tracking code, a receipt number or a national code, or choose days, a clerk or a state.</source>
        <translation>کد رهگیری، شماره رسید یا کد ملی را بنویسید، یا روزها، متصدی یا وضعیت را انتخاب کنید.</translation>
    </message>
    <message>
        <source>A tracking code or a receipt number names one request: clear the days, clerk and state, or search by national code.</source>
        <translation>کد رهگیری یا شماره رسید فقط یک درخواست را نشان می‌دهد: روزها، متصدی و وضعیت را پاک کنید یا با کد ملی جست‌وجو کنید.</translation>
    </message>
    <message>
        <source>Type the day as year/month/day, for example 1405/09/07.</source>
        <translation>روز را به‌صورت سال/ماه/روز بنویسید، مثلاً ۱۴۰۵/۰۹/۰۷.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>روز پایان پیش از روز آغاز است.</translation>
    </message>
    <message>
        <source>Type the clerk&apos;s user name.</source>
        <translation>نام کاربری متصدی را بنویسید.</translation>
    </message>
    <message>
        <source>Choose one of the listed states.</source>
        <translation>یکی از وضعیت‌های فهرست را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The next page could not be found; search again.</source>
        <translation>صفحه بعد پیدا نشد؛ دوباره جست‌وجو کنید.</translation>
    </message>
    <message>
        <source>A draft is kept from the form, before consent.</source>
        <translation>پیش‌نویس فقط از مرحلهٔ فرم و پیش از رضایت نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Wait until this request has been sent.</source>
        <translation>صبر کنید تا این درخواست فرستاده شود.</translation>
    </message>
    <message>
        <source>The draft&apos;s service is no longer offered here; the draft is kept.</source>
        <translation>خدمت این پیش‌نویس دیگر در این‌جا ارائه نمی‌شود؛ پیش‌نویس نگه داشته شد.</translation>
    </message>
    <message>
        <source>The draft is no longer kept on this PC.</source>
        <translation>این پیش‌نویس دیگر روی این رایانه نیست.</translation>
    </message>
    <message>
        <source>The counter is still starting; wait a moment.</source>
        <translation>باجه هنوز در حال آماده‌سازی است؛ کمی صبر کنید.</translation>
    </message>
    <message>
        <source>Drafts are kept for 1 to 90 days.</source>
        <translation>پیش‌نویس‌ها از ۱ تا ۹۰ روز نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Wait for the answer to the previous step.</source>
        <translation>منتظر پاسخ مرحله قبل بمانید.</translation>
    </message>
    <message>
        <source>This request&apos;s consent is still valid; it needs no new code.</source>
        <translation>رضایت این درخواست هنوز معتبر است؛ کد تازه لازم ندارد.</translation>
    </message>
    <message>
        <source>Choose a request whose consent must be renewed.</source>
        <translation>درخواستی را که رضایتش باید تمدید شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>The municipality has already accepted this request; its consent cannot be renewed.</source>
        <translation>شهرداری این درخواست را پیش‌تر پذیرفته است؛ رضایت آن را نمی‌توان تمدید کرد.</translation>
    </message>
    <message>
        <source>This request is being sent right now; wait for its answer.</source>
        <translation>این درخواست همین حالا در حال ارسال است؛ منتظر پاسخ آن بمانید.</translation>
    </message>
    <message>
        <source>This request was withdrawn (its fee was voided); it will not be sent.</source>
        <translation>این درخواست پس گرفته شده است (کارمزد آن ابطال شده)؛ ارسال نخواهد شد.</translation>
    </message>
    <message>
        <source>This request goes under the organisation&apos;s mandate and needs no consent of the citizen.</source>
        <translation>این درخواست با وکالت‌نامه سازمان ارسال می‌شود و رضایت شهروند لازم ندارد.</translation>
    </message>
    <message>
        <source>The new consent is not valid: it has no token or has already expired.</source>
        <translation>رضایت تازه معتبر نیست: توکن ندارد یا پیش‌تر منقضی شده است.</translation>
    </message>
    <message>
        <source>Enter the engineer&apos;s licence number.</source>
        <translation>شماره پروانه اشتغال مهندس را وارد کنید.</translation>
    </message>
    <message>
        <source>A licence number looks like 11-300-12345: two, three and five digits.</source>
        <translation>شماره پروانه به شکل 11-300-12345 است: دو، سه و پنج رقم.</translation>
    </message>
    <message>
        <source>The municipality answered about another licence; check it again.</source>
        <translation>پاسخ شهرداری درباره پروانه دیگری بود؛ دوباره بررسی کنید.</translation>
    </message>
    <message>
        <source>This service is for the supervising engineer in person; a company cannot apply for it.</source>
        <translation>این خدمت فقط به نام خود مهندس ناظر انجام می‌شود؛ شرکت نمی‌تواند متقاضی آن باشد.</translation>
    </message>
    <message>
        <source>The licence cannot be checked while the municipal system is out of reach; keep the request as a draft (Ctrl+S) and serve it when the network is back.</source>
        <translation>تا سامانه شهرداری در دسترس نیست، پروانه بررسی نمی‌شود؛ درخواست را پیش‌نویس کنید (Ctrl+S) و پس از برقراری شبکه ادامه دهید.</translation>
    </message>
    <message>
        <source>Check the engineer&apos;s licence first.</source>
        <translation>ابتدا پروانه مهندس را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>PrintOutcome</name>
    <message>
        <source>The document is kept in the &quot;to print&quot; list (F9).</source>
        <translation>سند در فهرست «برای چاپ» (F9) نگه داشته شده است.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>به چاپگر %1 فرستاده شد.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Pishkhan office fee receipt</source>
        <translation>رسید کارمزد دفتر پیشخوان</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>باجه</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>متصدی</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation>کارمزد پرداختی</translation>
    </message>
    <message>
        <source>Council tariff</source>
        <translation>تعرفه مصوب شورا</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدی</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>پایانه</translation>
    </message>
    <message>
        <source>Trace number</source>
        <translation>شماره پیگیری</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Queued for sending</source>
        <translation>در صف ارسال</translation>
    </message>
    <message>
        <source>The request will be sent automatically when the connection returns.</source>
        <translation>درخواست پس از برقراری دوباره ارتباط خودکار فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>شماره رسید</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>تاریخ و ساعت</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>باطل شده</translation>
    </message>
    <message>
        <source>Daily fee report</source>
        <translation>گزارش روزانه کارمزد</translation>
    </message>
    <message>
        <source>Monthly report of services</source>
        <translation>گزارش ماهانه خدمات</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>روز کاری</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>به تفکیک متصدی</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>به تفکیک خدمت</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>به تفکیک روش پرداخت</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>ابطال‌ها</translation>
    </message>
    <message>
        <source>Voided amount</source>
        <translation>مبلغ باطل‌شده</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>چاپ‌های دوباره</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Entries that arrived for a closed day</source>
        <translation>ردیف‌هایی که برای روز بسته‌شده رسیدند</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>زمان تهیه</translation>
    </message>
    <message>
        <source>Service id</source>
        <translation>شناسه خدمت</translation>
    </message>
    <message>
        <source>toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <source>rials</source>
        <translation>ریال</translation>
    </message>
    <message>
        <source>Day close of the counter</source>
        <translation>بستن روز باجه</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>زمان بستن</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Cash drawers</source>
        <translation>صندوق‌های نقدی</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>مورد انتظار</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>شمرده‌شده</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>اختلاف</translation>
    </message>
    <message>
        <source>Card payments by terminal</source>
        <translation>پرداخت‌های کارتی به تفکیک پایانه</translation>
    </message>
    <message>
        <source>Trace numbers</source>
        <translation>شماره‌های پیگیری</translation>
    </message>
    <message>
        <source>Grand total carried from the previous close</source>
        <translation>جمع کل منتقل‌شده از بستن پیشین</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Last ledger entry</source>
        <translation>آخرین ردیف دفتر</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>درهم‌نگار</translation>
    </message>
    <message>
        <source>The municipality&apos;s receipt for the previous close</source>
        <translation>رسید شهرداری برای بستن پیشین</translation>
    </message>
    <message>
        <source>Received up to entry</source>
        <translation>دریافت‌شده تا ردیف</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>زمان دریافت</translation>
    </message>
    <message>
        <source>Not acknowledged by the municipality yet</source>
        <translation>هنوز شهرداری دریافت آن را تأیید نکرده است</translation>
    </message>
    <message>
        <source>Device key</source>
        <translation>کلید دستگاه</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>امضا</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>رویدادنامهٔ ممیزی</translation>
    </message>
    <message>
        <source>Event no.</source>
        <translation>شمارهٔ رویداد</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>By</source>
        <translation>انجام‌دهنده</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>زنجیره</translation>
    </message>
    <message>
        <source>The chain of events verifies through event</source>
        <translation>زنجیرهٔ رویدادها تا این رویداد سالم است</translation>
    </message>
    <message>
        <source>The chain of events is broken at event</source>
        <translation>زنجیرهٔ رویدادها در این رویداد شکسته است</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>سالم</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>دستکاری‌شده</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>همهٔ روزها</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همهٔ کاربران</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>همهٔ رویدادها</translation>
    </message>
    <message>
        <source>Only the newest events are shown</source>
        <translation>فقط جدیدترین رویدادها آمده است</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>بازپرداخت‌ها</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>مبلغ بازپرداخت‌شده</translation>
    </message>
    <message>
        <source>Pishkhan office fee refund</source>
        <translation>رسید بازپرداخت کارمزد دفتر پیشخوان</translation>
    </message>
    <message>
        <source>Refund of receipt</source>
        <translation>بازپرداخت رسید</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>تأییدکننده</translation>
    </message>
    <message>
        <source>Reversal reference</source>
        <translation>شماره مرجع برگشت</translation>
    </message>
    <message>
        <source>Card terminal settlements</source>
        <translation>تسویهٔ پایانه‌های کارت‌خوان</translation>
    </message>
    <message>
        <source>Settled count</source>
        <translation>تعداد تسویه</translation>
    </message>
    <message>
        <source>Settled total</source>
        <translation>مبلغ تسویه</translation>
    </message>
    <message>
        <source>Ledger total</source>
        <translation>مبلغ دفتر</translation>
    </message>
    <message>
        <source>Shift handover report (X)</source>
        <translation>گزارش تحویل نوبت (X)</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>نقد مورد انتظار</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>نقد شمارش‌شده</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <source>Invoice of the office&apos;s fees for a batch of requests</source>
        <translation>صورت‌حساب کارمزد دفتر برای دسته درخواست‌ها</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>شماره صورت‌حساب</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>National id of the legal entity</source>
        <translation>شناسه ملی</translation>
    </message>
    <message>
        <source>Mandate number</source>
        <translation>شماره وکالت‌نامه</translation>
    </message>
    <message>
        <source>Batch file (SHA-256)</source>
        <translation>فایل دسته (SHA-256)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Invoiced to organisations</source>
        <translation>صورت‌حساب‌شده به سازمان‌ها</translation>
    </message>
    <message>
        <source>Municipality support line</source>
        <translation>سامانه پاسخگویی شهرداری</translation>
    </message>
    <message>
        <source>Follow up online</source>
        <translation>پیگیری برخط</translation>
    </message>
    <message>
        <source>Once sent it gets a tracking code: ask this office for it with your receipt number, then follow the request up online or on the support line.</source>
        <translation>پس از ارسال، کد رهگیری می‌گیرد: آن را با شماره رسید از همین دفتر بخواهید و درخواست را برخط یا از سامانه پاسخگویی پیگیری کنید.</translation>
    </message>
    <message>
        <source>TRAINING — NOT VALID</source>
        <translation>آموزشی — فاقد اعتبار</translation>
    </message>
    <message>
        <source>Answer to the citizen&apos;s inquiry</source>
        <translation>پاسخ استعلام شهروند</translation>
    </message>
    <message>
        <source>Property file</source>
        <translation>پرونده ملک</translation>
    </message>
    <message>
        <source>Isfahan Municipality</source>
        <translation>شهرداری اصفهان</translation>
    </message>
    <message>
        <source>Citizen (national code)</source>
        <translation>شهروند (کد ملی)</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>تاریخ پاسخ</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>تاریخ چاپ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Scan the code to check with the municipality that this answer is genuine.</source>
        <translation>برای اطمینان از اصالت این پاسخ، کد را با تلفن همراه بخوانید تا شهرداری آن را تأیید کند.</translation>
    </message>
    <message>
        <source>Answer fingerprint</source>
        <translation>اثر انگشت پاسخ</translation>
    </message>
    <message>
        <source>Copy for reference: for an answer the municipality vouches for, request the property file service.</source>
        <translation>نسخه برای آگاهی: برای پاسخی که شهرداری اصالت آن را تأیید کند، خدمت پرونده ملک را درخواست کنید.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>m</source>
        <translation>متر</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>متصدی</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدیر سامانه</translation>
    </message>
</context>
<context>
    <name>ServiceDefinition</name>
    <message>
        <source>For citizens</source>
        <translation>ویژه شهروندان</translation>
    </message>
    <message>
        <source>For supervising engineers with a licence number</source>
        <translation>ویژه مهندسان ناظر دارای شماره پروانه اشتغال</translation>
    </message>
    <message>
        <source>Pilot: district %1</source>
        <translation>آزمایشی: منطقه %1</translation>
    </message>
    <message>
        <source>Pilot: districts %1</source>
        <translation>آزمایشی: مناطق %1</translation>
    </message>
</context>
<context>
    <name>pishkhan::DeskRuntime</name>
    <message>
        <source>The store is not open.</source>
        <translation>پایگاه داده باز نیست.</translation>
    </message>
    <message>
        <source>training counter</source>
        <translation>باجه آموزشی</translation>
    </message>
    <message>
        <source>Enter the office code and the activation code from the municipality.</source>
        <translation>کد دفتر و کد فعال‌سازی صادرشده از سوی شهرداری را وارد کنید.</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>باجه</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ActivationPage</name>
    <message>
        <source>Activate this counter</source>
        <translation>فعال‌سازی این باجه</translation>
    </message>
    <message>
        <source>Enter the office code and the one-time activation code the municipality issued for this PC. The code works once.</source>
        <translation>کد دفتر و کد فعال‌سازی یک‌بارمصرفی را که شهرداری برای این رایانه صادر کرده است وارد کنید. این کد فقط یک بار کار می‌کند.</translation>
    </message>
    <message>
        <source>e.g. counter 2, by the window</source>
        <translation>مثلاً باجه ۲، کنار پنجره</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>کد دفتر</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>کد فعال‌سازی</translation>
    </message>
    <message>
        <source>Name of this counter</source>
        <translation>نام این باجه</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>سرور: %1</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::AttentionPage</name>
    <message>
        <source>Requests that need attention</source>
        <translation>درخواست‌های نیازمند رسیدگی</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Send again (Enter)</source>
        <translation>ارسال دوباره (Enter)</translation>
    </message>
    <message>
        <source>Select a request, correct its form and press Enter to send it again.</source>
        <translation>درخواستی را برگزینید، فرم آن را اصلاح کنید و برای ارسال دوباره Enter را بزنید.</translation>
    </message>
    <message>
        <source>The municipality says: %1</source>
        <translation>پاسخ شهرداری: %1</translation>
    </message>
    <message>
        <source>District number</source>
        <translation>شماره منطقه</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sent again under the same request; it is in the sending queue.</source>
        <translation>با همان شناسه درخواست دوباره فرستاده شد و در صف ارسال است.</translation>
    </message>
    <message>
        <source>Fix and serve again as a new request</source>
        <translation>اصلاح و ثبت دوباره به‌صورت درخواست تازه</translation>
    </message>
    <message>
        <source>Refund the fee…</source>
        <translation>بازپرداخت کارمزد…</translation>
    </message>
    <message>
        <source>The municipality rejected this request after accepting it: %1</source>
        <translation>شهرداری این درخواست را پس از پذیرش رد کرد: %1</translation>
    </message>
    <message>
        <source>Renew consent (Ctrl+R)</source>
        <translation>تمدید رضایت (Ctrl+R)</translation>
    </message>
    <message>
        <source>The consent was renewed; the request is back in the sending queue under the same request id.</source>
        <translation>رضایت تمدید شد؛ درخواست با همان شناسه به صف ارسال برگشت.</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::AuditTrailPanel</name>
    <message>
        <source>verified</source>
        <translation>سالم</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>دستکاری‌شده</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <source>yyyy/mm/dd (Solar Hijri); empty: every day</source>
        <translation>سال/ماه/روز (خورشیدی)؛ خالی: همهٔ روزها</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>همهٔ رویدادها</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>By</source>
        <translation>انجام‌دهنده</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>زنجیره</translation>
    </message>
    <message>
        <source>Show (Enter)</source>
        <translation>نمایش (Enter)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همهٔ کاربران</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>روز: %1</translation>
    </message>
    <message>
        <source>The audit trail verifies: all %1 events are intact.</source>
        <translation>رویدادنامه سالم است: هر %1 رویداد دست‌نخورده‌اند.</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: it was changed outside the program. Events from there on cannot be trusted.</source>
        <translation>رویدادنامه در رویداد %1 شکسته است: بیرون از برنامه تغییر داده شده است. به رویدادهای از آن به بعد نمی‌توان اعتماد کرد.</translation>
    </message>
    <message>
        <source>Only the newest %1 events are shown; narrow the filter to see older ones.</source>
        <translation>فقط %1 رویداد جدیدتر نمایش داده شده است؛ برای دیدن رویدادهای قدیمی‌تر فیلتر را محدودتر کنید.</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 رویداد</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>خروجی رویدادنامه</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>خروجی ذخیره شد: %1</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::BatchPanel</name>
    <message>
        <source>Queued</source>
        <translation>در صف</translation>
    </message>
    <message>
        <source>Already queued</source>
        <translation>پیش‌تر در صف</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>Run the batch</source>
        <translation>اجرای دسته</translation>
    </message>
    <message>
        <source>Save the invoice as PDF…</source>
        <translation>ذخیره صورت‌حساب به صورت PDF…</translation>
    </message>
    <message>
        <source>the batch&apos;s CSV file</source>
        <translation>فایل CSV دسته</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Update the list</source>
        <translation>به‌روزرسانی فهرست</translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation>فایل دسته</translation>
    </message>
    <message>
        <source>Billed to</source>
        <translation>به حساب</translation>
    </message>
    <message>
        <source>Choose the batch file</source>
        <translation>انتخاب فایل دسته</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the invoice</source>
        <translation>ذخیره صورت‌حساب</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No organisation: cash, citizens&apos; consent</source>
        <translation>بدون سازمان: نقدی، با رضایت شهروندان</translation>
    </message>
    <message>
        <source>Asking the municipality for the office&apos;s organisations…</source>
        <translation>در حال دریافت فهرست سازمان‌های این دفتر از شهرداری…</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation mandate(s) on the list.</source>
        <translation>
            <numerusform>%n وکالت‌نامه سازمان در فهرست است.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch file cannot be read.</source>
        <translation>پرونده دسته‌ای خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>%1 queued, %2 already queued, %3 refused, %4 not saved.</source>
        <translation>%1 در صف، %2 پیش‌تر در صف، %3 ردشده، %4 ذخیره‌نشده.</translation>
    </message>
    <message>
        <source>Invoice %1 to %2: %3 requests, %4.</source>
        <translation>صورت‌حساب %1 به نام %2: %3 درخواست، %4.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ConsentRenewalDialog</name>
    <message>
        <source>Send code</source>
        <translation>ارسال کد</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Renew the citizen&apos;s consent</source>
        <translation>تمدید رضایت شهروند</translation>
    </message>
    <message>
        <source>The citizen&apos;s consent for this request has expired or was refused. Send a new one-time code to the citizen&apos;s mobile and type the code the citizen reads out; the request is then sent again as the same request.</source>
        <translation>رضایت شهروند برای این درخواست منقضی شده یا پذیرفته نشده است. کد یکبار مصرف تازه‌ای به همراه شهروند بفرستید و کدی را که شهروند می‌خواند وارد کنید؛ سپس همان درخواست دوباره ارسال می‌شود.</translation>
    </message>
    <message>
        <source>Six digits</source>
        <translation>شش رقم</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>شماره همراه</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>کد یکبار مصرف</translation>
    </message>
    <message>
        <source>The code was sent to %1. Type the code the citizen reads out.</source>
        <translation>کد به %1 فرستاده شد. کدی را که شهروند می‌خواند وارد کنید.</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>ارسال کد تازه</translation>
    </message>
    <message>
        <source>The new consent is saved; the request is back in the sending queue under the same request id.</source>
        <translation>رضایت تازه ذخیره شد؛ درخواست با همان شناسه به صف ارسال برگشت.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>در حال ارسال کد…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>در حال بررسی کد…</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::DayClosePanel</name>
    <message>
        <source>Close and sign the day…</source>
        <translation>بستن و امضای روز…</translation>
    </message>
    <message>
        <source>Save the close as PDF…</source>
        <translation>ذخیره بستن روز به صورت PDF…</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>متصدی</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>نقد مورد انتظار</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>شمرده‌شده</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>اختلاف</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>پایانه</translation>
    </message>
    <message>
        <source>Card fees</source>
        <translation>کارمزدهای کارتی</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>ابطال‌ها</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>باطل شده</translation>
    </message>
    <message>
        <source>Cash drawers: type the counted cash in toman</source>
        <translation>صندوق‌های نقدی: پول شمرده‌شده را به تومان بنویسید</translation>
    </message>
    <message>
        <source>Close of business day %1</source>
        <translation>بستن روز کاری %1</translation>
    </message>
    <message>
        <source>counted toman</source>
        <translation>تومان شمرده‌شده</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>برابر است</translation>
    </message>
    <message>
        <source>short %1</source>
        <translation>%1 کسری</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>%1 اضافه</translation>
    </message>
    <message>
        <source>Count of %1: %2</source>
        <translation>شمارش %1: %2</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>بستن روز</translation>
    </message>
    <message>
        <source>Your password, to sign the close of %1:</source>
        <translation>برای امضای بستن روز %1 گذرواژه خود را وارد کنید:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <source>Save the close as PDF</source>
        <translation>ذخیره بستن روز به صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>بازپرداخت‌شده</translation>
    </message>
    <message>
        <source>Settled total</source>
        <translation>مبلغ تسویه</translation>
    </message>
    <message>
        <source>Settled count</source>
        <translation>تعداد تسویه</translation>
    </message>
    <message>
        <source>Card terminals: type each terminal&apos;s settlement total (toman) and count from its batch report</source>
        <translation>پایانه‌های کارت‌خوان: مبلغ تسویه (تومان) و تعداد تراکنش هر پایانه را از گزارش تسویه‌اش وارد کنید</translation>
    </message>
    <message>
        <source>toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <source>count %1</source>
        <translation>تعداد %1</translation>
    </message>
    <message>
        <source>Terminal %1: %2</source>
        <translation>پایانه %1: %2</translation>
    </message>
    <message>
        <source>Print the close</source>
        <translation>چاپ برگه بستن روز</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::DayTotalsPanel</name>
    <message>
        <source>Fees</source>
        <translation>کارمزدها</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>ابطال‌ها</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>باطل شده</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>متصدی</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>روش پرداخت</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>به تفکیک متصدی</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>به تفکیک روش پرداخت</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>به تفکیک خدمت</translation>
    </message>
    <message>
        <source>Business day %1 (late entries: the calendar day is closed)</source>
        <translation>روز کاری %1 (ثبت دیرهنگام: روز تقویمی بسته شده است)</translation>
    </message>
    <message>
        <source>Business day %1</source>
        <translation>روز کاری %1</translation>
    </message>
    <message>
        <source>%1 fees, %2 taken, %3 voided, net %4</source>
        <translation>%1 کارمزد، %2 دریافتی، %3 باطل‌شده، خالص %4</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدی</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>صورت‌حساب</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::DraftsPage</name>
    <message>
        <source>Resume (Enter)</source>
        <translation>ادامه (Enter)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>حذف (Del)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Drafts: requests filled in but not sent yet</source>
        <translation>پیش‌نویس‌ها: درخواست‌های پرشده‌ای که هنوز فرستاده نشده‌اند</translation>
    </message>
    <message>
        <source>(no longer offered) %1</source>
        <translation>(دیگر ارائه نمی‌شود) %1</translation>
    </message>
    <message>
        <source>No drafts. On the serve form, Ctrl+S keeps what was typed.</source>
        <translation>پیش‌نویسی نیست. در فرم خدمت، Ctrl+S نوشته‌ها را نگه می‌دارد.</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::FirstRunDialog</name>
    <message>
        <source>Training: practise with the built-in sandbox</source>
        <translation>آموزشی: تمرین با سامانهٔ آزمایشی داخلی</translation>
    </message>
    <message>
        <source>Live: connect to the municipality</source>
        <translation>واقعی: اتصال به سامانهٔ شهرداری</translation>
    </message>
    <message>
        <source>Pishkhan Desk — first start</source>
        <translation>میز پیشخوان — نخستین اجرا</translation>
    </message>
    <message>
        <source>How will this counter be used? Training keeps practice data apart and never reaches the municipality; you can start it later with --training.</source>
        <translation>این باجه چگونه به کار می‌رود؟ حالت آموزشی داده‌های تمرینی را جدا نگه می‌دارد و هیچ چیز به شهرداری نمی‌رسد؛ بعداً هم می‌توانید آن را با ‎--training‎ اجرا کنید.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>نشانی سرور</translation>
    </message>
    <message>
        <source>Server key pin</source>
        <translation>پین کلید سرور</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>پرونده CA</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::FollowUpPage</name>
    <message>
        <source>Queued for sending</source>
        <translation>در صف ارسال</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <source>Accepted by the municipality</source>
        <translation>پذیرفته‌شده در شهرداری</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رد شده</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>نیازمند رسیدگی</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت شد</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>در دست بررسی</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Follow up a request</source>
        <translation>پیگیری درخواست</translation>
    </message>
    <message>
        <source>Tracking code, receipt number or national code</source>
        <translation>کد رهگیری، شماره رسید یا کد ملی</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>یافتن (Enter)</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <source>Reprint receipt as a copy (Ctrl+P)</source>
        <translation>چاپ دوباره رسید به صورت رونوشت (Ctrl+P)</translation>
    </message>
    <message>
        <source>No request found.</source>
        <translation>درخواستی پیدا نشد.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Tracking code:</source>
        <translation>کد رهگیری:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>خدمت:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>علت:</translation>
    </message>
    <message>
        <source>Municipality&apos;s status:</source>
        <translation>وضعیت در شهرداری:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>سابقه:</translation>
    </message>
    <message>
        <source>Copy %1 saved: %2</source>
        <translation>رونوشت %1 ذخیره شد: %2</translation>
    </message>
    <message>
        <source>Ask for a void…</source>
        <translation>درخواست ابطال…</translation>
    </message>
    <message>
        <source>Ask for a void</source>
        <translation>درخواست ابطال</translation>
    </message>
    <message>
        <source>Why should this fee be voided? A supervisor decides.</source>
        <translation>چرا این کارمزد باید باطل شود؟ سرپرست تصمیم می‌گیرد.</translation>
    </message>
    <message>
        <source>Void requested; a supervisor has to approve it.</source>
        <translation>درخواست ابطال ثبت شد؛ سرپرست باید آن را تأیید کند.</translation>
    </message>
    <message>
        <source>Withdrawn: its fee was voided, never sent</source>
        <translation>پس گرفته شد: رسیدش باطل شد و هرگز فرستاده نشد</translation>
    </message>
    <message>
        <source>Cancelled at the office&apos;s request</source>
        <translation>به خواست دفتر لغو شد</translation>
    </message>
    <message>
        <source>Print answer</source>
        <translation>چاپ پاسخ</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>پاسخ:</translation>
    </message>
    <message>
        <source>Checking the answer with the municipality…</source>
        <translation>در حال بررسی اصالت پاسخ نزد شهرداری…</translation>
    </message>
    <message>
        <source>The answer could not be checked with the municipality: %1</source>
        <translation>اصالت پاسخ نزد شهرداری بررسی نشد: %1</translation>
    </message>
    <message>
        <source>The municipality confirms this answer is genuine.</source>
        <translation>شهرداری اصالت این پاسخ را تأیید می‌کند.</translation>
    </message>
    <message>
        <source>The municipality does not confirm this answer.</source>
        <translation>شهرداری این پاسخ را تأیید نمی‌کند.</translation>
    </message>
    <message>
        <source>From day (1405/09/01)</source>
        <translation>از روز (۱۴۰۵/۰۹/۰۱)</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>تا روز</translation>
    </message>
    <message>
        <source>Clerk&apos;s user name</source>
        <translation>نام کاربری متصدی</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation>صفحه بعد (PgDn)</translation>
    </message>
    <message>
        <source>Another counter: %1</source>
        <translation>باجه دیگر: %1</translation>
    </message>
    <message>
        <source>Not on this PC; asking the municipality about the office&apos;s other counters…</source>
        <translation>در این رایانه نیست؛ از شهرداری دربارهٔ باجه‌های دیگر دفتر پرسیده می‌شود…</translation>
    </message>
    <message>
        <source>No request found, here or at the office&apos;s other counters.</source>
        <translation>درخواستی نه در این باجه و نه در باجه‌های دیگر دفتر یافت نشد.</translation>
    </message>
    <message>
        <source>Found at another counter of the office.</source>
        <translation>در باجهٔ دیگری از دفتر یافت شد.</translation>
    </message>
    <message>
        <source>No request found on this PC; the municipality could not be asked about the other counters: %1</source>
        <translation>در این رایانه درخواستی یافت نشد؛ پرسش از شهرداری دربارهٔ باجه‌های دیگر ممکن نشد: %1</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::LockPage</name>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The counter is locked</source>
        <translation>باجه قفل است</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>%1 locked this counter. Only their password opens it; another clerk logs them out.</source>
        <translation>باجه را %1 قفل کرده است. فقط با گذرواژهٔ همین کاربر باز می‌شود؛ متصدی دیگر باید او را از سامانه خارج کند.</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::LoginPage</name>
    <message>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>تکرار گذرواژه</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Office: not activated yet</source>
        <translation>دفتر: هنوز فعال نشده</translation>
    </message>
    <message>
        <source>Office %1 (%2), counter %3</source>
        <translation>دفتر %1 (%2)، باجه %3</translation>
    </message>
    <message>
        <source>Training mode: practice data only, served by the built-in sandbox.</source>
        <translation>حالت آموزشی: فقط داده‌های تمرینی، با سامانه آزمایشی درون برنامه.</translation>
    </message>
    <message>
        <source>Live mode: requests go to the municipality.</source>
        <translation>حالت واقعی: درخواست‌ها به شهرداری فرستاده می‌شوند.</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>ساخت حساب مدیر سامانه</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>ساخت حساب و ورود</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>%n ثانیه دیگر دوباره تلاش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>انتخاب گذرواژه تازه</translation>
    </message>
    <message>
        <source>An administrator set your password. Choose a new one that only you know before you go on.</source>
        <translation>گذرواژه شما را مدیر تعیین کرده است. پیش از ادامه، گذرواژه تازه‌ای انتخاب کنید که فقط خودتان بدانید.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>گذرواژه تازه</translation>
    </message>
    <message>
        <source>Save the password and log in</source>
        <translation>ذخیره گذرواژه و ورود</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::MainWindow</name>
    <message>
        <source>Pishkhan Desk</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <source>TRAINING MODE — practice only: nothing here reaches the municipality</source>
        <translation>حالت آموزشی — فقط برای تمرین: هیچ چیز به شهرداری نمی‌رسد</translation>
    </message>
    <message>
        <source>Starting the counter…</source>
        <translation>در حال آماده‌سازی باجه…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>شهروند تازه</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Office %1 — counter %2</source>
        <translation>دفتر %1 — باجه %2</translation>
    </message>
    <message>
        <source>Clerk: %1 (%2)</source>
        <translation>متصدی: %1 (%2)</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>نیازمند رسیدگی</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Property file</source>
        <translation>پرونده ملک</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>The supervisor&apos;s screen needs a supervisor&apos;s account.</source>
        <translation>صفحه سرپرست به حساب سرپرست نیاز دارد.</translation>
    </message>
    <message>
        <source>The settings need an administrator&apos;s account.</source>
        <translation>تنظیمات به حساب مدیر سامانه نیاز دارد.</translation>
    </message>
    <message>
        <source>Lock the counter</source>
        <translation>قفل باجه</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>پشتیبان‌گیری روزانه انجام نشد: %1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کاربران دفتر</translation>
    </message>
    <message>
        <source>The staff screen needs an administrator&apos;s account.</source>
        <translation>صفحه کاربران دفتر به حساب مدیر نیاز دارد.</translation>
    </message>
    <message>
        <source>To print</source>
        <translation>برای چاپ</translation>
    </message>
    <message>
        <source>Print answer</source>
        <translation>چاپ پاسخ</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next step / confirm&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new citizen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;follow up a request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reprint the receipt as a copy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;requests that need attention&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;property file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;supervisor: totals, voids, day close, reports&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;settings (administrator)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;staff (administrator)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;documents waiting to be printed&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F10&lt;/b&gt;&lt;/td&gt;&lt;td&gt;drafts: requests kept before sending (Ctrl+S on the serve form)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this help&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;log out&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;lock the counter&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;مرحله بعد / تأیید&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;فیلد بعدی&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;مرحله قبل&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;شهروند تازه&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;پیگیری درخواست&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;چاپ دوباره رسید به صورت رونوشت&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;درخواست‌های نیازمند رسیدگی&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;پرونده ملک&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;سرپرست: جمع‌ها، ابطال‌ها، بستن روز، گزارش‌ها&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;تنظیمات (مدیر سامانه)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;کارکنان (مدیر سامانه)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;سندهای در انتظار چاپ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F10&lt;/b&gt;&lt;/td&gt;&lt;td&gt;پیش‌نویس‌ها: درخواست‌های نگه‌داشته پیش از فرستادن (Ctrl+S در فرم خدمت)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;همین راهنما&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;خروج&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;قفل باجه&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::OfficeDayPanel</name>
    <message>
        <source>Closed, at the municipality</source>
        <translation>بسته، در شهرداری</translation>
    </message>
    <message>
        <source>Closed, not uploaded yet</source>
        <translation>بسته، هنوز ارسال نشده</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>yyyy/mm/dd (Solar Hijri)</source>
        <translation>سال/ماه/روز (خورشیدی)</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>باجه</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>کارمزدها</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>ابطال‌ها</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت شد</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>روز کاری</translation>
    </message>
    <message>
        <source>Asking the municipality for the other counters…</source>
        <translation>در حال پرسیدن باجه‌های دیگر از شهرداری…</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>همین باجه</translation>
    </message>
    <message>
        <source>The municipality could not be reached (%1); this counter only.</source>
        <translation>دسترسی به شهرداری ممکن نشد (%1)؛ فقط همین باجه.</translation>
    </message>
    <message>
        <source>Business day %1: %2 of %3 counters closed at the municipality.</source>
        <translation>روز کاری %1: %2 از %3 باجه در شهرداری بسته شده است.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Office total: %1 fees, net %2</source>
        <translation>جمع دفتر: %1 کارمزد، خالص %2</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::OfficeMonthPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <source>yyyy/mm (Solar Hijri)</source>
        <translation>سال/ماه (هجری شمسی)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>بستن‌ها</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>کارمزدها</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>ابطال‌ها</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>باجه</translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation>روزهای بسته‌شده</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Export the month</source>
        <translation>خروجی ماه</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Asking the municipality for the office&apos;s month…</source>
        <translation>در حال دریافت ماه دفتر از شهرداری…</translation>
    </message>
    <message>
        <source>%1 closes; %2 could not be verified and are not in the totals.</source>
        <translation>%1 بستن روز؛ امضای %2 مورد تأیید نشد و در جمع‌ها نیامده است.</translation>
    </message>
    <message>
        <source>%1 closes, all verified.</source>
        <translation>%1 بستن روز، همه تأییدشده.</translation>
    </message>
    <message>
        <source>Counter %1 (%2)</source>
        <translation>باجه %1 (%2)</translation>
    </message>
    <message>
        <source>Month total: %1 fees, net %2</source>
        <translation>جمع ماه: %1 کارمزد، خالص %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <source>Office month %1 — %2</source>
        <translation>ماه دفتر %1 — %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Office month</source>
        <translation>ماه دفتر</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::PrintQueuePage</name>
    <message>
        <source>Print again</source>
        <translation>چاپ دوباره</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>چاپ نشود</translation>
    </message>
    <message>
        <source>Why it is not printed (for the audit trail)</source>
        <translation>چرا چاپ نمی‌شود (برای رویدادنگار)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>دفعه‌های تلاش</translation>
    </message>
    <message>
        <source>Why it was not printed</source>
        <translation>چرا چاپ نشد</translation>
    </message>
    <message>
        <source>To print: documents a printer did not take</source>
        <translation>برای چاپ: سندهایی که چاپگر نپذیرفت</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>رسید بازپرداخت</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Property file</source>
        <translation>پرونده ملک</translation>
    </message>
    <message>
        <source>Shift handover (X)</source>
        <translation>تحویل نوبت (X)</translation>
    </message>
    <message>
        <source>Day close (Z)</source>
        <translation>بستن روز (Z)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Nothing is waiting to be printed.</source>
        <translation>چیزی در انتظار چاپ نیست.</translation>
    </message>
    <message>
        <source>%1 documents are waiting to be printed.</source>
        <translation>%1 سند در انتظار چاپ است.</translation>
    </message>
    <message>
        <source>%1 saved: %2</source>
        <translation>%1 ذخیره شد: %2</translation>
    </message>
    <message>
        <source>%1 sent to the printer %2.</source>
        <translation>%1 به چاپگر %2 فرستاده شد.</translation>
    </message>
    <message>
        <source>%1 will not be printed.</source>
        <translation>%1 چاپ نخواهد شد.</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::PrintRoutesEditor</name>
    <message>
        <source>PDF file</source>
        <translation>فایل PDF</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>چاپگر</translation>
    </message>
    <message>
        <source>Thermal printer (ESC/POS)</source>
        <translation>چاپگر حرارتی (ESC/POS)</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>رول ۸۰ میلی‌متری</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>رول ۵۸ میلی‌متری</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (یافت نشد)</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::PropertyPage</name>
    <message>
        <source>%1 m</source>
        <translation>%1 متر</translation>
    </message>
    <message>
        <source>Street widening</source>
        <translation>تعریض خیابان</translation>
    </message>
    <message>
        <source>Metro</source>
        <translation>قطار شهری</translation>
    </message>
    <message>
        <source>Bus rapid transit</source>
        <translation>اتوبوس تندرو</translation>
    </message>
    <message>
        <source>Green belt</source>
        <translation>کمربند سبز</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>فضای سبز</translation>
    </message>
    <message>
        <source>Heritage zone</source>
        <translation>حریم میراث فرهنگی</translation>
    </message>
    <message>
        <source>Public parking</source>
        <translation>پارکینگ عمومی</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>در برنامه</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>در دست بررسی</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مصوب</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>در دست ساخت</translation>
    </message>
    <message>
        <source>Building permit</source>
        <translation>پروانه ساختمانی</translation>
    </message>
    <message>
        <source>Structural completion</source>
        <translation>گواهی عدم خلاف سفت‌کاری</translation>
    </message>
    <message>
        <source>Completion certificate</source>
        <translation>پایان کار</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادر شده</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>تکمیل شده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلق</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ابطال شده</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>مسکونی</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>تجاری</translation>
    </message>
    <message>
        <source>Mixed use</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Property file</source>
        <translation>پرونده ملک</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>فاصله</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>طبقات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Plans around the property</source>
        <translation>طرح‌های پیرامون ملک</translation>
    </message>
    <message>
        <source>Permits and certificates</source>
        <translation>پروانه‌ها و گواهی‌ها</translation>
    </message>
    <message>
        <source>Permitted height %1, %2 floors</source>
        <translation>ارتفاع مجاز %1، %2 طبقه</translation>
    </message>
    <message>
        <source>Renovation code: %1</source>
        <translation>کد نوسازی: %1</translation>
    </message>
    <message>
        <source>Registered plate: section %1, main %2, sub %3</source>
        <translation>پلاک ثبتی: بخش %1، اصلی %2، فرعی %3</translation>
    </message>
    <message>
        <source>District %1 — %2</source>
        <translation>منطقه %1 — %2</translation>
    </message>
    <message>
        <source>Land use: %1, land area %2 m², density %3%</source>
        <translation>کاربری: %1، مساحت زمین %2 مترمربع، تراکم %3٪</translation>
    </message>
    <message>
        <source>Setback: %1</source>
        <translation>عقب‌نشینی: %1</translation>
    </message>
    <message>
        <source>No levy debt</source>
        <translation>بدهی عوارض ندارد</translation>
    </message>
    <message>
        <source>Levy debt: %1</source>
        <translation>بدهی عوارض: %1</translation>
    </message>
    <message>
        <source>Sample data (training)</source>
        <translation>داده نمونه (آموزشی)</translation>
    </message>
    <message>
        <source>Print property file</source>
        <translation>چاپ پرونده ملک</translation>
    </message>
    <message>
        <source>New property file for a citizen (Ctrl+N)</source>
        <translation>پرونده ملک تازه برای شهروند (Ctrl+N)</translation>
    </message>
    <message>
        <source>A property file is an inquiry like the others: the citizen&apos;s one-time code, the fee and a receipt. Answers arrive here.</source>
        <translation>پرونده ملک استعلامی مانند دیگر خدمات است: کد یکبار مصرف شهروند، کارمزد و رسید. پاسخ‌ها همین‌جا می‌رسند.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>شهروند</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>ملک</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>This is the only way to open the office&apos;s ledger and queue on another PC if this one fails. Print it or write it down, and keep it locked away from the PC. It is shown once.</source>
        <translation>اگر این رایانه از کار بیفتد، تنها راه باز کردن دفتر کارمزد و صف درخواست‌های دفتر روی رایانهٔ دیگر همین کلید است. آن را چاپ کنید یا بنویسید و دور از رایانه در جای قفل‌دار نگه دارید. این کلید فقط یک بار نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>To show it is written down, type group %1 (counting from the left):</source>
        <translation>برای اطمینان از یادداشت کلید، گروه %1 را (از چپ بشمارید) وارد کنید:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>یادداشت کردم</translation>
    </message>
    <message>
        <source>That is not group %1 of the key. Check what you wrote down.</source>
        <translation>این گروه %1 کلید نیست. آنچه را یادداشت کرده‌اید بررسی کنید.</translation>
    </message>
    <message>
        <source>Pishkhan Desk recovery key</source>
        <translation>کلید بازیابی میز پیشخوان</translation>
    </message>
    <message>
        <source>Keep this sheet locked away from the PC.</source>
        <translation>این برگه را دور از رایانه در جای قفل‌دار نگه دارید.</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::RefundsPanel</name>
    <message>
        <source>Refund…</source>
        <translation>بازپرداخت…</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>لغو درخواست</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>متصدی</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Why refundable</source>
        <translation>دلیل بازپرداخت‌پذیری</translation>
    </message>
    <message>
        <source>empty = the whole fee</source>
        <translation>خالی = همه مبلغ</translation>
    </message>
    <message>
        <source>card fees: the reversal slip&apos;s reference</source>
        <translation>پرداخت کارتی: شماره مرجع رسید برگشت</translation>
    </message>
    <message>
        <source>Amount (toman)</source>
        <translation>مبلغ (تومان)</translation>
    </message>
    <message>
        <source>Reversal reference</source>
        <translation>شماره مرجع برگشت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>شماره رسید</translation>
    </message>
    <message>
        <source>Fees that may be refunded: the municipality rejected the request, or it was cancelled</source>
        <translation>مبالغ قابل بازپرداخت: شهرداری درخواست را رد کرده یا درخواست لغو شده است</translation>
    </message>
    <message>
        <source>Cancel a request already sent (allowed until the municipality starts work on it)</source>
        <translation>لغو درخواستِ فرستاده‌شده (تا پیش از آغاز کار شهرداری روی آن)</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>کارت %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدی</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>Rejected by the municipality</source>
        <translation>رد شده در شهرداری</translation>
    </message>
    <message>
        <source>Approve the refund</source>
        <translation>تأیید بازپرداخت</translation>
    </message>
    <message>
        <source>Your password, to refund the fee of receipt %1:</source>
        <translation>گذرواژه خود را برای بازپرداخت مبلغ رسید %1 وارد کنید:</translation>
    </message>
    <message>
        <source>The refund of %1 was recorded.</source>
        <translation>بازپرداخت %1 ثبت شد.</translation>
    </message>
    <message>
        <source>The refund of %1 was recorded; its receipt: %2</source>
        <translation>بازپرداخت %1 ثبت شد؛ رسید آن: %2</translation>
    </message>
    <message>
        <source>The cancel was refused: %1 The request goes on.</source>
        <translation>لغو پذیرفته نشد: %1 درخواست ادامه می‌یابد.</translation>
    </message>
    <message>
        <source>work had already started.</source>
        <translation>کار روی درخواست آغاز شده بود.</translation>
    </message>
    <message>
        <source>The request was cancelled; its fee can now be refunded.</source>
        <translation>درخواست لغو شد؛ اکنون می‌توان مبلغ آن را بازپرداخت کرد.</translation>
    </message>
    <message>
        <source>The cancel of %1 is queued and goes to the municipality with the next sync.</source>
        <translation>لغو %1 در صف است و با همگام‌سازی بعدی به شهرداری فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>The refund of %1 was recorded, but its receipt was not printed: %2</source>
        <translation>بازپرداخت %1 ثبت شد، اما رسید آن چاپ نشد: %2</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ReportsPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <source>yyyy/mm/dd (Solar Hijri)</source>
        <translation>سال/ماه/روز (خورشیدی)</translation>
    </message>
    <message>
        <source>Show (Enter)</source>
        <translation>نمایش (Enter)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>One day: the same date twice. A range: by month and service.</source>
        <translation>یک روز: هر دو تاریخ یکی. یک بازه: به تفکیک ماه و خدمت.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>از: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>تا: %1</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>خروجی گزارش</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال ساخت خروجی…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>در حال نوشتن %1…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>خروجی ساخته شد: %1</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServeCitizenStep</name>
    <message>
        <source>10 digits</source>
        <translation>۱۰ رقم</translation>
    </message>
    <message>
        <source>09xxxxxxxxx</source>
        <translation>۰۹xxxxxxxxx</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>شماره همراه</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>۱۱ رقم</translation>
    </message>
    <message>
        <source>A person (Ctrl+1)</source>
        <translation>شخص حقیقی (Ctrl+1)</translation>
    </message>
    <message>
        <source>A company, through its representative (Ctrl+2)</source>
        <translation>شخص حقوقی، با نماینده (Ctrl+2)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>متقاضی</translation>
    </message>
    <message>
        <source>Legal entity&apos;s national id</source>
        <translation>شناسه ملی شخص حقوقی</translation>
    </message>
    <message>
        <source>Representative&apos;s national code</source>
        <translation>کد ملی نماینده</translation>
    </message>
    <message>
        <source>Representative&apos;s mobile</source>
        <translation>همراه نماینده</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServeConsentStep</name>
    <message>
        <source>6 digits</source>
        <translation>۶ رقم</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>کد یکبار مصرف</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServeFormStep</name>
    <message>
        <source>district-area-block-property-building-apartment-shop</source>
        <translation>منطقه-حوزه-بلوک-ملک-ساختمان-آپارتمان-مغازه</translation>
    </message>
    <message>
        <source>yyyy/mm/dd (Solar Hijri)</source>
        <translation>سال/ماه/روز (خورشیدی)</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>یکی را انتخاب کنید</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Main plate</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>Sub plate</source>
        <translation>فرعی</translation>
    </message>
    <message>
        <source>0 if none</source>
        <translation>۰ اگر ندارد</translation>
    </message>
    <message>
        <source>10 digits, like 11936-53471</source>
        <translation>۱۰ رقم، مانند ۱۱۹۳۶-۵۳۴۷۱</translation>
    </message>
    <message>
        <source>IR and 24 digits</source>
        <translation>IR و ۲۴ رقم</translation>
    </message>
    <message>
        <source>16 digits on the card</source>
        <translation>۱۶ رقم روی کارت</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>۱۱ رقم</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServeLicenceStep</name>
    <message>
        <source>Engineer&apos;s licence number</source>
        <translation>شماره پروانه مهندس</translation>
    </message>
    <message>
        <source>The municipality checks the licence before the form opens: Enter to check, Esc to pick another service.</source>
        <translation>شهرداری پیش از باز شدن فرم، پروانه را بررسی می‌کند: Enter برای بررسی، Esc برای انتخاب خدمت دیگر.</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServePage</name>
    <message>
        <source>A code was sent to %1. Ask the citizen to read it out.</source>
        <translation>کد به %1 فرستاده شد. از شهروند بخواهید آن را بخواند.</translation>
    </message>
    <message>
        <source>1. Citizen</source>
        <translation>۱. شهروند</translation>
    </message>
    <message>
        <source>2. Service</source>
        <translation>۲. خدمت</translation>
    </message>
    <message>
        <source>3. Form</source>
        <translation>۳. فرم</translation>
    </message>
    <message>
        <source>4. Citizen&apos;s consent</source>
        <translation>۴. رضایت شهروند</translation>
    </message>
    <message>
        <source>Send a one-time code to the citizen&apos;s mobile %1.</source>
        <translation>کد یکبار مصرف را به شماره همراه شهروند %1 بفرستید.</translation>
    </message>
    <message>
        <source>5. Payment</source>
        <translation>۵. پرداخت</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <source>6. Receipt</source>
        <translation>۶. رسید</translation>
    </message>
    <message>
        <source>The counter is still starting; wait a moment.</source>
        <translation>باجه هنوز در حال آماده‌سازی است؛ کمی صبر کنید.</translation>
    </message>
    <message>
        <source>The service catalogue has not arrived yet; wait for the first sync.</source>
        <translation>فهرست خدمات هنوز نرسیده است؛ منتظر نخستین همگام‌سازی بمانید.</translation>
    </message>
    <message>
        <source>fee out of range</source>
        <translation>کارمزد خارج از محدوده</translation>
    </message>
    <message>
        <source>not offered in this district</source>
        <translation>در این منطقه ارائه نمی‌شود</translation>
    </message>
    <message>
        <source>No service matches the search.</source>
        <translation>هیچ خدمتی با این جست‌وجو پیدا نشد.</translation>
    </message>
    <message>
        <source>Send code (Enter)</source>
        <translation>فرستادن کد (Enter)</translation>
    </message>
    <message>
        <source>Send again in %1 s</source>
        <translation>ارسال دوباره تا %1 ثانیه دیگر</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>فرستادن کد تازه</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>اعتبار کد تا %1:%2 دیگر</translation>
    </message>
    <message>
        <source>The code has expired; send a new one.</source>
        <translation>کد منقضی شده است؛ کد تازه‌ای بفرستید.</translation>
    </message>
    <message>
        <source>Request accepted. Tracking code: %1 — receipt %2</source>
        <translation>درخواست پذیرفته شد. کد رهگیری: %1 — رسید %2</translation>
    </message>
    <message>
        <source>Queued, will be sent automatically. Receipt %1</source>
        <translation>در صف ارسال است و خودکار فرستاده می‌شود. رسید %1</translation>
    </message>
    <message>
        <source>The municipality refused the request: %1. Receipt %2</source>
        <translation>شهرداری درخواست را نپذیرفت: %1. رسید %2</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>رسید ذخیره شد: %1</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation> (رونوشت %1)</translation>
    </message>
    <message>
        <source>Receipt sent to the printer %1.</source>
        <translation>رسید به چاپگر %1 فرستاده شد.</translation>
    </message>
    <message>
        <source>1. Citizen — %1</source>
        <translation>۱. شهروند — %1</translation>
    </message>
    <message>
        <source>Keep as draft (Ctrl+S)</source>
        <translation>نگه‌داشتن به‌صورت پیش‌نویس (Ctrl+S)</translation>
    </message>
    <message>
        <source>The draft was kept. F10 lists the drafts.</source>
        <translation>پیش‌نویس نگه داشته شد. F10 فهرست پیش‌نویس‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Send a one-time code to the mobile %1 of the representative of the company %2.</source>
        <translation>کد یکبار مصرف را به همراه %1، نماینده شخص حقوقی %2، بفرستید.</translation>
    </message>
    <message>
        <source>Supervising engineer: %1, licence %2 (verified)</source>
        <translation>مهندس ناظر: %1، پروانه %2 (تأییدشده)</translation>
    </message>
    <message>
        <source>Applicant: the company with national id %1, through its representative.</source>
        <translation>متقاضی: شخص حقوقی با شناسه ملی %1، با نماینده‌اش.</translation>
    </message>
    <message>
        <source>3. Engineer&apos;s licence</source>
        <translation>۳. پروانه مهندس</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is for supervising engineers: the municipality checks that the citizen with national code %2 holds this licence.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ویژه مهندسان ناظر است: شهرداری بررسی می‌کند که شهروند با کد ملی %2 دارنده این پروانه باشد.</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServePaymentStep</name>
    <message>
        <source>Cash</source>
        <translation>نقدی</translation>
    </message>
    <message>
        <source>Card (office terminal)</source>
        <translation>کارت (کارت‌خوان دفتر)</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>۸ رقم</translation>
    </message>
    <message>
        <source>trace number (6 or 12 digits)</source>
        <translation>شماره پیگیری (۶ یا ۱۲ رقم)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>کارمزد</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>شناسه پایانه</translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation>شماره پیگیری کارت</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServeReceiptStep</name>
    <message>
        <source>Print receipt</source>
        <translation>چاپ رسید</translation>
    </message>
    <message>
        <source>Next citizen</source>
        <translation>شهروند بعدی</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServeServiceStep</name>
    <message>
        <source>Search by Persian or English name</source>
        <translation>جست‌وجو با نام فارسی یا انگلیسی</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>District</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>همه دسته‌ها</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::SettingsPage</name>
    <message>
        <source>Back up the store every day</source>
        <translation>پشتیبان‌گیری روزانه از انبار داده</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>empty = the system&apos;s certificates</source>
        <translation>خالی = گواهی‌های سیستم</translation>
    </message>
    <message>
        <source>The system&apos;s proxy</source>
        <translation>پراکسی سیستم</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>بدون پراکسی</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>این پراکسی:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>نشانی سرور</translation>
    </message>
    <message>
        <source>Server key pin</source>
        <translation>پین کلید سرور</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>پرونده CA</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>پراکسی</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>کد دفتر</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>نام دفتر</translation>
    </message>
    <message>
        <source>Municipal district</source>
        <translation>منطقه شهرداری</translation>
    </message>
    <message>
        <source>Counter number</source>
        <translation>شماره باجه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>پوشه پشتیبان</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>تعداد پشتیبان‌های روزانه نگه‌داشته</translation>
    </message>
    <message>
        <source>Connection, office and language changes take effect the next time the counter starts.</source>
        <translation>تغییر اتصال، دفتر و زبان از اجرای بعدی برنامه اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>گواهی‌ها (*.pem *.crt);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Saved. Connection and language changes apply at the next start.</source>
        <translation>ذخیره شد. تغییر اتصال و زبان از اجرای بعدی اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Drafts kept (days)</source>
        <translation>مدت نگهداری پیش‌نویس‌ها (روز)</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ShiftHandoverPanel</name>
    <message>
        <source>Record the handover</source>
        <translation>ثبت تحویل نوبت</translation>
    </message>
    <message>
        <source>Save the X report as PDF</source>
        <translation>ذخیره گزارش X به‌صورت PDF</translation>
    </message>
    <message>
        <source>counted toman</source>
        <translation>تومان شمرده‌شده</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>متصدی</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>نقد شمارش‌شده</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>اختلاف</translation>
    </message>
    <message>
        <source>Shift handover: the X report changes nothing; counting the drawer is recorded in the audit trail</source>
        <translation>تحویل نوبت: گزارش X چیزی را تغییر نمی‌دهد؛ شمارش صندوق در رویدادنامه ثبت می‌شود</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>برابر است</translation>
    </message>
    <message>
        <source>short %1</source>
        <translation>%1 کسری</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>%1 اضافه</translation>
    </message>
    <message>
        <source>The handover of %1 was recorded: expected %2, counted %3.</source>
        <translation>تحویل نوبت %1 ثبت شد: مورد انتظار %2، شمارش‌شده %3.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation>چاپ گزارش X</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::SmsLogPanel</name>
    <message>
        <source>Training: citizen&apos;s text messages</source>
        <translation>آموزش: پیامک‌های شهروند</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::StaffPage</name>
    <message>
        <source>Must choose their own password at the first log-in</source>
        <translation>در نخستین ورود باید گذرواژه خودش را انتخاب کند</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>افزودن حساب</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>تعیین گذرواژه تازه</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>تغییر نقش</translation>
    </message>
    <message>
        <source>Staff of the office</source>
        <translation>کاربران دفتر</translation>
    </message>
    <message>
        <source>Accounts are never deleted: a leaver is disabled, so their name stays on past receipts. Changes reach the office&apos;s other counters at the next sync.</source>
        <translation>حساب‌ها هرگز حذف نمی‌شوند: حساب کسی که می‌رود غیرفعال می‌شود تا نامش روی رسیدهای گذشته بماند. تغییرها در همگام‌سازی بعدی به باجه‌های دیگر دفتر می‌رسد.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Persian or Latin letters, digits, . _ - @</source>
        <translation>حروف فارسی یا لاتین، رقم، . _ - @</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب تازه</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>تکرار گذرواژه</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>حساب انتخاب‌شده</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>گذرواژه تازه</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل‌شده</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>باید گذرواژه را عوض کند</translation>
    </message>
    <message>
        <source>Select an account in the table.</source>
        <translation>یک حساب را در جدول انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>فعال کردن</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 افزوده شد.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; they choose a new one at the next log-in.</source>
        <translation>گذرواژه %1 از نو تعیین شد؛ در ورود بعدی باید گذرواژه تازه‌ای انتخاب کند.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 دوباره می‌تواند وارد شود.</translation>
    </message>
    <message>
        <source>%1 was enabled.</source>
        <translation>%1 فعال شد.</translation>
    </message>
    <message>
        <source>%1 was disabled.</source>
        <translation>%1 غیرفعال شد.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>نقش %1 اکنون %2 است.</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::SupervisorPage</name>
    <message>
        <source>Supervisor</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Today (Alt+1)</source>
        <translation>امروز (Alt+1)</translation>
    </message>
    <message>
        <source>Void requests (Alt+2)</source>
        <translation>درخواست‌های ابطال (Alt+2)</translation>
    </message>
    <message>
        <source>Close the day (Alt+3)</source>
        <translation>بستن روز (Alt+3)</translation>
    </message>
    <message>
        <source>Reports (Alt+4)</source>
        <translation>گزارش‌ها (Alt+4)</translation>
    </message>
    <message>
        <source>Office (Alt+5)</source>
        <translation>دفتر (Alt+5)</translation>
    </message>
    <message>
        <source>Audit trail (Alt+0)</source>
        <translation>رویدادنامه (Alt+0)</translation>
    </message>
    <message>
        <source>Refunds (Alt+6)</source>
        <translation>بازپرداخت‌ها (Alt+6)</translation>
    </message>
    <message>
        <source>Shift handover (Alt+7)</source>
        <translation>تحویل نوبت (Alt+7)</translation>
    </message>
    <message>
        <source>Batches (Alt+8)</source>
        <translation>دسته‌ها (Alt+8)</translation>
    </message>
    <message>
        <source>Office month (Alt+9)</source>
        <translation>ماه دفتر (Alt+9)</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::SyncStatusBar</name>
    <message>
        <source>Not connected</source>
        <translation>بدون اتصال</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>برخط</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>در حال همگام‌سازی</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>برون‌خط</translation>
    </message>
    <message>
        <source>Activation needed</source>
        <translation>نیاز به فعال‌سازی</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>صف: %1</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>نیازمند رسیدگی: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>آخرین همگام‌سازی: هرگز</translation>
    </message>
    <message>
        <source>Last sync: %1 %2</source>
        <translation>آخرین همگام‌سازی: %1 %2</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::VoidRequestsPanel</name>
    <message>
        <source>Approve the void…</source>
        <translation>تأیید ابطال…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>رد…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>متصدی</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>زمان درخواست</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Void requests waiting for a supervisor</source>
        <translation>درخواست‌های ابطال در انتظار سرپرست</translation>
    </message>
    <message>
        <source>Approve the void</source>
        <translation>تأیید ابطال</translation>
    </message>
    <message>
        <source>Your password, to approve the void of %1:</source>
        <translation>برای تأیید ابطال %1 گذرواژه خود را وارد کنید:</translation>
    </message>
    <message>
        <source>The void was approved and recorded.</source>
        <translation>ابطال تأیید و ثبت شد.</translation>
    </message>
    <message>
        <source>Refuse the void</source>
        <translation>رد ابطال</translation>
    </message>
    <message>
        <source>Why is the void refused? The clerk will see this.</source>
        <translation>چرا ابطال رد می‌شود؟ متصدی این را خواهد دید.</translation>
    </message>
    <message>
        <source>The void request was refused.</source>
        <translation>درخواست ابطال رد شد.</translation>
    </message>
</context>
</TS>
