#pragma once

#include <QDockWidget>

class QPlainTextEdit;
class QTimer;

namespace pishkhan::ui {

// Training mode only: the citizen's "phone". Shows what the in-process sandbox texted, newest
// last, so a trainee can read the one-time code. Reads the sandbox's SMS log file (a small
// file appended line by line) on a timer.
class SmsLogPanel : public QDockWidget
{
    Q_OBJECT
public:
    SmsLogPanel(QString path, QWidget* parent = nullptr);

    void refresh();
    // The text of the newest message, for tests and the "copy code" habit.
    [[nodiscard]] QString lastMessage() const { return m_last; }

private:
    QString m_path;
    qint64 m_size = -1;
    QString m_last;
    QPlainTextEdit* m_view;
    QTimer* m_timer;
};

} // namespace pishkhan::ui
