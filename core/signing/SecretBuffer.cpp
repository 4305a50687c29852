#include "signing/SecretBuffer.h"

#include <cstring>
#include <openssl/crypto.h>

namespace vanban {

SecretBuffer SecretBuffer::take(QByteArray& source) {
    SecretBuffer secret = take(source.data(), size_t(source.size()));
    source.clear();
    return secret;
}

SecretBuffer SecretBuffer::take(char* data, size_t size) {
    SecretBuffer secret;
    secret.m_bytes.resize(size);
    if (size > 0) {
        std::memcpy(secret.m_bytes.data(), data, size);
        OPENSSL_cleanse(data, size);
    }
    return secret;
}

SecretBuffer SecretBuffer::copy() const {
    SecretBuffer secret;
    secret.m_bytes = m_bytes;
    return secret;
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_bytes(std::move(other.m_bytes)) {
    other.m_bytes.clear();
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept {
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

void SecretBuffer::wipe() {
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

} // namespace vanban
