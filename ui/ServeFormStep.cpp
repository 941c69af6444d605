#include "ServeFormStep.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "counter/UiLanguage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

// A plate part: up to nine digits in any of the three scripts a counter keyboard types.
QValidator* plateDigitsValidator(QObject* parent)
{
    return new QRegularExpressionValidator(
        QRegularExpression(u"[0-9\u06F0-\u06F9\u0660-\u0669]{0,9}"_s), parent);
}

} // namespace

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
    m_editors.clear();
    m_hints.clear();
    m_heading->setText(heading);
    QWidget* previous = nullptr;
    for (const FieldSchema& field : fields) {
        Editor editor;
        editor.schema = field;
        QWidget* widget = buildEditor(editor);
        auto* hint = DisplayFormat::hint(nullptr);
        hint->setObjectName(u"fieldHint_"_s + field.name);
        const QString label = field.label() + (field.required ? u" *"_s : QString());
        m_fields->addRow(label, widget);
        m_fields->addRow(QString(), hint);
        const QString name = field.name;
        // The holder's text set from outside (a draft or a rejected request refilled) shows in
        // the visible editors; a simple edit is its own holder.
        connect(editor.value, &QLineEdit::textChanged, this, [this, name](const QString& text) {
            if (m_syncing)
                return;
            const auto it = m_editors.constFind(name);
            if (it != m_editors.cend())
                showValue(*it, text);
        });
        if (editor.choice == nullptr && editor.parts.isEmpty()) {
            connect(editor.value, &QLineEdit::textEdited, this,
                    [this, name](const QString& text) { emit fieldEdited(name, text); });
        }
        for (QWidget* w : editorsOf(editor)) {
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
        m_order.append(field.name);
        m_editors.insert(field.name, editor);
        m_hints.insert(field.name, hint);
    }
}

QList<QWidget*> ServeFormStep::editorsOf(const Editor& editor)
{
    if (editor.choice)
        return {editor.choice};
    if (!editor.parts.isEmpty()) {
        QList<QWidget*> parts;
        for (QLineEdit* part : editor.parts)
            parts.append(part);
        return parts;
    }
    return {editor.value};
}

QWidget* ServeFormStep::buildEditor(Editor& editor)
{
    const FieldSchema& field = editor.schema;
    const QString name = field.name;
    if (field.type == FieldType::Choice) {
        auto* container = new QWidget;
        auto* row = new QHBoxLayout(container);
        row->setContentsMargins(0, 0, 0, 0);
        auto* combo = new QComboBox(container);
        combo->setObjectName(u"fieldChoice_"_s + name);
        // An optional choice can be left unset: its first entry is empty. A required one starts
        // unset too (index -1, a placeholder), so an unchosen value is refused as required
        // rather than silently sent as the first option.
        if (!field.required)
            combo->addItem(QString(), QString());
        for (const FieldChoice& c : field.choices)
            combo->addItem(UiLanguage::pick(c.labelFa, c.labelEn), c.value);
        if (field.required) {
            combo->setPlaceholderText(tr("Choose one"));
            combo->setCurrentIndex(-1);
        }
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->installEventFilter(this);
        row->addWidget(combo);
        row->addStretch(1);
        editor.choice = combo;
        editor.value = new QLineEdit(container);
        editor.value->hide();
        editor.value->setFocusProxy(combo);
        container->setFocusProxy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, name] {
            if (!m_syncing)
                editorsEdited(name);
        });
        editor.value->setObjectName(u"field_"_s + name);
        return container;
    }
    if (field.partCount() == 3) {
        auto* container = new QWidget;
        auto* row = new QHBoxLayout(container);
        row->setContentsMargins(0, 0, 0, 0);
        // Section, main, sub: added in reading order, so a right-to-left form shows them from
        // right to left and Tab walks them in the order a deed names them.
        const QStringList partNames = {u"section"_s, u"main"_s, u"sub"_s};
        const QStringList partLabels = {tr("Section"), tr("Main plate"), tr("Sub plate")};
        for (int i = 0; i < 3; ++i) {
            auto* label = new QLabel(partLabels.at(i), container);
            auto* part = new QLineEdit(container);
            part->setObjectName(u"fieldPart_"_s + name + u'_' + partNames.at(i));
            part->setAccessibleName(field.label() + u" — "_s + partLabels.at(i));
            DisplayFormat::keepLeftToRight(part);
            part->setValidator(plateDigitsValidator(part));
            part->setInputMethodHints(Qt::ImhDigitsOnly);
            part->setPlaceholderText(i == 2 ? tr("0 if none") : QString());
            part->setMaximumWidth(110);
            label->setBuddy(part);
            row->addWidget(label);
            row->addWidget(part);
            connect(part, &QLineEdit::textEdited, this, [this, name] { editorsEdited(name); });
            connect(part, &QLineEdit::returnPressed, this, &ServeFormStep::submitted);
            editor.parts.append(part);
        }
        row->addStretch(1);
        editor.value = new QLineEdit(container);
        editor.value->hide();
        editor.value->setFocusProxy(editor.parts.first());
        container->setFocusProxy(editor.parts.first());
        editor.value->setObjectName(u"field_"_s + name);
        return container;
    }

    auto* edit = new QLineEdit;
    edit->setObjectName(u"field_"_s + name);
    switch (field.type) {
    case FieldType::RenovationCode:
        DisplayFormat::keepLeftToRight(edit);
        edit->setPlaceholderText(tr("district-area-block-property-building-apartment-shop"));
        break;
    case FieldType::JalaliDate:
        DisplayFormat::keepLeftToRight(edit);
        edit->setPlaceholderText(tr("yyyy/mm/dd (Solar Hijri)"));
        break;
    case FieldType::PostalCode:
        DisplayFormat::keepLeftToRight(edit);
        edit->setInputMethodHints(Qt::ImhDigitsOnly);
        edit->setPlaceholderText(tr("10 digits, like 11936-53471"));
        break;
    case FieldType::Sheba:
        DisplayFormat::keepLeftToRight(edit);
        edit->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText);
        edit->setPlaceholderText(tr("IR and 24 digits"));
        break;
    case FieldType::CardNumber:
        DisplayFormat::keepLeftToRight(edit);
        edit->setInputMethodHints(Qt::ImhDigitsOnly);
        edit->setPlaceholderText(tr("16 digits on the card"));
        break;
    case FieldType::LegalEntityId:
        DisplayFormat::keepLeftToRight(edit);
        edit->setInputMethodHints(Qt::ImhDigitsOnly);
        edit->setPlaceholderText(tr("11 digits"));
        break;
    case FieldType::NationalCode:
    case FieldType::Mobile:
    case FieldType::Number:
        DisplayFormat::keepLeftToRight(edit);
        break;
    case FieldType::RegisteredPlate:
    case FieldType::Choice:
    case FieldType::Text:
        break;
    }
    connect(edit, &QLineEdit::returnPressed, this, &ServeFormStep::submitted);
    editor.value = edit;
    return edit;
}

QString ServeFormStep::textOf(const Editor& editor) const
{
    if (editor.choice)
        return editor.choice->currentData().toString();
    if (!editor.parts.isEmpty()) {
        QStringList parts;
        for (const QLineEdit* part : editor.parts)
            parts.append(part->text());
        return editor.schema.joinParts(parts);
    }
    return editor.value->text();
}

void ServeFormStep::showValue(const Editor& editor, const QString& text)
{
    m_syncing = true;
    if (editor.choice) {
        int index = editor.choice->findData(text);
        for (qsizetype i = 0; index < 0 && i < editor.schema.choices.size(); ++i) {
            const FieldChoice& c = editor.schema.choices.at(i);
            if (text == c.labelFa || text == c.labelEn)
                index = editor.choice->findData(c.value);
        }
        editor.choice->setCurrentIndex(index >= 0 ? index : editor.schema.required ? -1 : 0);
    } else if (!editor.parts.isEmpty()) {
        const QStringList parts = editor.schema.splitParts(text);
        for (qsizetype i = 0; i < editor.parts.size(); ++i)
            editor.parts.at(i)->setText(parts.value(i));
    } else if (editor.value->text() != text) {
        editor.value->setText(text);
    }
    m_syncing = false;
}

void ServeFormStep::editorsEdited(const QString& name)
{
    const auto it = m_editors.constFind(name);
    if (it == m_editors.cend())
        return;
    const QString text = textOf(*it);
    m_syncing = true;
    it->value->setText(text);
    m_syncing = false;
    emit fieldEdited(name, text);
}

void ServeFormStep::fill(const QString& fieldName, const QString& text)
{
    const auto it = m_editors.constFind(fieldName);
    if (it == m_editors.cend())
        return;
    showValue(*it, text);
    editorsEdited(fieldName);
}

QMap<QString, QString> ServeFormStep::inputs() const
{
    QMap<QString, QString> inputs;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        inputs.insert(it.key(), textOf(it.value()));
    return inputs;
}

void ServeFormStep::setHint(const QString& field, const QString& text)
{
    if (HintLabel* hint = m_hints.value(field))
        hint->setText(text);
}

QLineEdit* ServeFormStep::field(const QString& name) const
{
    const auto it = m_editors.constFind(name);
    return it == m_editors.cend() ? nullptr : it->value;
}

QLineEdit* ServeFormStep::firstField() const
{
    return m_order.isEmpty() ? nullptr : field(m_order.first());
}

QList<QWidget*> ServeFormStep::editors(const QString& name) const
{
    const auto it = m_editors.constFind(name);
    return it == m_editors.cend() ? QList<QWidget*>() : editorsOf(*it);
}

bool ServeFormStep::eventFilter(QObject* watched, QEvent* event)
{
    // A closed combo passes Enter to its parents; here it means "go on", as in a line edit.
    if (event->type() == QEvent::KeyPress && qobject_cast<QComboBox*>(watched)) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit submitted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pishkhan::ui
