#pragma once

#include "Problem.h"

#include <QJsonObject>

#include <optional>

namespace pishkhan::sandbox {

// Checks a request's `fields` against the service's field schema from the catalogue, the same
// schema the client generates its form from.
class FormValidator
{
public:
    struct Checked
    {
        QJsonObject normalised; // identifiers in canonical form (for the inquiry logic)
        QJsonObject stored;     // national codes and mobiles masked (what the store keeps)
    };

    // `pointer` is the JSON pointer of the fields object in the request ("/fields").
    [[nodiscard]] static std::optional<Problem> check(const QJsonObject& service,
                                                      const QJsonObject& fields,
                                                      const QString& pointer, Checked& out);
};

} // namespace pishkhan::sandbox
