#pragma once

#include "counter/FieldSchema.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace pishkhan::ui {

class HintLabel;

// Serving, step 3: the chosen service's form, one editor and one hint per field of its schema:
// a line edit, a combo for a choice, three small edits for a registered plate (section, main,
// sub). Whatever the editor, a field carries one text (FieldSchema::joinParts), which
// ServePage checks and ServeFlow and drafts keep. Enter in any field asks to go on.
class ServeFormStep : public QWidget
{
    Q_OBJECT
public:
    explicit ServeFormStep(QWidget* parent = nullptr);

    // The heading above the fields and the fields themselves, replacing the previous form.
    void showForm(const QString& heading, const QList<FieldSchema>& fields);

    // Field name → its one text (a choice's value, a plate's joined parts).
    [[nodiscard]] QMap<QString, QString> inputs() const;
    void setHint(const QString& field, const QString& text);
    // Puts a field's one text into its editors as if typed (a plate's text is split into its
    // three edits, a choice's value or label picks its entry) and reports it like an edit.
    void fill(const QString& fieldName, const QString& text);

    // The line edit holding a field's one text; null for a name the form does not have. For a
    // choice or a plate it is an invisible holder kept in step with the visible editors: setting
    // its text fills them, and focusing it focuses the first of them.
    [[nodiscard]] QLineEdit* field(const QString& name) const;
    // The first field in the schema's order; null for a form without fields.
    [[nodiscard]] QLineEdit* firstField() const;
    // The widgets a clerk types into for a field, in tab order (empty for an unknown name).
    [[nodiscard]] QList<QWidget*> editors(const QString& name) const;

signals:
    void fieldEdited(const QString& name, const QString& text);
    void submitted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Editor
    {
        FieldSchema schema;
        QLineEdit* value = nullptr;  // the one text (visible edit, or hidden holder)
        QComboBox* choice = nullptr; // choice fields
        QList<QLineEdit*> parts;     // registered plates: section, main, sub
    };

    QWidget* buildEditor(Editor& editor);
    [[nodiscard]] static QList<QWidget*> editorsOf(const Editor& editor);
    [[nodiscard]] QString textOf(const Editor& editor) const;
    // Shows a field's one text in its visible editors without reporting an edit.
    void showValue(const Editor& editor, const QString& text);
    // The visible editors changed: the holder takes their text and the edit is reported.
    void editorsEdited(const QString& name);

    QLabel* m_heading;
    QFormLayout* m_fields;
    QStringList m_order;
    QMap<QString, Editor> m_editors;
    QMap<QString, HintLabel*> m_hints;
    bool m_syncing = false;
};

} // namespace pishkhan::ui
