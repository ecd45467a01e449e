// verdict-ide: starts the local judge and shows the main window (without a display, the judge
// alone). The translation and the theme are in place before the first widget exists.
#include <QApplication>

#include "verdict/app/headless.h"
#include "verdict/app/local_server.h"
#include "verdict/app/main_window.h"
#include "verdict/app/settings/settings.h"
#include "verdict/app/translator.h"

int main(int argc, char** argv) {
    if (!verdict::app::hasDisplay())
        return verdict::app::runHeadless(argc, argv);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("verdict"));
    QApplication::setApplicationName(QStringLiteral("verdict-ide"));
    verdict::app::Settings settings;
    verdict::app::Translator translator;
    translator.install(settings.uiLanguage());
    verdict::app::LocalServer server;
    verdict::app::MainWindow window(&server, nullptr, &settings);
    QObject::connect(&application, &QApplication::aboutToQuit, &server,
                     &verdict::app::LocalServer::stop);
    window.show();
    server.start();
    return application.exec();
}
