# Warnings come from one INTERFACE target that every project target links.
option(VERDICT_WARNINGS_AS_ERRORS "Treat warnings as errors (the ci preset turns this on)" OFF)

add_library(verdict_warnings INTERFACE)
add_library(verdict::warnings ALIAS verdict_warnings)
target_compile_options(verdict_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
if(VERDICT_WARNINGS_AS_ERRORS)
  target_compile_options(verdict_warnings INTERFACE -Werror)
endif()

# C sources (the sandbox's hostile test programs) get the C-compatible subset.
add_library(verdict_c_warnings INTERFACE)
add_library(verdict::c_warnings ALIAS verdict_c_warnings)
target_compile_options(verdict_c_warnings INTERFACE -Wall -Wextra)
