#include "EscPosPrinter.h"

#include "EscPosTransport.h"
#include "ThermalRaster.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

EscPosPrinter::EscPosPrinter(EscPosTarget target, PaperSize paper)
    : m_target(std::move(target))
    , m_paper(paper)
{}

Status EscPosPrinter::print(const PrintableDocument& document)
{
    m_lastStatus = {};
    const std::unique_ptr<EscPosTransport> transport = EscPosTransport::create(m_target);
    if (!transport)
        return Error(u"print.bad_target"_s,
                     QT_TRANSLATE_NOOP("Error",
                                       "The receipt printer address is not valid. Use "
                                       "tcp://address:9100 for a network printer or a device such "
                                       "as /dev/usb/lp0."),
                     u"no receipt printer target set"_s);
    if (ThermalRaster::widthDots(m_paper) == 0)
        return Error(u"print.layout_failed"_s,
                     QT_TRANSLATE_NOOP("Error", "The document could not be laid out for printing."),
                     u"a thermal printer prints on a roll, not on "_s + paperSizeKey(m_paper));
    if (Status opened = transport->open(m_timeouts.connectMs); !opened)
        return opened;

    if (transport->canRead()) {
        // Whatever an earlier job left unread (an automatic status, a late answer) is not the
        // answer to this request.
        const QByteArray stale = transport->read(256, 0);
        Q_UNUSED(stale);
        if (Status asked = transport->write(EscPosCommands::statusRequests(), m_timeouts.writeMs);
            !asked)
            return asked;
        const QByteArray answer = transport->read(3, m_timeouts.statusMs);
        if (answer.size() == 3) {
            if (const std::optional<EscPosStatus> status = EscPosStatus::fromBytes(
                    static_cast<quint8>(answer[0]), static_cast<quint8>(answer[1]),
                    static_cast<quint8>(answer[2])))
                m_lastStatus = *status;
        }
        if (Status ready = m_lastStatus.readiness(); !ready) {
            Error refused = ready.error();
            return refused.prefixDetail(m_target.toString());
        }
    }

    Result<QImage> image = ThermalRaster::render(document, m_paper);
    if (!image)
        return image.error();
    if (Status sent =
            transport->write(EscPosCommands::job(*image, m_bandLines), m_timeouts.writeMs);
        !sent)
        return sent;
    transport->close();
    return {};
}

} // namespace pishkhan
