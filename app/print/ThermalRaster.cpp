#include "ThermalRaster.h"

#include "PaperLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextObjectInterface>

#include <cmath>
#include <numeric>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

constexpr int kDotsPerMeter = 7992; // 203 dpi; QImage reports qRound(7992 * 0.0254) = 203

// The size of the cell a bilevel image is drawn on: the greatest common divisor of the
// lengths of its dark and light runs, across and down. A QR code drawn at n pixels a module
// gives n; a photo or a smooth logo gives 1.
int cellSize(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    int g = 0;
    auto dark = [&](int x, int y) { return grey.constScanLine(y)[x] < 128; };
    for (int y = 0; y < grey.height() && g != 1; ++y) {
        int run = 1;
        for (int x = 1; x <= grey.width(); ++x) {
            if (x < grey.width() && dark(x, y) == dark(x - 1, y)) {
                ++run;
                continue;
            }
            g = std::gcd(g, run);
            run = 1;
        }
    }
    for (int x = 0; x < grey.width() && g != 1; ++x) {
        int run = 1;
        for (int y = 1; y <= grey.height(); ++y) {
            if (y < grey.height() && dark(x, y) == dark(x, y - 1)) {
                ++run;
                continue;
            }
            g = std::gcd(g, run);
            run = 1;
        }
    }
    return std::max(g, 1);
}

// Draws document images on whole dots: each cell of the source (a QR module) becomes an
// equal square of dots, sized as Qt would size the image at this resolution but rounded to
// whole dots, and made smaller if it would not fit the text width. Qt's own handler scales by
// 203/96 and smears module edges into grey that the threshold then turns ragged.
class WholeDotImageHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    WholeDotImageHandler(qreal deviceDpi, int maxWidth, QObject* parent)
        : QObject(parent)
        , m_scale(deviceDpi / 96.0)
        , m_maxWidth(maxWidth)
    {}

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override
    {
        return QSizeF(dots(doc, format).size());
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int,
                    const QTextFormat& format) override
    {
        painter->drawImage(QPoint(qRound(rect.x()), qRound(rect.y())), dots(doc, format));
    }

private:
    const QImage& dots(QTextDocument* doc, const QTextFormat& format)
    {
        const QString name = format.toImageFormat().name();
        auto it = m_cache.constFind(name);
        if (it != m_cache.constEnd())
            return *it;
        const QImage source =
            doc->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
        return *m_cache.insert(name, wholeDots(source));
    }

    QImage wholeDots(const QImage& source) const
    {
        if (source.isNull())
            return {};
        const int cell = cellSize(source);
        const int cellsWide = (source.width() + cell - 1) / cell;
        const int cellsHigh = (source.height() + cell - 1) / cell;
        int perCell = std::max(1, qRound(cell * m_scale));
        if (cellsWide * perCell > m_maxWidth)
            perCell = std::max(1, m_maxWidth / cellsWide);
        const QImage grey = source.convertToFormat(QImage::Format_Grayscale8);
        QImage out(cellsWide * perCell, cellsHigh * perCell, QImage::Format_Grayscale8);
        for (int cy = 0; cy < cellsHigh; ++cy) {
            const int sy = std::min(cy * cell + cell / 2, grey.height() - 1);
            for (int y = cy * perCell; y < (cy + 1) * perCell; ++y) {
                uchar* line = out.scanLine(y);
                for (int cx = 0; cx < cellsWide; ++cx) {
                    const int sx = std::min(cx * cell + cell / 2, grey.width() - 1);
                    const uchar v = grey.constScanLine(sy)[sx] < 128 ? 0 : 255;
                    std::fill(line + cx * perCell, line + (cx + 1) * perCell, v);
                }
            }
        }
        return out;
    }

    qreal m_scale;
    int m_maxWidth;
    QHash<QString, QImage> m_cache;
};

} // namespace

int ThermalRaster::widthDots(PaperSize paper)
{
    switch (paper) {
    case PaperSize::Roll80mm:
        return 576;
    case PaperSize::Roll58mm:
        return 384;
    case PaperSize::A5:
    case PaperSize::A4:
        break;
    }
    return 0;
}

Result<QImage> ThermalRaster::render(const PrintableDocument& document, PaperSize paper)
{
    const int width = widthDots(paper);
    if (width == 0)
        return PaperLayout::layoutError(u"a thermal printer prints on a roll, not on "_s +
                                        paperSizeKey(paper));
    const int textWidth = width - 2 * kSideMarginDots;

    // The layout is done in the printer's own dots so a point size is the same size on paper.
    QImage layoutDevice(8, 8, QImage::Format_Grayscale8);
    layoutDevice.setDotsPerMeterX(kDotsPerMeter);
    layoutDevice.setDotsPerMeterY(kDotsPerMeter);
    QTextDocument doc;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    layout->setPaintDevice(&layoutDevice);
    layout->registerHandler(QTextFormat::ImageObject,
                            new WholeDotImageHandler(layoutDevice.logicalDpiX(), textWidth, &doc));
    document.loadInto(doc, paper);
    doc.setTextWidth(textWidth);
    const int height = static_cast<int>(std::ceil(doc.size().height())) + 2 * kMarginDots;
    if (doc.isEmpty())
        return PaperLayout::layoutError(u"the document has no text"_s);

    QImage grey(width, height, QImage::Format_Grayscale8);
    grey.setDotsPerMeterX(kDotsPerMeter);
    grey.setDotsPerMeterY(kDotsPerMeter);
    grey.fill(Qt::white);
    {
        QPainter painter(&grey);
        if (!painter.isActive())
            return PaperLayout::layoutError(u"cannot paint a %1×%2 image"_s.arg(width).arg(height));
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.translate(kSideMarginDots, kMarginDots);
        // Ink only: the screen palette draws rules (<hr/>) in light grey, which the threshold
        // would drop from the paper.
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        context.palette.setColor(QPalette::Dark, Qt::black);
        context.palette.setColor(QPalette::Mid, Qt::black);
        layout->draw(&painter, context);
    }

    QImage mono(width, height, QImage::Format_Mono);
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    mono.setDotsPerMeterX(kDotsPerMeter);
    mono.setDotsPerMeterY(kDotsPerMeter);
    const int bytes = width / 8; // both roll widths are whole bytes
    for (int y = 0; y < height; ++y) {
        const uchar* in = grey.constScanLine(y);
        uchar* out = mono.scanLine(y);
        for (int b = 0; b < bytes; ++b) {
            uchar packed = 0;
            for (int bit = 0; bit < 8; ++bit)
                if (in[b * 8 + bit] < kThreshold)
                    packed |= static_cast<uchar>(0x80 >> bit);
            out[b] = packed;
        }
    }
    return mono;
}

} // namespace pishkhan

#include "ThermalRaster.moc"
