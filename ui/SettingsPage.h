#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pishkhan {
class DeskRuntime;
struct DeskSettings;
} // namespace pishkhan

namespace pishkhan::ui {

class HintLabel;
class PrintRoutesEditor;

// The counter's settings (F7, administrators): backend address and key pin, CA file, proxy,
// office and counter, printer, language, local backup. The checks are DeskSettings::validate();
// the page shows the reason of the first failure and saves nothing then. The connection
// settings and the language apply at the next start.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Fills the fields from the saved settings.
    void load();
    // Validates and saves; false (with the reason on screen) when refused.
    bool save();

private:
    [[nodiscard]] DeskSettings collect() const;
    void showMessage(const QString& text, bool error);
    void updateProxyField();

    DeskRuntime& m_runtime;
    QLineEdit* m_url;
    QLineEdit* m_pin;
    QLineEdit* m_caFile;
    QComboBox* m_proxyMode;
    QLineEdit* m_proxyUrl;
    QLineEdit* m_officeCode;
    QLineEdit* m_officeName;
    QSpinBox* m_district;
    QSpinBox* m_counter;
    PrintRoutesEditor* m_printRoutes;
    QComboBox* m_language;
    QLineEdit* m_backupDir;
    QCheckBox* m_dailyBackup;
    QSpinBox* m_retention;
    QSpinBox* m_draftDays;
    HintLabel* m_message;
};

} // namespace pishkhan::ui
