#include "GuiProbe.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

bool isBlank(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (image.pixel(x, y) != first)
                return false;
    return true;
}

} // namespace

QStringList GuiProbe::grabAndCheck(QWidget* window, const QString& path)
{
    QStringList problems;
    const QPixmap pixmap = window->grab();
    if (!pixmap.save(path))
        problems.append(u"cannot save "_s + path);
    if (pixmap.isNull() || isBlank(pixmap.toImage()))
        problems.append(u"empty window: "_s + path);
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(window) || label->wordWrap() || label->text().isEmpty())
            continue;
        QString text = label->text();
        if (Qt::mightBeRichText(text)) {
            QTextDocument doc;
            doc.setDefaultFont(label->font());
            doc.setHtml(text);
            text = doc.toPlainText();
        }
        const int needed = label->fontMetrics().horizontalAdvance(text);
        if (needed > label->contentsRect().width() + 1)
            problems.append(u"clipped label %1 (%2 > %3): %4"_s.arg(label->objectName())
                                .arg(needed)
                                .arg(label->contentsRect().width())
                                .arg(text));
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(window) || button->text().isEmpty())
            continue;
        const int needed = button->fontMetrics().horizontalAdvance(button->text());
        if (needed > button->width())
            problems.append(u"clipped button %1: %2"_s.arg(button->objectName(), button->text()));
    }
    return problems;
}

qint64 GuiProbe::maxStallMs(const std::function<bool()>& running, int timeoutMs)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer since;
    since.start();
    qint64 worst = 0;
    QTimer timer;
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, [&] { worst = qMax(worst, since.restart()); });
    timer.start();
    while (running() && total.elapsed() < timeoutMs)
        QTest::qWait(5);
    return worst;
}
