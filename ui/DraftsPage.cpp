#include "DraftsPage.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "core/NationalCode.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

DraftsPage::DraftsPage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_table(new QTableWidget(this))
    , m_resume(new QPushButton(tr("Resume (Enter)"), this))
    , m_delete(new QPushButton(tr("Delete (Del)"), this))
    , m_message(DisplayFormat::hint(this))
{
    setObjectName(u"draftsPage"_s);
    m_table->setObjectName(u"draftsTable"_s);
    m_resume->setObjectName(u"draftResume"_s);
    m_delete->setObjectName(u"draftDelete"_s);
    m_message->setObjectName(u"draftsMessage"_s);
    DisplayFormat::setUpTable(m_table, {tr("Saved"), tr("Service"), tr("National code")});
    for (QPushButton* b : {m_resume, m_delete})
        b->setAutoDefault(false);

    auto* title = new QLabel(tr("Drafts: requests filled in but not sent yet"), this);
    title->setObjectName(u"draftsTitle"_s);
    DisplayFormat::makeTitle(title);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_resume);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    // The list has the focus: its own key handling would take Enter and Delete first.
    m_table->installEventFilter(this);

    connect(m_resume, &QPushButton::clicked, this, &DraftsPage::resumeCurrent);
    connect(m_delete, &QPushButton::clicked, this, &DraftsPage::deleteCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_resume->setEnabled(current() != nullptr);
        m_delete->setEnabled(current() != nullptr);
    });
}

void DraftsPage::refresh()
{
    m_message->setText(QString());
    auto list = DraftStore(m_runtime.database()).list(m_runtime.session().username);
    if (!list) {
        m_message->setKind(HintLabel::Kind::Error);
        m_message->setText(list.error().userMessage());
        m_drafts.clear();
    } else {
        m_drafts = *list;
    }
    m_table->setRowCount(int(m_drafts.size()));
    for (int row = 0; row < m_drafts.size(); ++row) {
        const DraftStore::Draft& d = m_drafts.at(row);
        const ServiceDefinition* service = m_runtime.catalogue().find(d.serviceId);
        const auto code = NationalCode::parse(d.nationalCode);
        m_table->setItem(row, 0, DisplayFormat::cell(DisplayFormat::moment(d.updatedAt)));
        m_table->setItem(row, 1,
                         DisplayFormat::cell(service
                                                 ? service->name()
                                                 : tr("(no longer offered) %1").arg(d.serviceId)));
        m_table->setItem(
            row, 2, DisplayFormat::cell(code ? UiLanguage::code(code->masked()) : QString(), true));
    }
    if (m_drafts.isEmpty()) {
        m_message->setKind(HintLabel::Kind::Plain);
        m_message->setText(tr("No drafts. On the serve form, Ctrl+S keeps what was typed."));
    } else {
        // The current cell, not only a selection: Enter and Delete act on the current row.
        m_table->setCurrentCell(0, 0);
        m_table->setFocus(Qt::OtherFocusReason);
    }
    m_resume->setEnabled(current() != nullptr);
    m_delete->setEnabled(current() != nullptr);
}

const DraftStore::Draft* DraftsPage::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_drafts.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_drafts.at(row);
}

void DraftsPage::showError(const QString& message)
{
    m_message->setKind(HintLabel::Kind::Error);
    m_message->setText(message);
}

void DraftsPage::resumeCurrent()
{
    if (const DraftStore::Draft* d = current())
        emit resumeRequested(d->id);
}

void DraftsPage::deleteCurrent()
{
    const DraftStore::Draft* d = current();
    if (!d)
        return;
    const int row = m_table->currentRow();
    if (Status ok = DraftStore(m_runtime.database()).remove(d->id); !ok) {
        m_message->setKind(HintLabel::Kind::Error);
        m_message->setText(ok.error().userMessage());
        return;
    }
    refresh();
    if (!m_drafts.isEmpty())
        m_table->setCurrentCell(qMin(row, int(m_drafts.size()) - 1), 0);
}

bool DraftsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            resumeCurrent();
            return true;
        }
        if (key == Qt::Key_Delete) {
            deleteCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DraftsPage::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        resumeCurrent();
        return;
    case Qt::Key_Delete:
        deleteCurrent();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace pishkhan::ui
