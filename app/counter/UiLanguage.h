#pragma once

#include <QString>

namespace pishkhan {

// The language the clerk chose, as the core needs it: which of the catalogue's two labels to
// show and which of the backend's two sentences. It follows QLocale's default, which the
// application sets from the settings before any window exists.
class UiLanguage
{
public:
    UiLanguage() = delete;

    [[nodiscard]] static bool isPersian();
    // Picks the Persian or the English text; falls back to the other one when empty.
    [[nodiscard]] static QString pick(const QString& fa, const QString& en);
    // Persian digits in a Persian UI, ASCII digits otherwise.
    [[nodiscard]] static QString digits(const QString& text);
    // A code or id inside running text: kept left to right in a Persian UI.
    [[nodiscard]] static QString code(const QString& text);
};

} // namespace pishkhan
