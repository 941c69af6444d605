#pragma once

#include "storage/DraftStore.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class HintLabel;

// The clerk's serve drafts (F10), most recently saved first: when, which service, whose
// (masked) national code. Enter resumes the selected draft in the serve page, Delete removes it.
// The store and the serve flow hold the rules; this page lists and asks.
class DraftsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DraftsPage(DeskRuntime& runtime, QWidget* parent = nullptr);

    void refresh();
    void resumeCurrent();
    void deleteCurrent();
    // Why the chosen draft could not be resumed; the list stays as it was.
    void showError(const QString& message);
    [[nodiscard]] const QList<DraftStore::Draft>& drafts() const { return m_drafts; }

signals:
    void resumeRequested(qint64 draftId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] const DraftStore::Draft* current() const;

    DeskRuntime& m_runtime;
    QTableWidget* m_table;
    QPushButton* m_resume;
    QPushButton* m_delete;
    HintLabel* m_message;
    QList<DraftStore::Draft> m_drafts;
};

} // namespace pishkhan::ui
