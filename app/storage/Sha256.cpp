#include "storage/Sha256.h"

#include "storage/StorageError.h"

#include <openssl/evp.h>

namespace mb {

namespace {

[[noreturn]] void throwHashFailed()
{
    throw StorageError(StorageError::Code::Failed, StorageText::tr("The SHA-256 hash could not be computed."));
}

} // namespace

QString sha256Hex(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) != 1 || length != 32)
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

struct Sha256::Context {
    EVP_MD_CTX* context = nullptr;
    ~Context() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    m_context->context = EVP_MD_CTX_new();
    if (!m_context->context || EVP_DigestInit_ex(m_context->context, EVP_sha256(), nullptr) != 1) {
        m_context.reset();
        m_fallback = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    }
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView bytes)
{
    if (m_fallback) {
        m_fallback->addData(bytes);
        return;
    }
    if (EVP_DigestUpdate(m_context->context, bytes.data(), size_t(bytes.size())) != 1)
        throwHashFailed(); // only with a broken context: never with valid arguments
}

QString Sha256::hex()
{
    if (m_fallback)
        return QString::fromLatin1(m_fallback->result().toHex());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context->context, digest, &length) != 1 || length != 32)
        throwHashFailed();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

} // namespace mb
