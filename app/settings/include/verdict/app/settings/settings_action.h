#pragma once
// The "Settings…" menu action (Ctrl+,): opens one SettingsDialog over a Settings.

#include "verdict/app/settings/settings.h"
#include "verdict/app/settings/settings_dialog.h"

#include <QAction>
#include <QList>
#include <QPointer>
#include <QString>

#include <utility>

namespace verdict::app {

class SettingsAction : public QAction {
    Q_OBJECT
  public:
    // window is the dialog's parent; settings must outlive the action.
    SettingsAction(Settings* settings, QWidget* window);

    // The languages offered for new buffers (id, name); given to the dialog when it opens.
    void setLanguageChoices(const QList<std::pair<QString, QString>>& choices);
    // The open dialog, or null.
    SettingsDialog* dialog() const { return m_dialog; }

  public slots:
    // Shows the dialog (window-modal, not blocking); raises it when it is already open.
    void openDialog();

  private:
    Settings* m_settings;
    QWidget* m_window;
    QList<std::pair<QString, QString>> m_choices;
    QPointer<SettingsDialog> m_dialog;
};

}  // namespace verdict::app
