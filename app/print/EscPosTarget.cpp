#include "EscPosTarget.h"

#include <QUrl>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error badTarget(const QString& detail)
{
    return Error(u"print.bad_target"_s,
                 QT_TRANSLATE_NOOP(
                     "Error", "The receipt printer address is not valid. Use tcp://address:9100 "
                              "for a network printer or a device such as /dev/usb/lp0."),
                 detail);
}

} // namespace

Result<EscPosTarget> EscPosTarget::parse(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return badTarget(u"empty printer target"_s);
    if (text.startsWith(u'/')) {
        // A device, never a file somewhere else: a typo must not write a receipt's bytes over
        // an ordinary file.
        if (!text.startsWith(u"/dev/"_s) || text.size() <= 5 || text.contains(u"/../"_s) ||
            text.endsWith(u"/.."_s) || text.endsWith(u'/'))
            return badTarget(u"not a device under /dev: "_s + text);
        return device(text);
    }
    if (!text.startsWith(u"tcp://"_s, Qt::CaseInsensitive))
        return badTarget(u"neither tcp://host:port nor /dev/…: "_s + text);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return badTarget(u"no host in "_s + text);
    if (!url.path().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return badTarget(u"only tcp://host:port is understood: "_s + text);
    // QUrl takes "tcp://host:" as no port; a port it cannot read makes the URL invalid.
    const int port = url.port(kDefaultPort);
    if (port <= 0 || port > 65535)
        return badTarget(u"port out of range in "_s + text);
    return tcp(url.host(), static_cast<quint16>(port));
}

EscPosTarget EscPosTarget::tcp(QString host, quint16 port)
{
    EscPosTarget t;
    t.kind = Kind::Tcp;
    t.host = std::move(host);
    t.port = port;
    return t;
}

EscPosTarget EscPosTarget::device(QString path)
{
    EscPosTarget t;
    t.kind = Kind::Device;
    t.devicePath = std::move(path);
    return t;
}

QString EscPosTarget::toString() const
{
    switch (kind) {
    case Kind::Tcp:
        return u"tcp://"_s + (host.contains(u':') ? u'[' + host + u']' : host) + u':' +
               QString::number(port);
    case Kind::Device:
        return devicePath;
    case Kind::None:
        break;
    }
    return {};
}

} // namespace pishkhan
