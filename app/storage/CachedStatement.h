#pragma once

namespace pishkhan {

class Statement;

// A lease on one of Database's cached statements (Database::cached). The statement stays
// prepared for the life of the connection; the lease resets it and clears its bindings when
// it goes out of scope, so a half-read SELECT never keeps a read snapshot open between uses.
class CachedStatement
{
public:
    explicit CachedStatement(Statement* statement)
        : m_statement(statement)
    {}
    CachedStatement(CachedStatement&& other) noexcept
        : m_statement(other.m_statement)
    {
        other.m_statement = nullptr;
    }
    CachedStatement& operator=(CachedStatement&&) = delete;
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;
    ~CachedStatement();

    Statement* operator->() const { return m_statement; }
    Statement& operator*() const { return *m_statement; }

private:
    Statement* m_statement;
};

} // namespace pishkhan
