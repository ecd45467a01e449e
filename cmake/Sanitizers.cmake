# The asan preset sets VERDICT_SANITIZE=address,undefined; tsan sets thread.
set(VERDICT_SANITIZE "" CACHE STRING "Comma-separated sanitizers to enable (address,undefined,thread)")
if(VERDICT_SANITIZE)
  add_compile_options(-fsanitize=${VERDICT_SANITIZE} -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${VERDICT_SANITIZE})
endif()
