; Strings of Pishkhan Desk's own installer steps, in every installer language.
; UTF-8 with a BOM, included with /CHARSET=UTF8 by the generated NSIS template.
LangString PISHKHAN_REMOVE_DATA ${LANG_FARSI} "داده‌های این رایانه (پایگاه داده رمزشده و نسخه‌های پشتیبان آن) هم پاک شود؟$\n$\nاگر دوباره نصب می‌کنید یا از داده‌ها نسخه‌ای نگه نداشته‌اید، «نه» را بزنید."
LangString PISHKHAN_REMOVE_DATA ${LANG_ENGLISH} "Also delete this computer's data (the encrypted store and its backups)?$\n$\nChoose No if you are reinstalling or have not kept a copy."
