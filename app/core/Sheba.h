#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace pishkhan {

// شبا: an Iranian IBAN, "IR" followed by 24 digits, checked with ISO 7064 mod 97-10.
class Sheba
{
public:
    // Accepts "IR…" in either case, or the 24 digits alone; Persian/Arabic/ASCII digits, spaces,
    // hyphens, ZWNJ and bidi marks.
    // Error codes: sheba.empty, sheba.country, sheba.characters, sheba.length, sheba.checksum.
    static Result<Sheba> parse(QStringView input);
    [[nodiscard]] static bool isValid(QStringView input) { return parse(input).ok(); }

    // "IR820540102680020817909002".
    [[nodiscard]] const QString& canonical() const { return m_text; }
    // "IR82 0540 1026 8002 0817 9090 02", the printed IBAN grouping.
    [[nodiscard]] QString display() const;
    [[nodiscard]] QString displayPersian() const;
    // "IR82 **** **** **** **** **90 02".
    [[nodiscard]] QString masked() const;

    friend bool operator==(const Sheba&, const Sheba&) = default;

private:
    explicit Sheba(QString text)
        : m_text(std::move(text))
    {}
    QString m_text;
};

} // namespace pishkhan
