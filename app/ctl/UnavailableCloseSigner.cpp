#include "UnavailableCloseSigner.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

Result<QByteArray> UnavailableCloseSigner::sign(const QByteArray& message)
{
    Q_UNUSED(message);
    return Error(u"close.not_here"_s,
                 QT_TRANSLATE_NOOP("Error", "A day is closed at the counter, not from the "
                                            "command line."));
}

} // namespace pishkhan
