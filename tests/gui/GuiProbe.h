#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

// What the screenshot check looks for in a window: nothing drawn at all, and text wider than
// the widget that shows it (clipped labels and buttons); and the keyboard the GUI tests type on.
class GuiProbe
{
public:
    // Saves the window to `path` (PNG) and returns the problems found (empty = fine).
    static QStringList grabAndCheck(QWidget* window, const QString& path);
    // The longest the event loop went without running a 5 ms timer, while `running` is true.
    static qint64 maxStallMs(const std::function<bool()>& running, int timeoutMs);
    // Types text into w key by key. QTest::keyClicks() knows Latin-1 only; a counter keyboard
    // types Persian letters and digits, which reach the widget as key events carrying their text.
    static void typeText(QWidget* w, const QString& text);
};
