<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditKind</name>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old data purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document not printed (discarded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property file inquiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bank</name>
    <message>
        <source>Bank Melli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Sepah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Development Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank of Industry and Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Keshavarzi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Maskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tose&apos;e Ta&apos;avon Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EN Bank (Eghtesad Novin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsian Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Pasargad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Karafarin Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saman Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sina Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sarmayeh Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ayandeh Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shahr Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dey Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Saderat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Mellat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tejarat Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refah Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iran Zamin Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourism Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resalat Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mehr Iran Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kosar Credit Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melal Credit Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghavamin Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tose&apos;e Credit Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noor Credit Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle East Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central Bank of Iran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Enter the card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card number contains digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number must be 16 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card number is not valid; check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee must be between 5,000 and 15,000 toman, as set by the city council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the legal entity&apos;s national id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal entity&apos;s national id contains digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal entity&apos;s national id must be 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This legal entity&apos;s national id does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This legal entity&apos;s national id is not valid; check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number must look like 09123456789 (11 digits starting with 09).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount as a whole number, like 12,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thousands separators must be three digits apart, like 12,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the national code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national code contains digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National code must be 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national code cannot be one repeated digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This national code does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This national code is not valid; check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal code contains digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code must be 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal code cannot be one repeated digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This postal code does not exist; check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration section must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main plate must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub plate must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the registered plate; enter section, main plate and sub plate separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the registered plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registered plate has a section, a main plate and a sub plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registered plate needs at least a section and a main plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the renovation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renovation code contains digits and hyphens only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renovation code has seven parts, like 3-12-234-15-1-0-0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the renovation code is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first part of a renovation code is the municipal district and cannot be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Sheba number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Sheba number starts with IR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After IR, a Sheba number contains digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Sheba number is IR followed by 24 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Sheba number is not valid; check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as year/month/day, like 1405/09/07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only training mode runs the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service catalogue has a field it cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value does not have the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number (digits only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the listed options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is not offered at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is not offered in that district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the citizen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is not in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a one-time code to the citizen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time code is six digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time code has expired; send the citizen a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s consent is needed before payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service catalogue could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service catalogue has a service it cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend&apos;s acknowledgement of the day close is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This business day is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement is for a day this counter has not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement does not match the day close that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was not found in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff table of this service is not known; refresh the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has no tariff in the council&apos;s table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a fee receipt can be reprinted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void cannot itself be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a fee can be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fee has already been voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the business day to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A business day that has not begun cannot be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier business day is still open; close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count every clerk&apos;s cash drawer before closing the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a start date on or before the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend&apos;s acknowledgement does not carry a valid signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This business day is closed; nothing can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger entry is incomplete and was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different tariff table with the same id is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored tariff table does not match its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cash payment has no terminal or reference number; choose card payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the card terminal&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal id must be 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reference (trace) number printed by the card terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference number must be the 6-digit trace number or the 12-digit reference number from the card terminal&apos;s slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff table is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clerk is signed in at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is not activated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer this program does not understand; it will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend no longer accepts this counter; activate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipal backend is busy or temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipal backend had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipal backend refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s identity did not match the pinned key; nothing was sent. Contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server broke before the answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused because it would not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange with the server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the screen waited on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not set or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again when the waiting time is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name of at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator has already been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last administrator cannot be disabled or given another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was changed since you logged in; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this username already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is already activated; deactivate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office code and the activation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not permitted to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter has not been activated; it can only be used in training mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stored in the system keychain is not a valid store key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not generate a secure random key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not generate secure random data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least 8 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too easy to guess; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available or is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database exists but its key is missing from the system keychain, so it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key is not a valid 256-bit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is not encrypted; it was not made by this program and will not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is not a database or is damaged (truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be decrypted with the key stored on this computer: the key is wrong or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no database encryption (SQLCipher missing), so the store is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging, so it is not safe to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has been altered: an entry does not match the chain of hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened for writing; check the folder and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged database file could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request cannot be changed that way in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is incomplete and was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not found in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request with this id is already in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was made by a newer version of this program; update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved; free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is in use by another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be read: it is not a database, it is damaged, or the key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record conflicts with one already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the database file failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved request is incomplete; open it, correct it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter must be activated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tracking code, a receipt number or a national code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s form cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one of the city&apos;s district numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must be a full address like https://api.example.ir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://: the connection has to be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key pin must be sha256// followed by 44 characters of base64 (several joined by ;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy must be an address with a port, like http://proxy.example.ir:3128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate (CA) file does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be Persian or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep between 1 and 365 daily backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the daily backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s property file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-fd needs a file descriptor number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store in this data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be read from the given file descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask the password on; use --user and --password-fd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key is well formed but is not this store&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is not a valid yyyy-MM-dd date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service catalogue yet; start the app online once, or run pishkhanctl sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day is closed at the counter, not from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only ask for a void of a receipt you issued yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The void request was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This void request has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for refusing the void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void of this fee has already been requested and waits for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s manifest file is missing or not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old backup could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has a different number of columns than the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no consent token; ask the citizen for a one-time code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent expiry is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s consent has expired; a new one-time code is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch file&apos;s header has an unknown or repeated column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch file&apos;s header lacks a required column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has a quote that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open in another program (close Pishkhan Desk first), so its key cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store key could not be changed; the store still uses its old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the store key nor the pending new key opens the store; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key must have 14 groups of 5 characters; a group is missing or extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has a character that cannot be in it; check the group shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of the recovery key is mistyped; check the group shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not check as a whole: two groups may be swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy of the database could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to the chosen folder; check the disk and its free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder cannot be created or used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store fails its own checks, so no backup was made; run &quot;pishkhanctl ledger verify&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied into place; check the disk and its free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open the backup. It checks as typed, so it belongs to another store or an earlier key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged or its records were altered; it is not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store already exists here; it is replaced only when you ask for it (--replace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made under another store key (before a key change); use the recovery key that was written down then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be copied before its upgrade; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a training backup; it can only become the training store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a live backup; it cannot become the training store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (Pishkhan Desk or pishkhanctl) is using this store; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s lock file cannot be written; check the data folder&apos;s permissions and free space.</source>
        <translation></translation>
    </message>
    <message>
        <source>A closed business day no longer matches its signed close or the municipality&apos;s acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend&apos;s signing key is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend&apos;s answer for this request conflicts with a record already saved (a tracking code given twice); ask the municipality about this request.</source>
        <translation></translation>
    </message>
    <message>
        <source>This counter&apos;s store has not been activated: activate it with a new activation code from the municipality before creating its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store opens normally, so it was not moved aside; only a store that cannot be opened is.</source>
        <translation></translation>
    </message>
    <message>
        <source>A counter connected to the municipality&apos;s server needs the server&apos;s key pin (sha256//…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void of your own fee needs another supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own void request must be decided by another supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requests of this day are still waiting; approve or refuse them before closing the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate (CA) file holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s certificates cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of events to show must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--new-password-fd needs a file descriptor number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fee has already been refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is being sent right now; try the void again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for cancelling the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is already finished at the municipality; there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has not been sent yet; void the fee instead and it will never be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality has already started work on this request; it can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a fee can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fee was voided; its money has already been given back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a fee whose request the municipality rejected, or whose request was cancelled, can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund of your own fee needs another supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund amount is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund cannot be more than the fee that was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the receipt number as printed, e.g. 14050907-1-0042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee is not billed to this invoice&apos;s organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice has no card terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice payment needs the invoice&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an invoice is billed to an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal&apos;s id must be 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s settlement total is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s settlement count must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s mandate does not cover this service; the citizen&apos;s own one-time code is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row billed to an organisation goes under its mandate and carries no consent token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation has no mandate registered with the municipality for this office; sync to fetch the latest list, or ask the organisation for its mandate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s mandate is not in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username is 1 to 64 Persian or Latin letters, digits and the characters . _ - @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role is clerk, supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password other than the one you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s staff list from the backend could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancel of this request has already been asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be updated: a rebuilt table lost a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s list of organisations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be laid out for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer cannot be reached. Check that it is switched on and its cable or network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer address is not valid. Use tcp://address:9100 for a network printer or a device such as /dev/usb/lp0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer&apos;s cover is open. Close it and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Load a new roll and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer reports an error (for example a jammed cutter). Check it and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is offline. Check that it is ready and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service catalogue describes an answer it cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer chosen in the settings is not installed on this computer. Choose another printer in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is off, stopped or out of paper. Check it, then print again from the &quot;to print&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused the document. It is kept in the &quot;to print&quot; list; print it again from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of printer is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is no longer in the &quot;to print&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document was already printed or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the document is not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thermal printer prints on an 80 mm or 58 mm roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the thermal printer&apos;s address like tcp://192.168.1.50:9100, or its device like /dev/usb/lp0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image of the document could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality did not answer this property file request; see the request in follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality has not answered this request yet; the answer appears here when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a request the municipality rejected after accepting it can be served again as a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already served again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tracking code, a receipt number or a national code, or choose days, a clerk or a state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tracking code or a receipt number names one request: clear the days, clerk and state, or search by national code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the day as year/month/day, for example 1405/09/07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the clerk&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next page could not be found; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is kept from the form, before consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until this request has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s service is no longer offered here; the draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is no longer kept on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter is still starting; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts are kept for 1 to 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the answer to the previous step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request&apos;s consent is still valid; it needs no new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request whose consent must be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality has already accepted this request; its consent cannot be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is being sent right now; wait for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was withdrawn (its fee was voided); it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request goes under the organisation&apos;s mandate and needs no consent of the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new consent is not valid: it has no token or has already expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the engineer&apos;s licence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A licence number looks like 11-300-12345: two, three and five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality answered about another licence; check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is for the supervising engineer in person; a company cannot apply for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence cannot be checked while the municipal system is out of reach; keep the request as a draft (Ctrl+S) and serve it when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the engineer&apos;s licence first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintOutcome</name>
    <message>
        <source>The document is kept in the &quot;to print&quot; list (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Pishkhan office fee receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request will be sent automatically when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily fee report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report of services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries that arrived for a closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close of the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments by terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand total carried from the previous close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s receipt for the previous close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received up to entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged by the municipality yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain of events verifies through event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain of events is broken at event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest events are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pishkhan office fee refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card terminal settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover report (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice of the office&apos;s fees for a batch of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National id of the legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch file (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced to organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality support line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once sent it gets a tracking code: ask this office for it with your receipt number, then follow the request up online or on the support line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — NOT VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to the citizen&apos;s inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isfahan Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen (national code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code to check with the municipality that this answer is genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for reference: for an answer the municipality vouches for, request the property file service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDefinition</name>
    <message>
        <source>For citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For supervising engineers with a licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot: district %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilot: districts %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::DeskRuntime</name>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office code and the activation code from the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ActivationPage</name>
    <message>
        <source>Activate this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office code and the one-time activation code the municipality issued for this PC. The code works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. counter 2, by the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::AttentionPage</name>
    <message>
        <source>Requests that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request, correct its form and press Enter to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again under the same request; it is in the sending queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix and serve again as a new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund the fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality rejected this request after accepting it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew consent (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent was renewed; the request is back in the sending queue under the same request id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::AuditTrailPanel</name>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy/mm/dd (Solar Hijri); empty: every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail verifies: all %1 events are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: it was changed outside the program. Events from there on cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest %1 events are shown; narrow the filter to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::BatchPanel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invoice as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch&apos;s CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the batch file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation: cash, citizens&apos; consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the municipality for the office&apos;s organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisation mandate(s) on the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The batch file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued, %2 already queued, %3 refused, %4 not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 to %2: %3 requests, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ConsentRenewalDialog</name>
    <message>
        <source>Send code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the citizen&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s consent for this request has expired or was refused. Send a new one-time code to the citizen&apos;s mobile and type the code the citizen reads out; the request is then sent again as the same request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was sent to %1. Type the code the citizen reads out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new consent is saved; the request is back in the sending queue under the same request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::DayClosePanel</name>
    <message>
        <source>Close and sign the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the close as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawers: type the counted cash in toman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close of business day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted toman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password, to sign the close of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the close as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card terminals: type each terminal&apos;s settlement total (toman) and count from its batch report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::DayTotalsPanel</name>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day %1 (late entries: the calendar day is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fees, %2 taken, %3 voided, net %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::DraftsPage</name>
    <message>
        <source>Resume (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts: requests filled in but not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer offered) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts. On the serve form, Ctrl+S keeps what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::FirstRunDialog</name>
    <message>
        <source>Training: practise with the built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: connect to the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pishkhan Desk — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will this counter be used? Training keeps practice data apart and never reaches the municipality; you can start it later with --training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::FollowUpPage</name>
    <message>
        <source>Queued for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking code, receipt number or national code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint receipt as a copy (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality&apos;s status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why should this fee be voided? A supervisor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requested; a supervisor has to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: its fee was voided, never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at the office&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the answer with the municipality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be checked with the municipality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality confirms this answer is genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality does not confirm this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day (1405/09/01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another counter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this PC; asking the municipality about the office&apos;s other counters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request found, here or at the office&apos;s other counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at another counter of the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request found on this PC; the municipality could not be asked about the other counters: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::LockPage</name>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locked this counter. Only their password opens it; another clerk logs them out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::LoginPage</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: not activated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office %1 (%2), counter %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: practice data only, served by the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live mode: requests go to the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator set your password. Choose a new one that only you know before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the password and log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::MainWindow</name>
    <message>
        <source>Pishkhan Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING MODE — practice only: nothing here reaches the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the counter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office %1 — counter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s screen needs a supervisor&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings need an administrator&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff screen needs an administrator&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next step / confirm&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next field&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new citizen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;follow up a request&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reprint the receipt as a copy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;requests that need attention&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;property file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;supervisor: totals, voids, day close, reports&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;settings (administrator)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;staff (administrator)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;documents waiting to be printed&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F10&lt;/b&gt;&lt;/td&gt;&lt;td&gt;drafts: requests kept before sending (Ctrl+S on the serve form)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this help&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;log out&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;lock the counter&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::OfficeDayPanel</name>
    <message>
        <source>Closed, at the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed, not uploaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy/mm/dd (Solar Hijri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the municipality for the other counters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality could not be reached (%1); this counter only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day %1: %2 of %3 counters closed at the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office total: %1 fees, net %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::OfficeMonthPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy/mm (Solar Hijri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the municipality for the office&apos;s month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes; %2 could not be verified and are not in the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes, all verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month total: %1 fees, net %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office month %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::PrintQueuePage</name>
    <message>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not printed (for the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To print: documents a printer did not take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day close (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents are waiting to be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to the printer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::PrintRoutesEditor</name>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal printer (ESC/POS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::PropertyPage</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street widening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus rapid transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green belt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heritage zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans around the property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted height %1, %2 floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered plate: section %1, main %2, sub %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land use: %1, land area %2 m², density %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No levy debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levy debt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print property file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New property file for a citizen (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A property file is an inquiry like the others: the citizen&apos;s one-time code, the fee and a receipt. Answers arrive here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only way to open the office&apos;s ledger and queue on another PC if this one fails. Print it or write it down, and keep it locked away from the PC. It is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To show it is written down, type group %1 (counting from the left):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not group %1 of the key. Check what you wrote down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pishkhan Desk recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet locked away from the PC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::RefundsPanel</name>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why refundable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = the whole fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card fees: the reversal slip&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (toman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees that may be refunded: the municipality rejected the request, or it was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a request already sent (allowed until the municipality starts work on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password, to refund the fee of receipt %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund of %1 was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund of %1 was recorded; its receipt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancel was refused: %1 The request goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work had already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled; its fee can now be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancel of %1 is queued and goes to the municipality with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund of %1 was recorded, but its receipt was not printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ReportsPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy/mm/dd (Solar Hijri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day: the same date twice. A range: by month and service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServeCitizenStep</name>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>09xxxxxxxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company, through its representative (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal entity&apos;s national id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative&apos;s national code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative&apos;s mobile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServeConsentStep</name>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServeFormStep</name>
    <message>
        <source>district-area-block-property-building-apartment-shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy/mm/dd (Solar Hijri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, like 11936-53471</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IR and 24 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 digits on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServeLicenceStep</name>
    <message>
        <source>Engineer&apos;s licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality checks the licence before the form opens: Enter to check, Esc to pick another service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServePage</name>
    <message>
        <source>A code was sent to %1. Ask the citizen to read it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Citizen&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a one-time code to the citizen&apos;s mobile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter is still starting; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service catalogue has not arrived yet; wait for the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered in this district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send code (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired; send a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request accepted. Tracking code: %1 — receipt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued, will be sent automatically. Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality refused the request: %1. Receipt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt sent to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Citizen — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was kept. F10 lists the drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a one-time code to the mobile %1 of the representative of the company %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervising engineer: %1, licence %2 (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: the company with national id %1, through its representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Engineer&apos;s licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is for supervising engineers: the municipality checks that the citizen with national code %2 holds this licence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServePaymentStep</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (office terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace number (6 or 12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServeReceiptStep</name>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next citizen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ServeServiceStep</name>
    <message>
        <source>Search by Persian or English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::SettingsPage</name>
    <message>
        <source>Back up the store every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = the system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection, office and language changes take effect the next time the counter starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Connection and language changes apply at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts kept (days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::ShiftHandoverPanel</name>
    <message>
        <source>Record the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the X report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted toman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover: the X report changes nothing; counting the drawer is recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover of %1 was recorded: expected %2, counted %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::SmsLogPanel</name>
    <message>
        <source>Training: citizen&apos;s text messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::StaffPage</name>
    <message>
        <source>Must choose their own password at the first log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff of the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are never deleted: a leaver is disabled, so their name stays on past receipts. Changes reach the office&apos;s other counters at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian or Latin letters, digits, . _ - @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset; they choose a new one at the next log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::SupervisorPage</name>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requests (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (Alt+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office (Alt+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail (Alt+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds (Alt+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover (Alt+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches (Alt+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office month (Alt+9)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::SyncStatusBar</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pishkhan::ui::VoidRequestsPanel</name>
    <message>
        <source>Approve the void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requests waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password, to approve the void of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The void was approved and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the void refused? The clerk will see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The void request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
