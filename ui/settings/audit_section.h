#pragma once

#include <QWidget>

class QTableView;

namespace spoke::ui {

class AuditModel;
class Banner;
class LocationContext;

/// The audit log, newest first, with a button that checks its hash chain.
class AuditSection : public QWidget
{
    Q_OBJECT
public:
    explicit AuditSection(LocationContext &context, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    /// Checks the chain and shows the outcome; returns true when it is intact.
    bool verifyChain();
    QString verificationText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    LocationContext &m_context;
    AuditModel *m_model;
    QTableView *m_table;
    Banner *m_result;
};

} // namespace spoke::ui
