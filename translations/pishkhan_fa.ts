<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
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
        <source>The document could not be produced.</source>
        <translation>سند ساخته نشد.</translation>
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
        <source>A username is 1 to 64 Latin letters, digits and the characters . _ - @</source>
        <translation>نام کاربری ۱ تا ۶۴ نویسه از حروف لاتین، رقم و نویسه‌های . _ - @ است</translation>
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
        <source>The system keychain is not available or is locked, so the encrypted store was not opened.</source>
        <translation>جاکلیدی سیستم در دسترس نیست یا قفل است، بنابراین پایگاه داده رمزشده باز نشد.</translation>
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
    <name>pishkhan::DeskRuntime</name>
    <message>
        <source>The store is not open.</source>
        <translation>پایگاه داده باز نیست.</translation>
    </message>
    <message>
        <source>This counter is not activated. Start in training mode, or activate it with the office code and activation code from the municipality.</source>
        <translation>این باجه فعال نشده است. در حالت آموزشی شروع کنید یا آن را با کد دفتر و کد فعال‌سازی شهرداری فعال کنید.</translation>
    </message>
    <message>
        <source>training counter</source>
        <translation>باجه آموزشی</translation>
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
        <source>Result:</source>
        <translation>نتیجه:</translation>
    </message>
    <message>
        <source>Copy %1 saved: %2</source>
        <translation>رونوشت %1 ذخیره شد: %2</translation>
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
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next step / confirm&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new citizen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;follow up a request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reprint the receipt as a copy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;requests that need attention&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this help&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;log out&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;مرحله بعد / تأیید&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;فیلد بعدی&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;مرحله قبل&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;شهروند تازه&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;پیگیری درخواست&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;چاپ دوباره رسید به صورت رونوشت&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;درخواست‌های نیازمند رسیدگی&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;همین راهنما&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;خروج&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServePage</name>
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
        <source>6 digits</source>
        <translation>۶ رقم</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>کد یکبار مصرف</translation>
    </message>
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
    <message>
        <source>Print receipt</source>
        <translation>چاپ رسید</translation>
    </message>
    <message>
        <source>Next citizen</source>
        <translation>شهروند بعدی</translation>
    </message>
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
        <source>All categories</source>
        <translation>همه دسته‌ها</translation>
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
        <source>district-area-block-property-building-apartment-shop</source>
        <translation>منطقه-حوزه-بلوک-ملک-ساختمان-آپارتمان-مغازه</translation>
    </message>
    <message>
        <source>section-main-sub</source>
        <translation>بخش-اصلی-فرعی</translation>
    </message>
    <message>
        <source>yyyy/mm/dd (Solar Hijri)</source>
        <translation>سال/ماه/روز (خورشیدی)</translation>
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
</context>
<context>
    <name>pishkhan::ui::SmsLogPanel</name>
    <message>
        <source>Training: citizen&apos;s text messages</source>
        <translation>آموزش: پیامک‌های شهروند</translation>
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
</TS>
