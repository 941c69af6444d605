#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace pishkhan {
class ServiceCatalogue;
}

namespace pishkhan::ui {

// Serving, step 2: find the service by name, category and district. ServePage decides what the
// list holds and what the note under it says; Enter or a double click asks to go on.
class ServeServiceStep : public QWidget
{
    Q_OBJECT
public:
    // One line of the list: the service, how it reads, and whether it can be chosen here.
    struct Row
    {
        QString id;
        QString text;
        bool available = true;
    };

    explicit ServeServiceStep(QWidget* parent = nullptr);

    // The catalogue's categories and districts in the filters (the office's district chosen),
    // its services' picker notes (ServiceDefinition::pickerNotes), and an empty search. Changes no
    // list: ServePage refreshes it after.
    void showCatalogue(const ServiceCatalogue& catalogue, int officeDistrict);
    // The list, keeping the service that was current when it is still there. Under each row's
    // text go the service's picker notes from the catalogue last shown (who may use it, a pilot
    // service's districts).
    void showServices(const QList<Row>& rows);
    void setInfo(const QString& text);

    [[nodiscard]] QString searchText() const;
    [[nodiscard]] QString categoryId() const;
    [[nodiscard]] int districtId() const;
    // Empty when nothing is selected.
    [[nodiscard]] QString currentServiceId() const;
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }

signals:
    // The search text, the category or the district changed.
    void filtersChanged();
    void currentServiceChanged();
    void serviceChosen();

private:
    QLineEdit* m_search;
    QComboBox* m_category;
    QComboBox* m_district;
    QListWidget* m_services;
    QLabel* m_info;
    QHash<QString, QStringList> m_notes; // service id → picker notes
};

} // namespace pishkhan::ui
