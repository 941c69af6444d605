#include "ServeServiceStep.h"

#include "counter/ServiceCatalogue.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

ServeServiceStep::ServeServiceStep(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_services(new QListWidget(this))
    , m_info(new QLabel(this))
{
    m_search->setObjectName(u"serviceSearch"_s);
    m_search->setPlaceholderText(tr("Search by Persian or English name"));
    m_category->setObjectName(u"serviceCategory"_s);
    m_district->setObjectName(u"serviceDistrict"_s);
    m_services->setObjectName(u"serviceList"_s);
    m_info->setObjectName(u"serviceInfo"_s);
    m_info->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Search"), m_search);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("District"), m_district);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_services, 1);
    layout->addWidget(m_info);
    connect(m_search, &QLineEdit::textChanged, this, &ServeServiceStep::filtersChanged);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ServeServiceStep::filtersChanged);
    connect(m_district, &QComboBox::currentIndexChanged, this, &ServeServiceStep::filtersChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &ServeServiceStep::serviceChosen);
    connect(m_services, &QListWidget::itemActivated, this, &ServeServiceStep::serviceChosen);
    connect(m_services, &QListWidget::currentRowChanged, this,
            &ServeServiceStep::currentServiceChanged);
}

void ServeServiceStep::showCatalogue(const ServiceCatalogue& catalogue, int officeDistrict)
{
    {
        const QSignalBlocker b1(m_category);
        const QSignalBlocker b2(m_district);
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const auto& c : catalogue.categories())
            m_category->addItem(c.name(), c.id);
        m_district->clear();
        for (const auto& d : catalogue.districts())
            m_district->addItem(d.name(), d.id);
        m_district->setCurrentIndex(qMax(0, m_district->findData(officeDistrict)));
    }
    m_notes.clear();
    for (const ServiceDefinition& s : catalogue.services())
        m_notes.insert(s.id, s.pickerNotes());
    // Not blocked: clearing a typed search asks ServePage for a new list.
    m_search->clear();
}

void ServeServiceStep::showServices(const QList<Row>& rows)
{
    const QString current = currentServiceId();
    m_services->clear();
    for (const Row& row : rows) {
        const QStringList notes = m_notes.value(row.id);
        const QString text = notes.isEmpty() ? row.text : row.text + u'\n' + notes.join(u"  ·  "_s);
        auto* item = new QListWidgetItem(text, m_services);
        item->setToolTip(notes.join(u'\n'));
        item->setData(Qt::UserRole, row.id);
        if (!row.available)
            item->setForeground(Qt::gray);
        if (row.id == current)
            m_services->setCurrentItem(item);
    }
    if (!m_services->currentItem() && m_services->count() > 0)
        m_services->setCurrentRow(0);
}

void ServeServiceStep::setInfo(const QString& text)
{
    m_info->setText(text);
}

QString ServeServiceStep::searchText() const
{
    return m_search->text();
}

QString ServeServiceStep::categoryId() const
{
    return m_category->currentData().toString();
}

int ServeServiceStep::districtId() const
{
    return m_district->currentData().toInt();
}

QString ServeServiceStep::currentServiceId() const
{
    return m_services->currentItem() ? m_services->currentItem()->data(Qt::UserRole).toString()
                                     : QString();
}

} // namespace pishkhan::ui
