#include "GuiProbe.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>
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

QString plain(const QString& text, const QFont& font)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setDefaultFont(font);
    doc.setHtml(text);
    return doc.toPlainText();
}

// The widest line of a (possibly multi-line) text.
int advance(const QFontMetrics& metrics, const QString& text)
{
    int widest = 0;
    for (const QString& line : text.split(u'\n'))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

QString name(const QWidget* w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

void checkLabels(QWidget* window, QStringList& problems)
{
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty())
            continue;
        const QRect box = label->contentsRect();
        if (label->wordWrap()) {
            // A wrapped label must be tall enough for its text at its width.
            const int needed = label->heightForWidth(box.width() + 2 * label->margin());
            if (needed > label->height() + 1)
                problems.append(u"clipped wrapped label %1 (height %2 > %3): %4"_s.arg(name(label))
                                    .arg(needed)
                                    .arg(label->height())
                                    .arg(plain(label->text(), label->font())));
            continue;
        }
        const QString text = plain(label->text(), label->font());
        const int needed = advance(label->fontMetrics(), text);
        if (needed > box.width() + 1)
            problems.append(u"clipped label %1 (%2 > %3): %4"_s.arg(name(label))
                                .arg(needed)
                                .arg(box.width())
                                .arg(text));
    }
}

void checkButtons(QWidget* window, QStringList& problems)
{
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(window) || button->text().isEmpty())
            continue;
        QString text = button->text();
        text.remove(u'&');
        int room = button->contentsRect().width();
        // A check box or radio button draws its indicator inside its own width.
        if (qobject_cast<QCheckBox*>(button) || qobject_cast<QRadioButton*>(button)) {
            const auto metric = qobject_cast<QCheckBox*>(button)
                                    ? QStyle::PM_IndicatorWidth
                                    : QStyle::PM_ExclusiveIndicatorWidth;
            room -= button->style()->pixelMetric(metric, nullptr, button) +
                    button->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, button);
        }
        const int needed = advance(button->fontMetrics(), text);
        if (needed > room)
            problems.append(u"clipped button %1 (%2 > %3): %4"_s.arg(name(button))
                                .arg(needed)
                                .arg(room)
                                .arg(text));
    }
}

void checkLineEdits(QWidget* window, QStringList& problems)
{
    for (QLineEdit* edit : window->findChildren<QLineEdit*>()) {
        if (!edit->isVisibleTo(window) || edit->text().isEmpty() ||
            edit->echoMode() != QLineEdit::Normal)
            continue;
        // The text area is the contents less the line edit's own side margins (2 px each).
        const int room = edit->contentsRect().width() - 4;
        const int needed = edit->fontMetrics().horizontalAdvance(edit->text());
        if (needed > room)
            problems.append(u"clipped line edit %1 (%2 > %3): %4"_s.arg(name(edit))
                                .arg(needed)
                                .arg(room)
                                .arg(edit->text()));
    }
}

void checkTableHeaders(QWidget* window, QStringList& problems)
{
    for (QTableView* table : window->findChildren<QTableView*>()) {
        if (!table->isVisibleTo(window) || !table->model())
            continue;
        QHeaderView* header = table->horizontalHeader();
        if (header->isHidden())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text =
                table->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            // What the header itself asks for (text, margins, sort indicator space).
            const int needed = header->sectionSizeHint(section);
            const int size = header->sectionSize(section);
            if (needed > size + 1)
                problems.append(u"clipped header %1 column %2 (%3 > %4): %5"_s.arg(name(table))
                                    .arg(section)
                                    .arg(needed)
                                    .arg(size)
                                    .arg(text));
        }
    }
}

} // namespace

QStringList GuiProbe::grabAndCheck(QWidget* window, const QString& path)
{
    QStringList problems;
    // A label whose text changed in this turn of the event loop (the sync status, say) still
    // has its old width until the posted layout request runs; the window shows the new layout
    // a moment later, so the picture and the checks are taken after it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap pixmap = window->grab();
    if (!pixmap.save(path))
        problems.append(u"cannot save "_s + path);
    if (pixmap.isNull() || isBlank(pixmap.toImage()))
        problems.append(u"empty window: "_s + path);
    QStringList found;
    checkLabels(window, found);
    checkButtons(window, found);
    checkLineEdits(window, found);
    checkTableHeaders(window, found);
    for (const QString& p : found)
        problems.append(path.section(u'/', -1) + u": "_s + p);
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

void GuiProbe::typeText(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(w, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
