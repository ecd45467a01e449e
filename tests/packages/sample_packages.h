#pragma once
// Small packages of our own, shaped like the Kattis problemtools examples (hello, different,
// guess, oddecho) but with our own content.
#include "package_builder.h"

namespace verdict::packages::testing {

FileList helloLegacy();           // legacy pass-fail, statement, submissions
FileList differentLegacy();       // legacy, custom validator flags, .timelimit
FileList guessInteractive();      // legacy `validation: custom interactive`, directory validator
FileList oddechoScoring2025();    // 2025-09 scoring with test groups
FileList oddechoScoringLegacy();  // legacy scoring with nested testdata.yaml
FileList plain2025();             // 2025-09 pass-fail with output_validator/ and includes

}  // namespace verdict::packages::testing
