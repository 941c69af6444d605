#pragma once

#include <QString>

namespace pishkhan {

// The versions an office's IT person or a bug report needs: the app, the Qt it runs on, the
// SQLCipher and libcurl it links, and the newest store schema it writes.
struct VersionInfo
{
    QString app;
    QString qtRuntime;
    QString qtBuild;
    QString sqlcipher;
    QString curl;
    int schema = 0;

    static VersionInfo collect();
    // Several "name version" lines, English, for --version.
    [[nodiscard]] QString describe() const;
};

} // namespace pishkhan
