#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace pishkhan {

// شناسه ملی: the eleven-digit national id of a company, institution or other legal entity.
class LegalEntityId
{
public:
    // Accepts Persian/Arabic/ASCII digits, spaces, ZWNJ, bidi marks, hyphens. No padding: unlike
    // a national code, a legal id never starts losing zeros on paper.
    // Error codes: legal_entity_id.empty, .characters, .length, .zero, .middle_zeros, .checksum.
    static Result<LegalEntityId> parse(QStringView input);
    [[nodiscard]] static bool isValid(QStringView input) { return parse(input).ok(); }

    [[nodiscard]] const QString& canonical() const { return m_digits; }
    [[nodiscard]] QString displayPersian() const;
    // "103*****790".
    [[nodiscard]] QString masked() const;

    friend bool operator==(const LegalEntityId&, const LegalEntityId&) = default;

private:
    explicit LegalEntityId(QString digits)
        : m_digits(std::move(digits))
    {}
    QString m_digits;
};

} // namespace pishkhan
