// verdict-ide: starts the local judge and shows the main window (without a display, the judge
// alone).
#include <QApplication>

#include "verdict/app/headless.h"
#include "verdict/app/local_server.h"
#include "verdict/app/main_window.h"

int main(int argc, char** argv) {
    if (!verdict::app::hasDisplay())
        return verdict::app::runHeadless(argc, argv);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("verdict"));
    QApplication::setApplicationName(QStringLiteral("verdict-ide"));
    verdict::app::LocalServer server;
    verdict::app::MainWindow window(&server);
    QObject::connect(&application, &QApplication::aboutToQuit, &server,
                     &verdict::app::LocalServer::stop);
    window.show();
    server.start();
    return application.exec();
}
