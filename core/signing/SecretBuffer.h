#pragma once
// A PIN or other secret in memory that is wiped (OPENSSL_cleanse) when it is no longer needed. Move-only; never
// converted to a QString (which would leave copies behind), never logged.

#include <QByteArray>
#include <vector>

namespace vanban {

class SecretBuffer {
public:
    SecretBuffer() = default;
    // Copies the bytes and wipes the source.
    static SecretBuffer take(QByteArray& source);
    static SecretBuffer take(char* data, size_t size);
    ~SecretBuffer() { wipe(); }
    SecretBuffer copy() const;

    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;

    bool isEmpty() const { return m_bytes.empty(); }
    size_t size() const { return m_bytes.size(); }
    unsigned char* data() { return m_bytes.data(); }
    void wipe();

private:
    std::vector<unsigned char> m_bytes;
};

} // namespace vanban
