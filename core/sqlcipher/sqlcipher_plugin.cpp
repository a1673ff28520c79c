// The QSQLCIPHER driver as a Qt SQL driver plugin: any Qt program finds it under
// <plugin path>/sqldrivers and opens it with QSqlDatabase::addDatabase("QSQLCIPHER").

#include "core/sqlcipher/sqlcipher_driver.h"

#include <QSqlDriverPlugin>

class SqlCipherDriverPlugin : public QSqlDriverPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QSqlDriverFactoryInterface_iid FILE "qsqlcipher.json")
public:
    QSqlDriver *create(const QString &name) override
    {
        if (name == QLatin1String(spoke::sql::kDriverName))
            return new spoke::sql::SqlCipherDriver;
        return nullptr;
    }
};

#include "sqlcipher_plugin.moc"
