#include "RecoveryKeyDialog.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "counter/UiLanguage.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const RecoveryKey& key, int confirmGroup, QWidget* parent)
    : QDialog(parent)
    , m_key(key)
    , m_group(confirmGroup)
    , m_typed(new QLineEdit(this))
    , m_message(DisplayFormat::hint(this))
{
    setObjectName(u"recoveryKeyDialog"_s);
    setWindowTitle(tr("Recovery key"));
    m_typed->setObjectName(u"recoveryKeyConfirm"_s);
    m_message->setObjectName(u"recoveryKeyMessage"_s);

    auto* intro = new QLabel(
        tr("This is the only way to open the office's ledger and queue on another PC if this "
           "one fails. Print it or write it down, and keep it locked away from the PC. It is "
           "shown once."),
        this);
    intro->setWordWrap(true);
    auto* shown = new QLabel(this);
    shown->setObjectName(u"recoveryKeyText"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    shown->setFont(mono);
    shown->setLayoutDirection(Qt::LeftToRight);
    shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QStringList groups = m_key.groups();
    shown->setText(groups.mid(0, 7).join(u"  "_s) + u'\n' + groups.mid(7).join(u"  "_s));
    auto* ask = new QLabel(tr("To show it is written down, type group %1 (counting from the left):")
                               .arg(DisplayFormat::count(m_group + 1)),
                           this);
    ask->setWordWrap(true);
    m_typed->setLayoutDirection(Qt::LeftToRight);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    QPushButton* done =
        buttons->addButton(tr("I have written it down"), QDialogButtonBox::AcceptRole);
    done->setObjectName(u"recoveryKeyDone"_s);
    connect(printButton, &QPushButton::clicked, this, &RecoveryKeyDialog::print);
    connect(done, &QPushButton::clicked, this, &RecoveryKeyDialog::confirm);
    connect(m_typed, &QLineEdit::returnPressed, this, &RecoveryKeyDialog::confirm);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(shown);
    layout->addWidget(ask);
    layout->addWidget(m_typed);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void RecoveryKeyDialog::confirm()
{
    if (!m_key.confirmGroup(m_group, m_typed->text())) {
        m_message->setText(tr("That is not group %1 of the key. Check what you wrote down.")
                               .arg(DisplayFormat::count(m_group + 1)));
        m_typed->selectAll();
        return;
    }
    accept();
}

void RecoveryKeyDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(u"<h2>"_s + tr("Pishkhan Desk recovery key").toHtmlEscaped() +
                u"</h2><p style=\"font-family:monospace;font-size:16pt\" dir=\"ltr\">"_s +
                m_key.groups().join(u" "_s) + u"</p><p>"_s +
                tr("Keep this sheet locked away from the PC.").toHtmlEscaped() + u"</p>"_s);
    doc.print(&printer);
}

} // namespace pishkhan::ui
