#pragma once

// Citizens for tests that need many distinct, valid identifiers.

#include "core/NationalCode.h"

#include <QString>

namespace pishkhan::test {

// The i-th national code with a valid check digit; distinct for distinct i in the tests' ranges.
inline QString nationalCode(int i)
{
    for (int n = i;; n += 7919) {
        const QString nine = QString::number(100'000'000 + (n % 800'000'000)).right(9);
        int sum = 0;
        for (int k = 0; k < 9; ++k)
            sum += nine.at(k).digitValue() * (10 - k);
        const int r = sum % 11;
        const QString code = nine + QString::number(r < 2 ? r : 11 - r);
        if (NationalCode::isValid(code))
            return code;
    }
}

} // namespace pishkhan::test
