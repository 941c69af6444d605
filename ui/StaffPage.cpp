#include "StaffPage.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "counter/DeskRuntime.h"
#include "security/AccountService.h"
#include "security/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

StaffPage::StaffPage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_table(new QTableWidget(this))
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_mustChange(new QCheckBox(tr("Must choose their own password at the first log-in"), this))
    , m_add(new QPushButton(tr("Add account"), this))
    , m_selectedName(new QLabel(this))
    , m_newPassword(new QLineEdit(this))
    , m_reset(new QPushButton(tr("Reset password"), this))
    , m_unlock(new QPushButton(tr("Unlock"), this))
    , m_toggleActive(new QPushButton(tr("Disable"), this))
    , m_newRole(new QComboBox(this))
    , m_changeRole(new QPushButton(tr("Change role"), this))
    , m_message(DisplayFormat::hint(this))
{
    setObjectName(u"staffPage"_s);
    m_table->setObjectName(u"staffTable"_s);
    m_username->setObjectName(u"staffUsername"_s);
    m_displayName->setObjectName(u"staffDisplayName"_s);
    m_role->setObjectName(u"staffRole"_s);
    m_password->setObjectName(u"staffPassword"_s);
    m_confirm->setObjectName(u"staffConfirm"_s);
    m_mustChange->setObjectName(u"staffMustChange"_s);
    m_add->setObjectName(u"staffAdd"_s);
    m_newPassword->setObjectName(u"staffNewPassword"_s);
    m_reset->setObjectName(u"staffReset"_s);
    m_unlock->setObjectName(u"staffUnlock"_s);
    m_toggleActive->setObjectName(u"staffToggleActive"_s);
    m_newRole->setObjectName(u"staffNewRole"_s);
    m_changeRole->setObjectName(u"staffChangeRole"_s);
    m_message->setObjectName(u"staffMessage"_s);

    auto* title = new QLabel(tr("Staff of the office"), this);
    DisplayFormat::makeTitle(title);
    auto* note = new QLabel(tr("Accounts are never deleted: a leaver is disabled, so their name "
                               "stays on past receipts. Changes reach the office's other "
                               "counters at the next sync."),
                            this);
    note->setWordWrap(true);
    DisplayFormat::setUpTable(m_table, {tr("Name"), tr("User name"), tr("Role"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);

    for (QLineEdit* p : {m_password, m_confirm, m_newPassword})
        p->setEchoMode(QLineEdit::Password);
    m_username->setPlaceholderText(tr("Persian or Latin letters, digits, . _ - @"));
    m_mustChange->setChecked(true);
    fillRoles(m_role);
    fillRoles(m_newRole);

    auto* addBox = new QGroupBox(tr("New account"), this);
    auto* addForm = new QFormLayout(addBox);
    addForm->addRow(tr("User name"), m_username);
    addForm->addRow(tr("Full name"), m_displayName);
    addForm->addRow(tr("Role"), m_role);
    addForm->addRow(tr("Password"), m_password);
    addForm->addRow(tr("Repeat password"), m_confirm);
    addForm->addRow(m_mustChange);
    addForm->addRow(m_add);

    auto* changeBox = new QGroupBox(tr("Selected account"), this);
    auto* changeForm = new QFormLayout(changeBox);
    changeForm->addRow(m_selectedName);
    auto* resetRow = new QHBoxLayout;
    resetRow->addWidget(m_newPassword, 1);
    resetRow->addWidget(m_reset);
    changeForm->addRow(tr("New password"), resetRow);
    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_newRole, 1);
    roleRow->addWidget(m_changeRole);
    changeForm->addRow(tr("Role"), roleRow);
    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_unlock);
    stateRow->addWidget(m_toggleActive);
    stateRow->addStretch(1);
    changeForm->addRow(stateRow);

    auto* forms = new QHBoxLayout;
    forms->addWidget(addBox, 1);
    forms->addWidget(changeBox, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(forms);
    layout->addWidget(m_message);

    for (QLineEdit* e : {m_username, m_displayName, m_password, m_confirm})
        connect(e, &QLineEdit::returnPressed, this, &StaffPage::addAccount);
    connect(m_add, &QPushButton::clicked, this, &StaffPage::addAccount);
    connect(m_newPassword, &QLineEdit::returnPressed, this, &StaffPage::resetPassword);
    connect(m_reset, &QPushButton::clicked, this, &StaffPage::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &StaffPage::unlock);
    connect(m_toggleActive, &QPushButton::clicked, this, &StaffPage::toggleActive);
    connect(m_changeRole, &QPushButton::clicked, this, &StaffPage::changeRole);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffPage::selectionChanged);
    selectionChanged();
}

void StaffPage::fillRoles(QComboBox* combo)
{
    for (Role role : kAllRoles)
        combo->addItem(roleDisplayName(role), roleName(role));
}

void StaffPage::refresh()
{
    const QString keep = selected() ? selected()->username : QString();
    Result<QList<Account>> accounts = m_runtime.accounts().listAccounts(m_runtime.session());
    if (!accounts) {
        m_message->setText(accounts.error().userMessage());
        return;
    }
    m_accounts = *accounts;
    const qint64 now = m_runtime.accounts().clock().nowMs();
    m_table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account& a = m_accounts.at(row);
        QStringList state{a.active ? tr("Active") : tr("Disabled")};
        if (a.isLocked(now))
            state << tr("Locked");
        if (a.mustChangePassword)
            state << tr("Must change password");
        m_table->setItem(row, 0, DisplayFormat::cell(a.displayName));
        m_table->setItem(row, 1, DisplayFormat::cell(a.username));
        m_table->setItem(row, 2, DisplayFormat::cell(roleDisplayName(a.role)));
        m_table->setItem(row, 3, DisplayFormat::cell(state.join(u"، "_s)));
        if (a.username == keep)
            m_table->setCurrentCell(row, 0);
    }
    m_table->resizeColumnsToContents();
    selectionChanged();
}

const Account* StaffPage::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

void StaffPage::selectionChanged()
{
    const Account* a = selected();
    for (QWidget* w : std::initializer_list<QWidget*>{m_newPassword, m_reset, m_unlock,
                                                      m_toggleActive, m_newRole, m_changeRole})
        w->setEnabled(a != nullptr);
    if (!a) {
        m_selectedName->setText(tr("Select an account in the table."));
        return;
    }
    m_selectedName->setText(tr("%1 (%2)").arg(a->displayName, a->username));
    m_toggleActive->setText(a->active ? tr("Disable") : tr("Enable"));
    m_newRole->setCurrentIndex(m_newRole->findData(roleName(a->role)));
}

void StaffPage::report(const Status& status, const QString& done)
{
    if (!status) {
        m_message->setKind(HintLabel::Kind::Error);
        m_message->setText(status.error().userMessage());
        return;
    }
    refresh();
    m_message->setKind(HintLabel::Kind::Ok);
    m_message->setText(done);
}

void StaffPage::addAccount()
{
    if (m_password->text() != m_confirm->text()) {
        m_message->setKind(HintLabel::Kind::Error);
        m_message->setText(tr("The two passwords are not the same."));
        return;
    }
    const Role role = roleFromName(m_role->currentData().toString()).value_or(Role::Clerk);
    Result<qint64> id = m_runtime.accounts().createAccount(
        m_runtime.session(), m_username->text(), m_displayName->text(), role, m_password->text(),
        m_mustChange->isChecked() ? AccountService::FirstLogin::ChooseNewPassword
                                  : AccountService::FirstLogin::KeepPassword);
    m_password->clear();
    m_confirm->clear();
    if (!id) {
        report(Status(id.error()), {});
        return;
    }
    const QString name = m_displayName->text().trimmed();
    m_username->clear();
    m_displayName->clear();
    report({}, tr("%1 was added.").arg(name));
    m_username->setFocus();
}

void StaffPage::resetPassword()
{
    const Account* a = selected();
    if (!a)
        return;
    const QString name = a->displayName;
    const Status s =
        m_runtime.accounts().resetPassword(m_runtime.session(), a->id, m_newPassword->text());
    m_newPassword->clear();
    report(s,
           tr("The password of %1 was reset; they choose a new one at the next log-in.").arg(name));
}

void StaffPage::unlock()
{
    if (const Account* a = selected())
        report(m_runtime.accounts().unlockAccount(m_runtime.session(), a->id),
               tr("%1 can log in again.").arg(a->displayName));
}

void StaffPage::toggleActive()
{
    const Account* a = selected();
    if (!a)
        return;
    const bool enable = !a->active;
    const QString name = a->displayName;
    report(m_runtime.accounts().setAccountActive(m_runtime.session(), a->id, enable),
           enable ? tr("%1 was enabled.").arg(name) : tr("%1 was disabled.").arg(name));
}

void StaffPage::changeRole()
{
    const Account* a = selected();
    if (!a)
        return;
    const Role role = roleFromName(m_newRole->currentData().toString()).value_or(Role::Clerk);
    const QString name = a->displayName;
    report(m_runtime.accounts().setAccountRole(m_runtime.session(), a->id, role),
           tr("%1 is now %2.").arg(name, roleDisplayName(role)));
}

} // namespace pishkhan::ui
