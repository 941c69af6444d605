#pragma once

#include <QDockWidget>
#include <QJsonArray>

#include <functional>

class QPlainTextEdit;
class QTimer;

namespace pishkhan::ui {

// Training mode only: the citizen's "phone". Shows what the in-process sandbox texted, newest
// first, so a trainee can read the one-time code. Asks the source (the runtime, which keeps
// the texts encrypted) on a timer.
class SmsLogPanel : public QDockWidget
{
    Q_OBJECT
public:
    // source: the newest texts, oldest first, each {at, to, challenge_id, text}.
    using Source = std::function<QJsonArray()>;
    explicit SmsLogPanel(Source source, QWidget* parent = nullptr);

    void refresh();
    // The text of the newest message, for tests and the "copy code" habit.
    [[nodiscard]] QString lastMessage() const { return m_last; }

private:
    Source m_source;
    QJsonArray m_shown;
    QString m_last;
    QPlainTextEdit* m_view;
    QTimer* m_timer;
};

} // namespace pishkhan::ui
