#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace pishkhan {

// پروانه اشتغال مهندس ناظر: a supervising engineer's licence number, "11-300-12345" (province,
// field, serial). The shape is all a counter can check; whether the licence is real and the
// engineer's own is the backend's answer (docs/api.md §4.20).
class EngineerLicence
{
public:
    // Accepts Persian/Arabic/ASCII digits, spaces, ZWNJ, bidi marks and any dash a keyboard or a
    // paste gives (‐ – — −), or the ten digits without dashes.
    // Error codes: engineer_license.empty, engineer_license.shape.
    static Result<EngineerLicence> parse(QStringView input);

    // "11-300-12345", ASCII digits.
    [[nodiscard]] const QString& canonical() const { return m_text; }

    friend bool operator==(const EngineerLicence&, const EngineerLicence&) = default;

private:
    explicit EngineerLicence(QString text)
        : m_text(std::move(text))
    {}
    QString m_text;
};

} // namespace pishkhan
