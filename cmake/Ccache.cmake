# Use ccache when it is installed: builds on two cores are slow, rebuilds should not be.
find_program(VERDICT_CCACHE ccache)
if(VERDICT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_C_COMPILER_LAUNCHER ${VERDICT_CCACHE})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${VERDICT_CCACHE})
endif()
