#pragma once

#include <QString>

namespace pishkhan {

// An error as a value. It carries three audiences at once:
//  - code():        a stable machine identifier ("national_code.checksum") for tests and logic,
//  - message():     English, for logs and stderr — never holds a secret or a citizen identifier,
//  - userMessage(): the translated sentence a clerk reads (Persian in a Persian UI).
// Where a screen needs data rather than words it reads a structured field: field() names the
// form field a validation error is about, retryAfterSeconds() says how long to wait. detail()
// is for logs only; no widget parses it.
// The user text is a source string marked with QT_TRANSLATE_NOOP("Error", ...) where the error
// is made, so lupdate collects every one of them into translations/pishkhan_fa.ts.
class Error
{
public:
    Error() = default;
    Error(QString code, const char* userText, QString detail = {}, int nativeCode = 0);

    [[nodiscard]] const QString& code() const { return m_code; }
    [[nodiscard]] const QString& detail() const { return m_detail; }
    [[nodiscard]] int nativeCode() const { return m_nativeCode; }
    [[nodiscard]] const char* sourceText() const { return m_userText; }
    // The form field (FieldSchema::name) a validation error is about; empty for other errors.
    [[nodiscard]] const QString& field() const { return m_field; }
    // Seconds to wait before trying again (a locked account); -1 when the error has none.
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfterSeconds; }

    // English sentence plus detail, for logs.
    [[nodiscard]] QString message() const;
    // Translated sentence for the UI (falls back to English when no translator is loaded).
    [[nodiscard]] QString userMessage() const;

    // Adds context in front of the detail ("opening /path: ...") and returns *this.
    Error& prefixDetail(const QString& context);
    // Names the form field the error is about and returns *this.
    Error& forField(const QString& name);
    // Sets the waiting time before a retry and returns *this.
    Error& retryAfter(int seconds);

private:
    QString m_code;
    const char* m_userText = "";
    QString m_detail;
    int m_nativeCode = 0;
    QString m_field;
    int m_retryAfterSeconds = -1;
};

} // namespace pishkhan
