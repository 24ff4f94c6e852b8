# Installs a build into a fresh prefix and checks what a user finds there:
#   cmake -DBUILD_DIR=build -DPREFIX=/tmp/prefix -DVERSION=0.1.0 -P cmake/check-install.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
  RESULT_VARIABLE failed OUTPUT_QUIET)
if(failed)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed")
endif()

foreach(installed bin/bizmap share/man/man1/bizmap.1.gz share/doc/bizmap/README.md)
  if(NOT EXISTS "${PREFIX}/${installed}")
    message(FATAL_ERROR "${installed} is not installed under ${PREFIX}")
  endif()
endforeach()

execute_process(COMMAND "${PREFIX}/bin/bizmap" --version OUTPUT_VARIABLE printed)
string(REPLACE "." "\\." version_pattern "${VERSION}")
if(NOT printed MATCHES "^bizmap ${version_pattern}( \\(commit [0-9a-f]+\\))?\n$")
  message(FATAL_ERROR "the installed bizmap prints '${printed}', not 'bizmap ${VERSION}' and its commit")
endif()

find_program(MAN man)
if(MAN)
  execute_process(COMMAND "${MAN}" -l "${PREFIX}/share/man/man1/bizmap.1.gz"
    OUTPUT_VARIABLE page ERROR_VARIABLE problems RESULT_VARIABLE failed)
  if(failed OR NOT page MATCHES "EXIT STATUS")
    message(FATAL_ERROR "man -l cannot show the installed page: ${problems}")
  endif()
else()
  message(WARNING "man not found: the installed page was not shown")
endif()
message(STATUS "installed under ${PREFIX}: bin/bizmap ${VERSION}, its man page and README")
