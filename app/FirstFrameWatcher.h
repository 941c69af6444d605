#pragma once

#include <QObject>

#include <functional>

class QWindow;

namespace pishkhan {

// Calls `then` once, after the window's first frame. Qt Widgets paints and flushes the backing
// store while it handles the first Expose of the native window, so a call queued from here
// runs once that frame has been handed to the window system.
class FirstFrameWatcher : public QObject
{
public:
    FirstFrameWatcher(QWindow* window, std::function<void()> then);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<void()> m_then;
};

} // namespace pishkhan
