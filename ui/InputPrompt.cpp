#include "InputPrompt.h"

#include <QInputDialog>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

std::optional<QString> ask(QWidget* parent, const QString& name, const QString& title,
                           const QString& label, QLineEdit::EchoMode echo)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(name);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(echo);
    // Wide enough for a Persian sentence of reason without scrolling.
    dialog.resize(qMax(dialog.width(), 420), dialog.height());
    const int answer = dialog.exec();
    // Without a window manager (a kiosk counter, Xvfb) nobody gives the keyboard back to the
    // window under the dialog, and the clerk's function keys would go nowhere.
    if (parent)
        parent->window()->activateWindow();
    if (answer != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace

std::optional<QString> InputPrompt::password(QWidget* parent, const QString& title,
                                             const QString& label)
{
    return ask(parent, u"passwordPrompt"_s, title, label, QLineEdit::Password);
}

std::optional<QString> InputPrompt::reason(QWidget* parent, const QString& title,
                                           const QString& label)
{
    return ask(parent, u"reasonPrompt"_s, title, label, QLineEdit::Normal);
}

} // namespace pishkhan::ui
