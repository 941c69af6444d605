#include "TrainingBackend.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

Error TrainingBackend::notRunning(const QString& detail)
{
    return Error(u"training.not_running"_s,
                 QT_TRANSLATE_NOOP("Error", "The built-in sandbox is not running."), detail);
}

} // namespace pishkhan
