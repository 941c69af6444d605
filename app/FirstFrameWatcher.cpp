#include "FirstFrameWatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWindow>

#include <utility>

namespace pishkhan {

FirstFrameWatcher::FirstFrameWatcher(QWindow* window, std::function<void()> then)
    : QObject(window)
    , m_then(std::move(then))
{
    window->installEventFilter(this);
}

bool FirstFrameWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Expose && m_then && static_cast<QWindow*>(watched)->isExposed())
        QTimer::singleShot(0, this, std::exchange(m_then, nullptr));
    return false;
}

} // namespace pishkhan
