#pragma once

#include "core/security/key_store.h"
#include "core/util/result.h"

namespace spoke::ui {

/// Writes, reads back and removes a throwaway entry: success means the key store really
/// keeps secrets; the error says why not (locked keychain, no Secret Service...).
Status probeKeyStore(KeyStore &store);

} // namespace spoke::ui
