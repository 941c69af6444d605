#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace pishkhan {

// پلاک ثبتی: registration section (بخش), main plate (اصلی) and sub plate (فرعی). Three
// numbers (sub 0 when the land has only a main plate), never a slash-joined string: inside
// right-to-left text "اصلی/فرعی" is rendered in an order nobody can read back with confidence.
class RegisteredPlate
{
public:
    // From a form with one field per part; each accepts Persian/Arabic/ASCII digits.
    // An empty sub field means "no sub plate" (0).
    // Error codes: plate.section, plate.main, plate.sub (that part is empty where required,
    // not a number, zero where a positive number is required, or longer than nine digits).
    static Result<RegisteredPlate> fromFields(QStringView section, QStringView mainPlate,
                                              QStringView subPlate);
    static Result<RegisteredPlate> fromParts(int section, int mainPlate, int subPlate);

    // Free-form text as clerks and deeds write it:
    //  - three bare numbers in section / main / sub order: "۵/۱۲۳/۴", "5-123-4", "5 123 4";
    //  - labelled, in any order, label before or after its number: "بخش ۵ اصلی ۱۲۳ فرعی ۴",
    //    "پلاک ۴ فرعی از ۱۲۳ اصلی بخش ۵", "section 5 main 123 sub 4".
    // A labelled text without "فرعی" has no sub plate; two bare numbers are refused (section and
    // main, or main and sub?).
    // Error codes: plate.empty, plate.shape (cannot tell which number is which), plate.missing
    // (a part is absent), plus those of fromParts().
    static Result<RegisteredPlate> parse(QStringView input);

    // A form shows a plate as three edits but carries it as one text (drafts, the serve flow's
    // inputs keep one text per field): "section/main/sub", each part trimmed as typed, empty
    // when all three are empty. splitFields() gives the three parts back; it also splits any
    // text parse() reads (sub empty when there is none) and otherwise puts the whole text in
    // the section part, so nothing typed is lost.
    [[nodiscard]] static QString joinFields(QStringView section, QStringView mainPlate,
                                            QStringView subPlate);
    [[nodiscard]] static QStringList splitFields(QStringView text);
    // A joinFields() text whose parts are digits or empty is read with fromFields() (an error
    // names the part; an empty sub is 0); any other text with parse().
    static Result<RegisteredPlate> parseFields(QStringView text);

    [[nodiscard]] int section() const { return m_section; }
    [[nodiscard]] int mainPlate() const { return m_main; }
    // 0 when there is no sub plate.
    [[nodiscard]] int subPlate() const { return m_sub; }
    [[nodiscard]] bool hasSubPlate() const { return m_sub != 0; }

    // "بخش ۵، اصلی ۱۲۳، فرعی ۴": each number next to its label, so bidi cannot mislead.
    [[nodiscard]] QString displayPersian() const;
    // "Section 5, main 123, sub 4"; the sub part is left out when there is none.
    [[nodiscard]] QString display() const;
    // "section 5, main ***, sub ***".
    [[nodiscard]] QString masked() const;

    friend bool operator==(const RegisteredPlate&, const RegisteredPlate&) = default;

private:
    RegisteredPlate(int section, int mainPlate, int subPlate)
        : m_section(section)
        , m_main(mainPlate)
        , m_sub(subPlate)
    {}
    int m_section = 0;
    int m_main = 0;
    int m_sub = 0;
};

} // namespace pishkhan
