#include "ServeFormStep.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "counter/FieldSchema.h"
#include "counter/UiLanguage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

ServeFormStep::ServeFormStep(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
{
    m_heading->setObjectName(u"formService"_s);
    m_heading->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    auto* holder = new QWidget(this);
    holder->setObjectName(u"formFields"_s);
    m_fields = new QFormLayout(holder);
    layout->addWidget(holder);
    layout->addStretch(1);
}

void ServeFormStep::showForm(const QString& heading, const QList<FieldSchema>& fields)
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_order.clear();
    m_edits.clear();
    m_hints.clear();
    m_heading->setText(heading);
    QLineEdit* previous = nullptr;
    for (const FieldSchema& field : fields) {
        auto* edit = new QLineEdit;
        edit->setObjectName(u"field_"_s + field.name);
        auto* hint = DisplayFormat::hint(nullptr);
        hint->setObjectName(u"fieldHint_"_s + field.name);
        switch (field.type) {
        case FieldType::RenovationCode:
            DisplayFormat::keepLeftToRight(edit);
            edit->setPlaceholderText(tr("district-area-block-property-building-apartment-shop"));
            break;
        case FieldType::RegisteredPlate:
            DisplayFormat::keepLeftToRight(edit);
            edit->setPlaceholderText(tr("section-main-sub"));
            break;
        case FieldType::JalaliDate:
            DisplayFormat::keepLeftToRight(edit);
            edit->setPlaceholderText(tr("yyyy/mm/dd (Solar Hijri)"));
            break;
        case FieldType::NationalCode:
        case FieldType::Mobile:
        case FieldType::Number:
            DisplayFormat::keepLeftToRight(edit);
            break;
        case FieldType::Choice: {
            QStringList labels;
            for (const FieldChoice& c : field.choices)
                labels.append(UiLanguage::pick(c.labelFa, c.labelEn));
            edit->setPlaceholderText(labels.join(u" / "_s));
            break;
        }
        case FieldType::Text:
            break;
        }
        const QString label = field.label() + (field.required ? u" *"_s : QString());
        m_fields->addRow(label, edit);
        m_fields->addRow(QString(), hint);
        const QString name = field.name;
        connect(edit, &QLineEdit::textEdited, this,
                [this, name](const QString& text) { emit fieldEdited(name, text); });
        connect(edit, &QLineEdit::returnPressed, this, &ServeFormStep::submitted);
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        m_order.append(field.name);
        m_edits.insert(field.name, edit);
        m_hints.insert(field.name, hint);
    }
}

QMap<QString, QString> ServeFormStep::inputs() const
{
    QMap<QString, QString> inputs;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        inputs.insert(it.key(), it.value()->text());
    return inputs;
}

void ServeFormStep::setHint(const QString& field, const QString& text)
{
    if (HintLabel* hint = m_hints.value(field))
        hint->setText(text);
}

QLineEdit* ServeFormStep::field(const QString& name) const
{
    return m_edits.value(name);
}

QLineEdit* ServeFormStep::firstField() const
{
    return m_order.isEmpty() ? nullptr : m_edits.value(m_order.first());
}

} // namespace pishkhan::ui
