#pragma once

#include <QString>

namespace pishkhan {

// Masks what must never reach a log file, in free text whose shape nobody controls (a Qt
// warning, a libcurl message, an exception text):
//  - any run of 8 or more digits (ASCII, Persian or Arabic-Indic; single spaces, hyphens or
//    ZWNJ between them allowed): national codes, mobiles, card numbers, Sheba, long codes.
//    At most the last 4 digits stay (DigitMask: "******7890") so a support engineer can
//    still tell two lines apart.
//  - the value after a secret-looking key: token, otp, code, password, passwd, pin, secret,
//    key, authorization, bearer, activation_code, consent_token ... in "k=v", "k: v" and
//    JSON "k":"v" forms -> "[redacted]".
//  - long opaque strings (24+ characters of base64/base64url/hex alphabet with both letters
//    and digits): tokens and keys that appear without a key name.
// Over-masking (a long timestamp, a UUID segment) is accepted: a log line that lost a number
// costs a little debugging; a leaked national code cannot be taken back.
class Redactor
{
public:
    [[nodiscard]] static QString redact(const QString& text);
};

} // namespace pishkhan
