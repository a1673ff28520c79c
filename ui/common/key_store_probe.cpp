#include "ui/common/key_store_probe.h"

#include <QCoreApplication>

namespace spoke::ui {

Status probeKeyStore(KeyStore &store)
{
    const QString account = QStringLiteral("probe");
    const Secret probe = Secret::random256();
    if (auto s = store.write(account, probe); !s)
        return s;
    auto back = store.read(account);
    (void)store.remove(account);
    if (!back)
        return back.error();
    if (back.value().bytes() != probe.bytes())
        return makeError(ErrorCode::KeychainUnavailable,
            QCoreApplication::translate("spoke::ui::KeyStoreProbe",
                "The keychain returned something other than what was stored in it."));
    return {};
}

} // namespace spoke::ui
