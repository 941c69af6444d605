#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace pishkhan {
struct FieldSchema;
}

namespace pishkhan::ui {

class HintLabel;

// Serving, step 3: the chosen service's form, one line edit and one hint per field of its
// schema. ServePage checks what is typed and fills the hints; Enter in any field asks to go on.
class ServeFormStep : public QWidget
{
    Q_OBJECT
public:
    explicit ServeFormStep(QWidget* parent = nullptr);

    // The heading above the fields and the fields themselves, replacing the previous form.
    void showForm(const QString& heading, const QList<FieldSchema>& fields);

    // Field name → text as typed.
    [[nodiscard]] QMap<QString, QString> inputs() const;
    void setHint(const QString& field, const QString& text);
    // Null for a name the form does not have.
    [[nodiscard]] QLineEdit* field(const QString& name) const;
    // The first field in the schema's order; null for a form without fields.
    [[nodiscard]] QLineEdit* firstField() const;

signals:
    void fieldEdited(const QString& name, const QString& text);
    void submitted();

private:
    QLabel* m_heading;
    QFormLayout* m_fields;
    QStringList m_order;
    QMap<QString, QLineEdit*> m_edits;
    QMap<QString, HintLabel*> m_hints;
};

} // namespace pishkhan::ui
