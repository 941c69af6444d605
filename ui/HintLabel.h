#pragma once

#include <QColor>
#include <QLabel>

namespace pishkhan::ui {

// A label that says how something stands: a refusal, a warning, a success, a link that is
// busy or idle. The only place the screens take a status colour from, so every error reads in
// the same red and every confirmation in the same green.
class HintLabel : public QLabel
{
    Q_OBJECT
public:
    enum class Kind {
        Plain,   // the platform's text colour
        Error,   // refused, failed, offline
        Warning, // allowed, but mind it (training mode)
        Ok,      // done, saved, online
        Busy,    // work under way (syncing)
        Idle,    // nothing under way, nothing wrong (not connected yet)
    };

    explicit HintLabel(Kind kind = Kind::Error, QWidget* parent = nullptr);

    [[nodiscard]] Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    // Bold text, for a hint that must not be overlooked.
    void setBold(bool bold);

    // The colour of a kind; Plain is the palette's own text colour.
    [[nodiscard]] static QColor colour(Kind kind);

private:
    Kind m_kind;
};

} // namespace pishkhan::ui
