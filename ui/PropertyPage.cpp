#include "PropertyPage.h"

#include "DisplayFormat.h"
#include "HintLabel.h"
#include "counter/AnswerDocument.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "net/ApiClient.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {

QString metres(double m)
{
    return PropertyPage::tr("%1 m").arg(QLocale().toString(m, 'g', 6));
}

} // namespace

QString PropertyPage::planKindName(const QString& kind)
{
    if (kind == u"street_widening")
        return tr("Street widening");
    if (kind == u"metro")
        return tr("Metro");
    if (kind == u"brt")
        return tr("Bus rapid transit");
    if (kind == u"green_belt")
        return tr("Green belt");
    if (kind == u"green_space")
        return tr("Green space");
    if (kind == u"heritage")
        return tr("Heritage zone");
    if (kind == u"parking")
        return tr("Public parking");
    return kind;
}

QString PropertyPage::planStatusName(const QString& status)
{
    if (status == u"planned")
        return tr("Planned");
    if (status == u"under_review")
        return tr("Under review");
    if (status == u"approved")
        return tr("Approved");
    if (status == u"under_construction")
        return tr("Under construction");
    return status;
}

QString PropertyPage::permitTypeName(const QString& type)
{
    if (type == u"building_permit")
        return tr("Building permit");
    if (type == u"structural_completion")
        return tr("Structural completion");
    if (type == u"completion_certificate")
        return tr("Completion certificate");
    return type;
}

QString PropertyPage::permitStatusName(const QString& status)
{
    if (status == u"issued")
        return tr("Issued");
    if (status == u"in_progress")
        return tr("In progress");
    if (status == u"completed")
        return tr("Completed");
    if (status == u"expired")
        return tr("Expired");
    if (status == u"suspended")
        return tr("Suspended");
    if (status == u"revoked")
        return tr("Revoked");
    return status;
}

QString PropertyPage::landUseName(const QString& use)
{
    if (use == u"residential")
        return tr("Residential");
    if (use == u"commercial")
        return tr("Commercial");
    if (use == u"mixed")
        return tr("Mixed use");
    if (use == u"office")
        return tr("Office");
    return use;
}

PropertyPage::PropertyPage(DeskRuntime& runtime, QWidget* parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_byCode(new QRadioButton(tr("Renovation code"), this))
    , m_byPlate(new QRadioButton(tr("Registered plate"), this))
    , m_query(new QLineEdit(this))
    , m_error(DisplayFormat::hint(this))
    , m_height(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_plans(new QTableWidget(this))
    , m_permits(new QTableWidget(this))
    , m_print(new QPushButton(tr("Print property file"), this))
{
    setObjectName(u"propertyPage"_s);
    auto* title = new QLabel(tr("Property file"), this);
    title->setObjectName(u"propertyTitle"_s);
    DisplayFormat::makeTitle(title);
    m_byCode->setObjectName(u"propertyByCode"_s);
    m_byPlate->setObjectName(u"propertyByPlate"_s);
    m_byCode->setChecked(true);
    m_query->setObjectName(u"propertyQuery"_s);
    DisplayFormat::keepLeftToRight(m_query);
    m_error->setObjectName(u"propertyError"_s);
    m_error->hide();
    m_height->setObjectName(u"propertyHeight"_s);
    DisplayFormat::makeTitle(m_height);
    m_summary->setObjectName(u"propertySummary"_s);
    m_summary->setWordWrap(true);
    m_plans->setObjectName(u"propertyPlans"_s);
    m_permits->setObjectName(u"propertyPermits"_s);
    DisplayFormat::setUpTable(m_plans, {tr("Plan"), tr("Kind"), tr("State"), tr("Distance")});
    DisplayFormat::setUpTable(m_permits, {tr("Number"), tr("Permit"), tr("Issued"), tr("State"),
                                          tr("Floors"), tr("Note")});
    auto* find = new QPushButton(tr("Find (Enter)"), this);
    find->setObjectName(u"propertyFind"_s);
    find->setAutoDefault(false);
    m_print->setObjectName(u"propertyPrint"_s);
    m_print->setAutoDefault(false);
    m_print->setEnabled(false);

    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_byCode);
    modeRow->addWidget(m_byPlate);
    modeRow->addStretch(1);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(find);
    searchRow->addWidget(m_print);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(modeRow);
    layout->addLayout(searchRow);
    layout->addWidget(m_error);
    layout->addWidget(m_height);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Plans around the property"), this));
    layout->addWidget(m_plans, 1);
    layout->addWidget(new QLabel(tr("Permits and certificates"), this));
    layout->addWidget(m_permits, 1);

    const auto showQueryFormat = [this] {
        m_query->setPlaceholderText(m_byCode->isChecked()
                                        ? tr("district-area-block-property-building-apartment-shop")
                                        : tr("section/main/sub, like 14/2153/47"));
    };
    showQueryFormat();
    connect(m_byCode, &QRadioButton::toggled, this, showQueryFormat);
    connect(m_query, &QLineEdit::returnPressed, this, &PropertyPage::lookUp);
    connect(find, &QPushButton::clicked, this, &PropertyPage::lookUp);
    connect(m_print, &QPushButton::clicked, this, &PropertyPage::printFile);
}

void PropertyPage::startOver()
{
    m_file.reset();
    m_print->setEnabled(false);
    m_height->clear();
    m_summary->clear();
    m_plans->setRowCount(0);
    m_permits->setRowCount(0);
    showError({});
    m_query->selectAll();
    QTimer::singleShot(0, m_query, [this] { m_query->setFocus(Qt::OtherFocusReason); });
}

void PropertyPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PropertyPage::lookUp()
{
    if (m_pending != 0)
        return;
    const auto query = m_byCode->isChecked() ? PropertyFile::queryByRenovationCode(m_query->text())
                                             : PropertyFile::queryByPlate(m_query->text());
    if (!query) {
        showError(query.error().userMessage());
        return;
    }
    showError({});
    m_summary->setText(tr("Asking the municipality…"));
    QPointer<PropertyPage> self(this);
    m_pending = m_runtime.api().propertyFile(*query, [self](ApiReply<QJsonObject> reply) {
        if (!self)
            return;
        self->m_pending = 0;
        self->m_summary->clear();
        if (!reply.ok()) {
            self->showError(DisplayFormat::apiMessage(reply.error()));
            return;
        }
        const auto file = PropertyFile::parse(reply.value());
        if (!file) {
            self->showError(file.error().userMessage());
            return;
        }
        self->showFile(*file);
    });
}

void PropertyPage::printFile()
{
    if (!m_file)
        return;
    AnswerInput input = AnswerDocument::forPropertyFile(*m_file, m_runtime.catalogue());
    AnswerDocument::stamp(input, m_runtime, QDateTime::currentMSecsSinceEpoch());
    const auto document = AnswerDocument::printable(input, UiLanguage::isPersian()
                                                               ? AnswerDocument::Language::Persian
                                                               : AnswerDocument::Language::English);
    if (!document) {
        showError(document.error().userMessage());
        return;
    }
    emit printRequested(*document);
}

void PropertyPage::showFile(const PropertyFile& f)
{
    m_file = f;
    m_print->setEnabled(true);
    const QLocale locale;
    m_height->setText(tr("Permitted height %1, %2 floors")
                          .arg(metres(f.permittedHeightM), locale.toString(f.permittedFloors)));
    QStringList lines;
    lines << tr("Renovation code: %1").arg(UiLanguage::code(f.renovationCode));
    if (f.plateMain > 0)
        // Plate numbers are identifiers: no thousands separator.
        lines << tr("Registered plate: section %1, main %2, sub %3")
                     .arg(UiLanguage::digits(QString::number(f.plateSection)),
                          UiLanguage::digits(QString::number(f.plateMain)),
                          UiLanguage::digits(QString::number(f.plateSub)));
    lines << tr("District %1 — %2")
                 .arg(locale.toString(f.district), UiLanguage::pick(f.addressFa, f.addressEn));
    lines << tr("Land use: %1, land area %2 m², density %3%")
                 .arg(landUseName(f.landUse), locale.toString(f.landAreaM2, 'g', 8),
                      locale.toString(f.densityPercent));
    if (f.setbackM > 0)
        lines << tr("Setback: %1").arg(metres(f.setbackM));
    lines << (f.levyDebt.isZero() ? tr("No levy debt")
                                  : tr("Levy debt: %1").arg(DisplayFormat::money(f.levyDebt)));
    if (f.sampleData)
        lines << tr("Sample data (training)");
    m_summary->setText(lines.join(u'\n'));

    m_plans->setRowCount(int(f.plans.size()));
    for (int row = 0; row < f.plans.size(); ++row) {
        const PropertyPlan& p = f.plans[row];
        m_plans->setItem(row, 0, DisplayFormat::cell(UiLanguage::pick(p.titleFa, p.titleEn)));
        m_plans->setItem(row, 1, DisplayFormat::cell(planKindName(p.kind)));
        m_plans->setItem(row, 2, DisplayFormat::cell(planStatusName(p.status)));
        m_plans->setItem(row, 3, DisplayFormat::cell(metres(p.distanceM), true));
    }
    m_permits->setRowCount(int(f.permits.size()));
    for (int row = 0; row < f.permits.size(); ++row) {
        const PropertyPermit& p = f.permits[row];
        m_permits->setItem(row, 0, DisplayFormat::cell(UiLanguage::code(p.number)));
        m_permits->setItem(row, 1, DisplayFormat::cell(permitTypeName(p.type)));
        m_permits->setItem(row, 2, DisplayFormat::cell(DisplayFormat::day(p.issuedOn)));
        m_permits->setItem(row, 3, DisplayFormat::cell(permitStatusName(p.status)));
        m_permits->setItem(
            row, 4,
            DisplayFormat::cell(p.floors > 0 ? locale.toString(p.floors) : QString(), true));
        m_permits->setItem(row, 5, DisplayFormat::cell(UiLanguage::pick(p.noteFa, p.noteEn)));
    }
}

} // namespace pishkhan::ui
