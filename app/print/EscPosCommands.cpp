#include "EscPosCommands.h"

#include <QImage>

#include <algorithm>
#include <initializer_list>

namespace pishkhan {

namespace {

constexpr char kEsc = 0x1B;
constexpr char kGs = 0x1D;
constexpr char kDle = 0x10;
constexpr char kEot = 0x04;

QByteArray bytes(std::initializer_list<char> list)
{
    return QByteArray(list.begin(), static_cast<qsizetype>(list.size()));
}

char low(int v)
{
    return static_cast<char>(v & 0xFF);
}

char high(int v)
{
    return static_cast<char>((v >> 8) & 0xFF);
}

} // namespace

QByteArray EscPosCommands::init()
{
    return bytes({kEsc, '@'});
}

QByteArray EscPosCommands::raster(const QImage& source, int bandLines)
{
    if (source.isNull())
        return {};
    const QImage image = source.format() == QImage::Format_Mono
                             ? source
                             : source.convertToFormat(QImage::Format_Mono);
    // Which colour index prints: the darker one.
    const bool oneIsDark = image.colorCount() < 2 || qGray(image.color(1)) <= qGray(image.color(0));
    const int width = image.width();
    const int xBytes = (width + 7) / 8;
    const int padBits = xBytes * 8 - width;
    const auto lastMask = static_cast<uchar>(0xFF << padBits);
    bandLines = std::clamp(bandLines, 1, kMaxBandLines);

    QByteArray out;
    out.reserve(image.height() * xBytes + (image.height() / bandLines + 1) * 8);
    for (int top = 0; top < image.height(); top += bandLines) {
        const int lines = std::min(bandLines, image.height() - top);
        out.append(kGs);
        out.append('v');
        out.append('0');
        out.append('\0'); // m = 0: normal density, one dot per bit
        out.append(low(xBytes));
        out.append(high(xBytes));
        out.append(low(lines));
        out.append(high(lines));
        for (int y = top; y < top + lines; ++y) {
            const uchar* line = image.constScanLine(y);
            for (int x = 0; x < xBytes; ++x) {
                uchar b = oneIsDark ? line[x] : static_cast<uchar>(~line[x]);
                if (x == xBytes - 1)
                    b &= lastMask;
                out.append(static_cast<char>(b));
            }
        }
    }
    return out;
}

QByteArray EscPosCommands::feed(int lines)
{
    return bytes({kEsc, 'd', static_cast<char>(std::clamp(lines, 0, 255))});
}

QByteArray EscPosCommands::cut()
{
    return bytes({kGs, 'V', 66, '\0'});
}

QByteArray EscPosCommands::statusRequest(StatusRequest request)
{
    return bytes({kDle, kEot, static_cast<char>(request)});
}

QByteArray EscPosCommands::statusRequests()
{
    return statusRequest(StatusRequest::Printer) + statusRequest(StatusRequest::OfflineCause) +
           statusRequest(StatusRequest::PaperSensor);
}

QByteArray EscPosCommands::job(const QImage& image, int bandLines, int feedLines)
{
    return init() + raster(image, bandLines) + feed(feedLines) + cut();
}

} // namespace pishkhan
