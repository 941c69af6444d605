#include "SyncSnapshot.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

QString SyncSnapshot::connectivityName(Connectivity c)
{
    switch (c) {
    case Connectivity::Stopped:
        return u"stopped"_s;
    case Connectivity::Unknown:
        return u"unknown"_s;
    case Connectivity::Online:
        return u"online"_s;
    case Connectivity::Syncing:
        return u"syncing"_s;
    case Connectivity::Offline:
        return u"offline"_s;
    case Connectivity::NeedsActivation:
        return u"needs_activation"_s;
    }
    return u"unknown"_s;
}

} // namespace pishkhan
