#include "verdict/app/settings/submit_confirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace verdict::app {

bool confirmSubmission(QWidget* parent, const Settings& settings, const QString& problem,
                       const QString& language) {
    if (!settings.confirmBeforeSubmit())
        return true;
    QMessageBox box(QMessageBox::Question,
                    QCoreApplication::translate("verdict::app::SubmitConfirmation", "Submit"),
                    QCoreApplication::translate("verdict::app::SubmitConfirmation",
                                                "Submit your %1 solution of “%2” to the judge?")
                        .arg(language, problem),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("submitConfirmation"));
    QPushButton* submit =
        box.addButton(QCoreApplication::translate("verdict::app::SubmitConfirmation", "&Submit"),
                      QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("verdict::app::SubmitConfirmation", "Cancel"),
                  QMessageBox::RejectRole);
    box.setDefaultButton(submit);
    box.exec();
    return box.clickedButton() == submit;
}

}  // namespace verdict::app
