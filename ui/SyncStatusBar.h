#pragma once

#include "sync/SyncSnapshot.h"

#include <QStatusBar>

class QLabel;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

// Always visible: online / offline / syncing, queue depth, needs-attention count and the last
// successful sync, from the sync engine's snapshot (signals only, never a query per paint).
class SyncStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit SyncStatusBar(DeskRuntime& runtime, QWidget* parent = nullptr);

    void attach(); // once the runtime is ready
    void showSnapshot(const SyncSnapshot& snapshot);

private:
    DeskRuntime& m_runtime;
    QLabel* m_link;
    QLabel* m_queue;
    QLabel* m_attention;
    QLabel* m_lastSync;
};

} // namespace pishkhan::ui
