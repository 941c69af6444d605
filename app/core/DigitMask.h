#pragma once

#include <QString>

namespace pishkhan {

// How a citizen's national code or mobile number is shown wherever it must not be read in
// full — lists, the consent prompt, ctl output, audit details, log lines: at most the last
// four digits, every other digit a '*' ("******0899", "*******4567"). Four digits are enough
// to tell two citizens in one queue apart and too few to find one in a leaked file. Shorter
// digit strings show less: two digits from four to seven, none below four.
class DigitMask
{
public:
    static constexpr int kMaxShown = 4;

    // digits: the characters to mask; anything that is not a digit is dropped first, so a
    // spaced or hyphenated spelling comes out in one shape. The digits kept stay in their
    // script (Persian digits stay Persian).
    [[nodiscard]] static QString mask(const QString& digits);
};

} // namespace pishkhan
