#pragma once

#include <QString>

// The passwords of the GUI tests' accounts: the first administrator every test creates, and the
// clerk and supervisor accounts the tests of shared work add. Long enough for the password
// rules; the login itself is tested in tests/unit/security.
inline const QString kAdminPassword = QStringLiteral("Gol-e-Yakh-1404");
inline const QString kClerkPassword = QStringLiteral("Anar-e-Saveh-77");
inline const QString kSupervisorPassword = QStringLiteral("Kuh-e-Sofeh-2210");
