#pragma once

#include <QString>

class QApplication;

namespace pishkhan::ui {

// Installs the UI language before any window exists: our translations (embedded .qm), Qt's own
// (qtbase_fa.qm, so standard dialogs and buttons are Persian too), the default QLocale (digits,
// Jalali dates) and the layout direction taken from the locale, not from a list of languages.
class Localization
{
public:
    Localization() = delete;
    // "fa" (default) or "en". Replaces what an earlier call installed.
    static void apply(const QString& language);
    [[nodiscard]] static QString current();
};

} // namespace pishkhan::ui
