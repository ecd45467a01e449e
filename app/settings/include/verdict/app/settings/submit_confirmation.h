#pragma once
// "Ask before submitting": the question the IDE asks before a submission when the setting is on.

#include "verdict/app/settings/settings.h"

#include <QString>

class QWidget;

namespace verdict::app {

// True when the submission may go: the setting is off, or the user answered Submit. Blocks in a
// modal question box only when the setting is on.
bool confirmSubmission(QWidget* parent, const Settings& settings, const QString& problem,
                       const QString& language);

}  // namespace verdict::app
