#include "HintLabel.h"

#include <QApplication>

namespace pishkhan::ui {

HintLabel::HintLabel(Kind kind, QWidget* parent)
    : QLabel(parent)
    , m_kind(kind)
{
    setKind(kind);
}

void HintLabel::setKind(Kind kind)
{
    m_kind = kind;
    // Only the text colour is set; everything else keeps following the parent's palette.
    QPalette palette;
    if (kind != Kind::Plain)
        palette.setColor(QPalette::WindowText, colour(kind));
    setPalette(palette);
}

void HintLabel::setBold(bool bold)
{
    QFont f = font();
    f.setBold(bold);
    setFont(f);
}

QColor HintLabel::colour(Kind kind)
{
    switch (kind) {
    case Kind::Plain:
        break;
    case Kind::Error:
        return QColor(0xb3, 0x26, 0x1e);
    case Kind::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case Kind::Ok:
        return QColor(0x1b, 0x5e, 0x20);
    case Kind::Busy:
        return QColor(0x1f, 0x5f, 0xa8);
    case Kind::Idle:
        return QColor(0x55, 0x55, 0x55);
    }
    return QApplication::palette().color(QPalette::WindowText);
}

} // namespace pishkhan::ui
