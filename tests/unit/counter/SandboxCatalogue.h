#pragma once

// The sandbox's sample catalogue as the counter parses it, for the serve-flow and form tests.

#include "counter/ServiceCatalogue.h"

#include <QFile>

namespace pishkhan::test {

inline ServiceCatalogue sandboxCatalogue()
{
    QFile file(QStringLiteral(PISHKHAN_SOURCE_DIR "/resources/sandbox/catalogue.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("catalogue.json missing");
    auto c = ServiceCatalogue::parse(file.readAll());
    if (!c)
        qFatal("catalogue does not parse");
    return *c;
}

} // namespace pishkhan::test
