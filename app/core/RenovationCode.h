#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

#include <array>

namespace pishkhan {

// کد نوسازی: the municipality's seven-part property code. Kept as seven numbers, not as the
// string the clerk typed, so district queries and sorting need no string surgery.
class RenovationCode
{
public:
    enum Part { District, Area, Block, Property, Building, Apartment, Shop, PartCount };
    using Parts = std::array<int, PartCount>;

    // Seven numbers separated by hyphens, slashes, dots or spaces (any mix, Persian/Arabic/ASCII
    // digits, bidi marks tolerated): "3-12-234-15-1-0-0", "۳/۱۲/۲۳۴/۱۵/۱/۰/۰".
    // Error codes: renovation_code.empty, .characters, .parts, .part_length, .district.
    static Result<RenovationCode> parse(QStringView input);
    // From seven separate numbers (a form with one field per part).
    static Result<RenovationCode> fromParts(const Parts& parts);

    [[nodiscard]] int district() const { return m_parts[District]; }
    [[nodiscard]] int area() const { return m_parts[Area]; }
    [[nodiscard]] int block() const { return m_parts[Block]; }
    [[nodiscard]] int property() const { return m_parts[Property]; }
    [[nodiscard]] int building() const { return m_parts[Building]; }
    [[nodiscard]] int apartment() const { return m_parts[Apartment]; }
    [[nodiscard]] int shop() const { return m_parts[Shop]; }
    [[nodiscard]] const Parts& parts() const { return m_parts; }

    // "3-12-234-15-1-0-0": district first, read left to right. Inside Persian text wrap it with
    // PersianText::isolateLtr() so the parts keep their order on screen.
    [[nodiscard]] QString canonical() const;
    [[nodiscard]] QString displayPersian() const;
    // "3-*-*-*-*-*-*": the district only.
    [[nodiscard]] QString masked() const;

    friend bool operator==(const RenovationCode&, const RenovationCode&) = default;

private:
    explicit RenovationCode(const Parts& parts)
        : m_parts(parts)
    {}
    Parts m_parts{};
};

} // namespace pishkhan
